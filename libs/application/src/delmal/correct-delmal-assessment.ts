/**
 * Correct an assessment, with a reason; the original stays in the log. The delmål's decider decides
 * alone; nothing else is read.
 */
import { type CorrectDelmalAssessment, delmalDecider, type DelmalState, delmalStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type CorrectDelmalAssessmentInput = CorrectDelmalAssessment['data'];

export function correctDelmalAssessment(
  app: Application,
  input: CorrectDelmalAssessmentInput,
  write: WriteContext,
): Promise<Written<DelmalState>> {
  return app.execute(
    delmalDecider,
    delmalStream(input.delmalId),
    { type: 'CorrectDelmalAssessment', data: input },
    write,
  );
}
