/** Change a person's roles. The person's decider decides alone (one's own need another administrator). */
import { type ChangePersonRoles, personDecider, type PersonState, personStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type ChangePersonRolesInput = ChangePersonRoles['data'];

export function changePersonRoles(
  app: Application,
  input: ChangePersonRolesInput,
  write: WriteContext,
): Promise<Written<PersonState>> {
  return app.execute(
    personDecider,
    personStream(input.personId),
    { type: 'ChangePersonRoles', data: input },
    write,
  );
}
