/**
 * Hand an uppdrag to another ansvarig tjänsteperson. Besides the decider's own rules, it reads the
 * person's stream: the new ansvarig exists and is active.
 */
import {
  type ChangeUppdragAnsvarig,
  uppdragDecider,
  type UppdragEvent,
  type UppdragState,
  uppdragStream,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';
import { type Known } from '../write/references';

export type ChangeUppdragAnsvarigInput = ChangeUppdragAnsvarig['data'];

export async function changeUppdragAnsvarig(
  app: Application,
  input: ChangeUppdragAnsvarigInput,
  write: WriteContext,
): Promise<Written<UppdragState>> {
  const known = await app.references.load({ persons: [input.ansvarigPersonId] });
  return app.execute(
    uppdragDecider,
    uppdragStream(input.uppdragId),
    { type: 'ChangeUppdragAnsvarig', data: input },
    write,
    { check: (events) => checkAnsvarig(events, known) },
  );
}

function checkAnsvarig(events: UppdragEvent[], known: Known): void {
  for (const event of events) {
    if (event.type === 'UppdragAnsvarigChanged') known.activePerson(event.data.to, 'data.ansvarigPersonId');
  }
}
