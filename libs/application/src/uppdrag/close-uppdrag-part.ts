/**
 * One recipient closes its own part of an uppdrag; the others go on reporting. The uppdrag's decider
 * decides alone; nothing else is read.
 */
import { type CloseUppdragPart, uppdragDecider, type UppdragState, uppdragStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type CloseUppdragPartInput = CloseUppdragPart['data'];

export function closeUppdragPart(
  app: Application,
  input: CloseUppdragPartInput,
  write: WriteContext,
): Promise<Written<UppdragState>> {
  return app.execute(
    uppdragDecider,
    uppdragStream(input.uppdragId),
    { type: 'CloseUppdragPart', data: input },
    write,
  );
}
