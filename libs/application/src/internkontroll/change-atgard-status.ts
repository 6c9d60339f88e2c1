/** Change an åtgärd's status (a finished åtgärd stays finished). The plan's decider decides alone. */
import {
  type ChangeAtgardStatus,
  internkontrollDecider,
  internkontrollplanStream,
  type InternkontrollState,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type ChangeAtgardStatusInput = ChangeAtgardStatus['data'];

export function changeAtgardStatus(
  app: Application,
  input: ChangeAtgardStatusInput,
  write: WriteContext,
): Promise<Written<InternkontrollState>> {
  return app.execute(
    internkontrollDecider,
    internkontrollplanStream(input.organId, input.year),
    { type: 'ChangeAtgardStatus', data: input },
    write,
  );
}
