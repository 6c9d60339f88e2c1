/** Draw up a nämnd's internkontrollplan for a year. Besides the decider's own rules: the nämnd is active. */
import {
  type CreateInternkontrollplan,
  internkontrollDecider,
  internkontrollplanStream,
  type InternkontrollState,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type CreateInternkontrollplanInput = CreateInternkontrollplan['data'];

export async function createInternkontrollplan(
  app: Application,
  input: CreateInternkontrollplanInput,
  write: WriteContext,
): Promise<Written<InternkontrollState>> {
  const known = await app.references.load({ organs: [input.organId] });
  return app.execute(
    internkontrollDecider,
    internkontrollplanStream(input.organId, input.year),
    { type: 'CreateInternkontrollplan', data: input },
    write,
    {
      create: true,
      check: (events) => {
        for (const event of events) {
          if (event.type === 'InternkontrollplanCreated')
            known.activeOrgan(event.data.organId, 'data.organId');
        }
      },
    },
  );
}
