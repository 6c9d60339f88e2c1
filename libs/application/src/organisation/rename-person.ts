/** Give a person a new namn. The person's decider decides alone. */
import { personDecider, type PersonState, personStream, type RenamePerson } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type RenamePersonInput = RenamePerson['data'];

export function renamePerson(
  app: Application,
  input: RenamePersonInput,
  write: WriteContext,
): Promise<Written<PersonState>> {
  return app.execute(
    personDecider,
    personStream(input.personId),
    { type: 'RenamePerson', data: input },
    write,
  );
}
