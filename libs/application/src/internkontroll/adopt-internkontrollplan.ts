/** Adopt the plan, at the nämnd's decision date. The plan's decider decides alone. */
import {
  type AdoptInternkontrollplan,
  internkontrollDecider,
  internkontrollplanStream,
  type InternkontrollState,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type AdoptInternkontrollplanInput = AdoptInternkontrollplan['data'];

export function adoptInternkontrollplan(
  app: Application,
  input: AdoptInternkontrollplanInput,
  write: WriteContext,
): Promise<Written<InternkontrollState>> {
  return app.execute(
    internkontrollDecider,
    internkontrollplanStream(input.organId, input.year),
    { type: 'AdoptInternkontrollplan', data: input },
    write,
  );
}
