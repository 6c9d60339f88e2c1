/**
 * Correct an utfall, with a reason; the original stays in the log. The delmål's decider decides alone;
 * nothing else is read.
 */
import { type CorrectIndikatorUtfall, delmalDecider, type DelmalState, delmalStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type CorrectIndikatorUtfallInput = CorrectIndikatorUtfall['data'];

export function correctIndikatorUtfall(
  app: Application,
  input: CorrectIndikatorUtfallInput,
  write: WriteContext,
): Promise<Written<DelmalState>> {
  return app.execute(
    delmalDecider,
    delmalStream(input.delmalId),
    { type: 'CorrectIndikatorUtfall', data: input },
    write,
  );
}
