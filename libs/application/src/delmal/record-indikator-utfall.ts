/**
 * Record an indikator's utfall for a period (null: the value is missing). The delmål's decider decides; on a
 * period its nämnd has adopted, the lock (faststallelse/adoption-locks.ts) marks or refuses it.
 */
import { type RecordIndikatorUtfall, delmalDecider, type DelmalState, delmalStream } from '@sparbar/domain';
import { delmalPeriodLocks, underAdoptionLock } from '../faststallelse/adoption-locks';
import { type Application, type WriteContext, type Written } from '../write/application';

/** `reason`: why, when the delmål's nämnd has already adopted the period (required then). */
export type RecordIndikatorUtfallInput = RecordIndikatorUtfall['data'] & { reason?: string | null };

export async function recordIndikatorUtfall(
  app: Application,
  input: RecordIndikatorUtfallInput,
  write: WriteContext,
): Promise<Written<DelmalState>> {
  const { reason, ...data } = input;
  const stream = delmalStream(input.delmalId);
  const locks = await delmalPeriodLocks(app, stream, input.period);
  return app.execute(
    underAdoptionLock(delmalDecider, locks, reason),
    stream,
    { type: 'RecordIndikatorUtfall', data: data },
    write,
  );
}
