/**
 * The default verification: the chain against the log, and the log against the last witness. A tail
 * cut off the log together with its chain rows leaves a chain that agrees with itself; only a head kept
 * outside the database tells that the log once went further. The verdict names the witnessed head
 * (position and time) so the reader knows what to compare with.
 */
import { type HeadVerdict } from '../chain/compare';
import { type LogReader, type ReadOnlyDb, verifyChain, type VerifyReport } from '../chain/verify';
import { type WitnessFolder } from './witness-folder';
import { type Witness, witnessInWords, witnessSignatureHolds } from './witness-record';

export interface WitnessReference {
  position: number;
  eventCount: number;
  hash: string;
  recordedAt: string;
  /** The signature checks out against the published key. */
  signatureHolds: boolean;
}

export type WitnessedReport = VerifyReport & { witness?: WitnessReference };

export async function verifyAgainstWitness(
  db: ReadOnlyDb,
  log: LogReader,
  folder: Pick<WitnessFolder, 'latest' | 'publicKeyPem'>,
): Promise<WitnessedReport> {
  const witness = folder.latest();
  if (!witness) return verifyChain(db, log);
  const publicKey = folder.publicKeyPem();
  const signatureHolds = publicKey !== undefined && witnessSignatureHolds(witness, publicKey);
  const report = await verifyChain(db, log, {
    against: { position: witness.position, hash: witness.hash, eventCount: witness.eventCount },
  });
  const reference: WitnessReference = {
    position: witness.position,
    eventCount: witness.eventCount,
    hash: witness.hash,
    recordedAt: witness.recordedAt,
    signatureHolds,
  };
  const against = signatureHolds ? named(report.against, witness) : unsigned(witness);
  return { ...report, ok: report.ok && against?.ok !== false, against, witness: reference };
}

function named(verdict: HeadVerdict | undefined, w: Witness): HeadVerdict | undefined {
  if (!verdict || verdict.ok) return verdict;
  const head = witnessInWords(w);
  const messages: Record<Exclude<typeof verdict.reason, 'signature-invalid'>, string> = {
    'not-reached': `Loggen når inte fram till ${head}: händelser i slutet av loggen har tagits bort.`,
    'event-missing': `Händelsen vid ${head} finns inte längre i loggen.`,
    'hash-differs': `Loggen fram till ${head} har skrivits om: hashen stämmer inte.`,
    'count-differs': `Loggen fram till ${head} har ${w.eventCount} händelser enligt vittnet, men inte nu.`,
  };
  if (verdict.reason === 'signature-invalid') return verdict;
  return { ...verdict, message: capitalised(messages[verdict.reason]) };
}

function unsigned(w: Witness): HeadVerdict {
  return {
    ok: false,
    position: w.position,
    reason: 'signature-invalid',
    recomputedHash: null,
    message: capitalised(`Signaturen på ${witnessInWords(w)} stämmer inte med vittnesnyckeln.`),
  };
}

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
