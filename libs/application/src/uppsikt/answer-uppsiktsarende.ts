/** Answer an uppsiktsärende (the organ it concerns). The ärende's decider decides alone. */
import {
  type AnswerUppsiktsarende,
  uppsiktDecider,
  uppsiktsarendeStream,
  type UppsiktState,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type AnswerUppsiktsarendeInput = AnswerUppsiktsarende['data'];

export function answerUppsiktsarende(
  app: Application,
  input: AnswerUppsiktsarendeInput,
  write: WriteContext,
): Promise<Written<UppsiktState>> {
  return app.execute(
    uppsiktDecider,
    uppsiktsarendeStream(input.arendeId),
    { type: 'AnswerUppsiktsarende', data: input },
    write,
  );
}
