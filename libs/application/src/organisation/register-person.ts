/**
 * Register a person. Besides the decider's own rules: the organ they belong to exists and is active,
 * and their e-mail address belongs to no other active person (master-data.ts).
 */
import {
  personDecider,
  type PersonEvent,
  type PersonState,
  personStream,
  type RegisterPerson,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';
import { type Known } from '../write/references';
import { type MasterData, uniqueEmail } from './master-data';

export type RegisterPersonInput = RegisterPerson['data'];

export async function registerPerson(
  app: Application,
  masterData: MasterData,
  input: RegisterPersonInput,
  write: WriteContext,
): Promise<Written<PersonState>> {
  const known = await app.references.load({ organs: [input.organId] });
  const requireUnique = await uniqueEmail(masterData, input.personId);
  return app.execute(
    personDecider,
    personStream(input.personId),
    { type: 'RegisterPerson', data: input },
    write,
    { create: true, check: (events) => checkRegistered(events, known, requireUnique) },
  );
}

function checkRegistered(events: PersonEvent[], known: Known, requireUnique: (epost: string) => void): void {
  for (const event of events) {
    if (event.type !== 'PersonRegistered') continue;
    if (event.data.organId !== null) known.activeOrgan(event.data.organId, 'data.organId');
    requireUnique(event.data.epost);
  }
}
