/**
 * Put a delmål in a nämnd's plan. Besides the decider's own rules, it reads the organ's stream: the
 * nämnd whose plan it is exists and is active.
 */
import {
  type DefineDelmal,
  delmalDecider,
  type DelmalEvent,
  type DelmalState,
  delmalStream,
} from '@sparbar/domain';
import { type Application, type WriteContext, type Written } from '../write/application';
import { type Known } from '../write/references';

export type DefineDelmalInput = DefineDelmal['data'];

export async function defineDelmal(
  app: Application,
  input: DefineDelmalInput,
  write: WriteContext,
): Promise<Written<DelmalState>> {
  const known = await app.references.load({ organs: [input.organId] });
  return app.execute(
    delmalDecider,
    delmalStream(input.delmalId),
    { type: 'DefineDelmal', data: input },
    write,
    { create: true, check: (events) => checkDefined(events, known) },
  );
}

function checkDefined(events: DelmalEvent[], known: Known): void {
  for (const event of events) {
    if (event.type === 'DelmalDefined') known.activeOrgan(event.data.organId, 'data.organId');
  }
}
