/**
 * A report's cutoff with the last head witnessed outside the database before it (libs/audit's
 * witness folder). The worker witnesses only heads the chain has reached, so once a cutoff is in the
 * chain no later witness falls before it: the same cutoff names the same witness, the same bytes.
 */
import { type WitnessFolder } from '@sparbar/audit';
import { type ReportCutoff } from '@sparbar/reports';

export function withWitness(folder: Pick<WitnessFolder, 'latestBefore'>, cutoff: ReportCutoff): ReportCutoff {
  const w = folder.latestBefore(cutoff.position);
  return w
    ? { ...cutoff, witness: { position: w.position, hash: w.hash, recordedAt: w.recordedAt } }
    : cutoff;
}
