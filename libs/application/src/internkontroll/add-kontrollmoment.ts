/** Add a kontrollmoment for a risk (after adoption, with a reason). The plan's decider decides alone. */
import {
  type AddKontrollmoment,
  internkontrollDecider,
  internkontrollplanStream,
  type InternkontrollState,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type AddKontrollmomentInput = AddKontrollmoment['data'];

export function addKontrollmoment(
  app: Application,
  input: AddKontrollmomentInput,
  write: WriteContext,
): Promise<Written<InternkontrollState>> {
  return app.execute(
    internkontrollDecider,
    internkontrollplanStream(input.organId, input.year),
    { type: 'AddKontrollmoment', data: input },
    write,
  );
}
