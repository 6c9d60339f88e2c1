/**
 * Assess a delmål for a period, with prognos and kommentar. The delmål's decider decides alone;
 * nothing else is read.
 */
import { type AssessDelmal, delmalDecider, type DelmalState, delmalStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type AssessDelmalInput = AssessDelmal['data'];

export function assessDelmal(
  app: Application,
  input: AssessDelmalInput,
  write: WriteContext,
): Promise<Written<DelmalState>> {
  return app.execute(
    delmalDecider,
    delmalStream(input.delmalId),
    { type: 'AssessDelmal', data: input },
    write,
  );
}
