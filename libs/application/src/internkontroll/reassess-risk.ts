/** Judge a risk's sannolikhet and konsekvens again (after adoption, with a reason). The plan's decider decides alone. */
import {
  type ReassessRisk,
  internkontrollDecider,
  internkontrollplanStream,
  type InternkontrollState,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type ReassessRiskInput = ReassessRisk['data'];

export function reassessRisk(
  app: Application,
  input: ReassessRiskInput,
  write: WriteContext,
): Promise<Written<InternkontrollState>> {
  return app.execute(
    internkontrollDecider,
    internkontrollplanStream(input.organId, input.year),
    { type: 'ReassessRisk', data: input },
    write,
  );
}
