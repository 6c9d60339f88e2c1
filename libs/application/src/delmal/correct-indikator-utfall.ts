/**
 * Correct an utfall, with a reason; the original stays in the log. The delmål's decider decides; on a
 * period its nämnd has adopted, the lock (faststallelse/adoption-locks.ts) marks it.
 */
import { type CorrectIndikatorUtfall, delmalDecider, type DelmalState, delmalStream } from '@sparbar/domain';
import { delmalPeriodLocks, underAdoptionLock } from '../faststallelse/adoption-locks';
import { type Application, type WriteContext, type Written } from '../write/application';

export type CorrectIndikatorUtfallInput = CorrectIndikatorUtfall['data'];

export async function correctIndikatorUtfall(
  app: Application,
  input: CorrectIndikatorUtfallInput,
  write: WriteContext,
): Promise<Written<DelmalState>> {
  const stream = delmalStream(input.delmalId);
  const locks = await delmalPeriodLocks(app, stream, input.period);
  return app.execute(
    underAdoptionLock(delmalDecider, locks, input.reason),
    stream,
    { type: 'CorrectIndikatorUtfall', data: input },
    write,
  );
}
