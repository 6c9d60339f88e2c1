/**
 * Give an auditor the revision year or mandate their access holds for. The person's decider decides
 * alone (one's own needs another administrator); the access ends by itself after the last day.
 */
import { type GiveAuditorMandate, personDecider, type PersonState, personStream } from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';

export type GiveAuditorMandateInput = GiveAuditorMandate['data'];

export function giveAuditorMandate(
  app: Application,
  input: GiveAuditorMandateInput,
  write: WriteContext,
): Promise<Written<PersonState>> {
  return app.execute(
    personDecider,
    personStream(input.personId),
    { type: 'GiveAuditorMandate', data: input },
    write,
  );
}
