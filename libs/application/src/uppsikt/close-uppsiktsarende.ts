/** Close an uppsiktsärende with a conclusion (regionstyrelsen). The ärende's decider decides alone. */
import {
  type CloseUppsiktsarende,
  uppsiktDecider,
  uppsiktsarendeStream,
  type UppsiktState,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type CloseUppsiktsarendeInput = CloseUppsiktsarende['data'];

export function closeUppsiktsarende(
  app: Application,
  input: CloseUppsiktsarendeInput,
  write: WriteContext,
): Promise<Written<UppsiktState>> {
  return app.execute(
    uppsiktDecider,
    uppsiktsarendeStream(input.arendeId),
    { type: 'CloseUppsiktsarende', data: input },
    write,
  );
}
