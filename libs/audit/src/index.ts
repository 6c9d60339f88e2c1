/**
 * The audit lib: the tamper-evident hash chain over the log (verify, kept head) and the audit trail in
 * human terms (search). Both are projections for the runner; `AUDIT_PROJECTIONS` lists them.
 */
export { AUDIT_PROJECTIONS } from './projections';
export { eventChainProjection } from './chain/event-chain.projection';
export { canonicalEvent, canonicalJson } from './chain/canonical';
export { chainHash, GENESIS_HASH, GENESIS_TEXT } from './chain/hash';
export { verifyChain, type VerifyReport } from './chain/verify';
export { type HeadVerdict, type KeptHeadInput, type Mismatch, type MismatchReason } from './chain/compare';
export { ChainBrokenError, type ChainHead, exportHead, InvalidHeadError, parseKeptHead } from './chain/head';
export { auditLogProjection } from './trail/audit-log.projection';
export {
  type AuditEntry,
  type AuditPage,
  AuditQueryError,
  type AuditSearch,
  AUDIT_TEXT_FIELDS,
  auditNames,
  lastPositionRecordedBy,
  searchAuditLog,
} from './trail/audit-log.queries';
export {
  delmalHistory,
  historyOf,
  type HistoryItemKind,
  type HistoryLine,
  uppdragHistory,
} from './trail/item-history.queries';
export { describeEvent, type AuditDescription, type ItemKind } from './trail/describe';
export { type FieldChange } from './trail/changes';
export { type Witness, witnessInWords, witnessSignatureHolds } from './witness/witness-record';
export { WitnessFolder } from './witness/witness-folder';
export { verifyAgainstWitness, type WitnessedReport, type WitnessReference } from './witness/witness-check';
export { witnessHead } from './witness/witness-head';
export { lastClosedTertial, type TertialClose, witnessMail, type WitnessMail } from './witness/witness-mail';
export {
  type ExportedChainHead,
  exportLines,
  type ExportVerification,
  verifyExportLines,
} from './chain/export-file';
