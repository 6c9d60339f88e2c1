/**
 * Close a whole uppdrag with a final kommentar; every part still open closes with it. The uppdrag's
 * decider decides alone; nothing else is read.
 */
import { type CloseUppdrag, uppdragDecider, type UppdragState, uppdragStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type CloseUppdragInput = CloseUppdrag['data'];

export function closeUppdrag(
  app: Application,
  input: CloseUppdragInput,
  write: WriteContext,
): Promise<Written<UppdragState>> {
  return app.execute(
    uppdragDecider,
    uppdragStream(input.uppdragId),
    { type: 'CloseUppdrag', data: input },
    write,
  );
}
