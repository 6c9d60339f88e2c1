/** Add a risk to an internkontrollplan (after adoption, with a reason). The plan's decider decides alone. */
import {
  type AddRisk,
  internkontrollDecider,
  internkontrollplanStream,
  type InternkontrollState,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type AddRiskInput = AddRisk['data'];

export function addRisk(
  app: Application,
  input: AddRiskInput,
  write: WriteContext,
): Promise<Written<InternkontrollState>> {
  return app.execute(
    internkontrollDecider,
    internkontrollplanStream(input.organId, input.year),
    { type: 'AddRisk', data: input },
    write,
  );
}
