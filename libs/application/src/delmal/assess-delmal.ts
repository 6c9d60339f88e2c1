/**
 * Assess a delmål for a period, with prognos and kommentar. The delmål's decider decides; on a
 * period its nämnd has adopted, the lock (faststallelse/adoption-locks.ts) marks or refuses it.
 */
import { type AssessDelmal, delmalDecider, type DelmalState, delmalStream } from '@sparbar/domain';
import { delmalPeriodLocks, underAdoptionLock } from '../faststallelse/adoption-locks';
import { type Application, type WriteContext, type Written } from '../write/application';

/** `reason`: why, when the delmål's nämnd has already adopted the period (required then). */
export type AssessDelmalInput = AssessDelmal['data'] & { reason?: string | null };

export async function assessDelmal(
  app: Application,
  input: AssessDelmalInput,
  write: WriteContext,
): Promise<Written<DelmalState>> {
  const { reason, ...data } = input;
  const stream = delmalStream(input.delmalId);
  const locks = await delmalPeriodLocks(app, stream, input.period);
  return app.execute(
    underAdoptionLock(delmalDecider, locks, reason),
    stream,
    { type: 'AssessDelmal', data: data },
    write,
  );
}
