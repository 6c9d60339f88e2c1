/**
 * Close a delmål. The delmål's decider decides alone; nothing else is read.
 */
import { type CloseDelmal, delmalDecider, type DelmalState, delmalStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type CloseDelmalInput = CloseDelmal['data'];

export function closeDelmal(
  app: Application,
  input: CloseDelmalInput,
  write: WriteContext,
): Promise<Written<DelmalState>> {
  return app.execute(
    delmalDecider,
    delmalStream(input.delmalId),
    { type: 'CloseDelmal', data: input },
    write,
  );
}
