/**
 * Correct an assessment, with a reason; the original stays in the log. The delmål's decider decides; on a
 * period its nämnd has adopted, the lock (faststallelse/adoption-locks.ts) marks it.
 */
import { type CorrectDelmalAssessment, delmalDecider, type DelmalState, delmalStream } from '@sparbar/domain';
import { delmalPeriodLocks, underAdoptionLock } from '../faststallelse/adoption-locks';
import { type Application, type WriteContext, type Written } from '../write/application';

export type CorrectDelmalAssessmentInput = CorrectDelmalAssessment['data'];

export async function correctDelmalAssessment(
  app: Application,
  input: CorrectDelmalAssessmentInput,
  write: WriteContext,
): Promise<Written<DelmalState>> {
  const stream = delmalStream(input.delmalId);
  const locks = await delmalPeriodLocks(app, stream, input.period);
  return app.execute(
    underAdoptionLock(delmalDecider, locks, input.reason),
    stream,
    { type: 'CorrectDelmalAssessment', data: input },
    write,
  );
}
