/**
 * The worker's witnessing step: when the chain has moved past the last witness, verify it and sign and
 * write its head. Only a chain that verifies is witnessed (a witness of a broken chain would vouch for
 * the tampering): that is a `ChainBrokenError` for the caller to report.
 */
import { exportHead } from '../chain/head';
import { chainCheckpoint, type LogReader, type ReadOnlyDb } from '../chain/log-reader';
import { type WitnessFolder } from './witness-folder';
import { type Witness, witnessOf } from './witness-record';

export async function witnessHead(
  db: ReadOnlyDb,
  log: LogReader,
  folder: Pick<WitnessFolder, 'latest' | 'write'>,
  now: Date,
): Promise<Witness | undefined> {
  const last = folder.latest();
  const chained = (await chainCheckpoint(db)) ?? 0;
  if (chained === 0 || (last && chained <= last.position)) return undefined;
  const head = await exportHead(db, log, now);
  if (last && head.position <= last.position) return undefined;
  return folder.write(witnessOf(head, now));
}
