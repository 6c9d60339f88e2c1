import { Module } from '@nestjs/common';
import { ExportAuditLogHttpController } from './export-audit-log/export-audit-log.http.controller';
import { ExportChainHeadHttpController } from './export-chain-head/export-chain-head.http.controller';
import { GetGranskningspaketHttpController } from './paket/get-granskningspaket.http.controller';
import { SearchAuditLogHttpController } from './search-audit-log/search-audit-log.http.controller';
import { AuditAnswers } from './search-audit-log/audit-answers';
import { VerifyChainHttpController } from './verify-chain/verify-chain.http.controller';
import { GetWitnessHttpController } from './witness/get-witness.http.controller';

export const GRANSKNING_CONTROLLERS = [
  SearchAuditLogHttpController,
  ExportAuditLogHttpController,
  VerifyChainHttpController,
  ExportChainHeadHttpController,
  GetGranskningspaketHttpController,
  GetWitnessHttpController,
];

/** Granskning (audit): the audit trail searched and exported, the auditor's package, the hash chain verified (against the last witness) and its head exported. */
@Module({ controllers: GRANSKNING_CONTROLLERS, providers: [AuditAnswers] })
export class GranskningModule {}
