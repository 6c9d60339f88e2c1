/**
 * Change a person's e-mail address. Besides the decider's own rules: the new address belongs to no
 * other active person (master-data.ts).
 */
import { type ChangePersonEmail, personDecider, type PersonState, personStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';
import { type MasterData, uniqueEmail } from './master-data';

export type ChangePersonEmailInput = ChangePersonEmail['data'];

export async function changePersonEmail(
  app: Application,
  masterData: MasterData,
  input: ChangePersonEmailInput,
  write: WriteContext,
): Promise<Written<PersonState>> {
  const requireUnique = await uniqueEmail(masterData, input.personId);
  return app.execute(
    personDecider,
    personStream(input.personId),
    { type: 'ChangePersonEmail', data: input },
    write,
    {
      check: (events) => {
        for (const event of events) if (event.type === 'PersonEmailChanged') requireUnique(event.data.to);
      },
    },
  );
}
