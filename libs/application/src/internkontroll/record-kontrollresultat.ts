/** Record the result of a kontrollmoment for a period (the plan must be adopted). The plan's decider decides alone. */
import {
  type RecordKontrollresultat,
  internkontrollDecider,
  internkontrollplanStream,
  type InternkontrollState,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type RecordKontrollresultatInput = RecordKontrollresultat['data'];

export function recordKontrollresultat(
  app: Application,
  input: RecordKontrollresultatInput,
  write: WriteContext,
): Promise<Written<InternkontrollState>> {
  return app.execute(
    internkontrollDecider,
    internkontrollplanStream(input.organId, input.year),
    { type: 'RecordKontrollresultat', data: input },
    write,
  );
}
