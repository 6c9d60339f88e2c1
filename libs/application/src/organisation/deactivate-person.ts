/** Deactivate a person, with a reason. The person's decider decides alone. */
import { type DeactivatePerson, personDecider, type PersonState, personStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type DeactivatePersonInput = DeactivatePerson['data'];

export function deactivatePerson(
  app: Application,
  input: DeactivatePersonInput,
  write: WriteContext,
): Promise<Written<PersonState>> {
  return app.execute(
    personDecider,
    personStream(input.personId),
    { type: 'DeactivatePerson', data: input },
    write,
  );
}
