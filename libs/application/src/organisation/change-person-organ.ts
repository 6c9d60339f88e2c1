/** Move a person to another organ (or to none). Besides the decider's own rules: the organ is active. */
import { type ChangePersonOrgan, personDecider, type PersonState, personStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type ChangePersonOrganInput = ChangePersonOrgan['data'];

export async function changePersonOrgan(
  app: Application,
  input: ChangePersonOrganInput,
  write: WriteContext,
): Promise<Written<PersonState>> {
  const known = await app.references.load({ organs: [input.organId] });
  return app.execute(
    personDecider,
    personStream(input.personId),
    { type: 'ChangePersonOrgan', data: input },
    write,
    {
      check: (events) => {
        for (const event of events) {
          if (event.type === 'PersonOrganChanged' && event.data.to !== null) {
            known.activeOrgan(event.data.to, 'data.organId');
          }
        }
      },
    },
  );
}
