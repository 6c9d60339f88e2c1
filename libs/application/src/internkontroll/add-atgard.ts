/**
 * Add an åtgärd for an avvikelse. Besides the decider's own rules: the ansvarig person exists and is
 * active.
 */
import {
  type AddAtgard,
  internkontrollDecider,
  internkontrollplanStream,
  type InternkontrollState,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type AddAtgardInput = AddAtgard['data'];

export async function addAtgard(
  app: Application,
  input: AddAtgardInput,
  write: WriteContext,
): Promise<Written<InternkontrollState>> {
  const known = await app.references.load({ persons: [input.ansvarigPersonId] });
  return app.execute(
    internkontrollDecider,
    internkontrollplanStream(input.organId, input.year),
    { type: 'AddAtgard', data: input },
    write,
    {
      check: (events) => {
        for (const event of events) {
          if (event.type === 'AtgardAdded')
            known.activePerson(event.data.ansvarigPersonId, 'data.ansvarigPersonId');
        }
      },
    },
  );
}
