/** Register an organ. Besides the decider's own rules: the organ it belongs under exists and is active. */
import {
  organDecider,
  type OrganEvent,
  type OrganState,
  organStream,
  type RegisterOrgan,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';
import { type Known } from '../write/references';

export type RegisterOrganInput = RegisterOrgan['data'];

export async function registerOrgan(
  app: Application,
  input: RegisterOrganInput,
  write: WriteContext,
): Promise<Written<OrganState>> {
  const known = await app.references.load({ organs: [input.parentOrganId] });
  return app.execute(
    organDecider,
    organStream(input.organId),
    { type: 'RegisterOrgan', data: input },
    write,
    { create: true, check: (events) => checkRegistered(events, known) },
  );
}

function checkRegistered(events: OrganEvent[], known: Known): void {
  for (const event of events) {
    if (event.type === 'OrganRegistered' && event.data.parentOrganId !== null) {
      known.activeOrgan(event.data.parentOrganId, 'data.parentOrganId');
    }
  }
}
