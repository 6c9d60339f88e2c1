/**
 * Extend an uppdrag's slutdatum, with a reason. The uppdrag's decider decides alone; nothing else is
 * read.
 */
import {
  type ExtendUppdragSlutdatum,
  uppdragDecider,
  type UppdragState,
  uppdragStream,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type ExtendUppdragSlutdatumInput = ExtendUppdragSlutdatum['data'];

export function extendUppdragSlutdatum(
  app: Application,
  input: ExtendUppdragSlutdatumInput,
  write: WriteContext,
): Promise<Written<UppdragState>> {
  return app.execute(
    uppdragDecider,
    uppdragStream(input.uppdragId),
    { type: 'ExtendUppdragSlutdatum', data: input },
    write,
  );
}
