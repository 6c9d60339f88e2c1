/**
 * Change how often an uppdrag is reported (month or tertial). The uppdrag's decider decides alone;
 * nothing else is read.
 */
import {
  type ChangeUppdragPeriodicitet,
  uppdragDecider,
  type UppdragState,
  uppdragStream,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type ChangeUppdragPeriodicitetInput = ChangeUppdragPeriodicitet['data'];

export function changeUppdragPeriodicitet(
  app: Application,
  input: ChangeUppdragPeriodicitetInput,
  write: WriteContext,
): Promise<Written<UppdragState>> {
  return app.execute(
    uppdragDecider,
    uppdragStream(input.uppdragId),
    { type: 'ChangeUppdragPeriodicitet', data: input },
    write,
  );
}
