/**
 * Register an uppdrag. Besides the decider's own rules, it reads other streams: the recipients and the
 * giving organ exist and are active, a fullmäktige uppdrag is given by regionfullmäktige, and the
 * ansvarig person exists and is active.
 */
import {
  DomainError,
  isFullmaktige,
  type RegisterUppdrag,
  uppdragDecider,
  type UppdragEvent,
  type UppdragState,
  uppdragStream,
} from '@sparbar/domain';
import { type Known } from '../write/references';
import { type Application, type WriteContext, type Written } from '../write/application';

export type RegisterUppdragInput = RegisterUppdrag['data'];

export async function registerUppdrag(
  app: Application,
  input: RegisterUppdragInput,
  write: WriteContext,
): Promise<Written<UppdragState>> {
  const known = await app.references.load({
    organs: [...(Array.isArray(input.riktasTill) ? input.riktasTill : []), input.origin?.givenBy],
    persons: [input.ansvarigPersonId],
  });
  return app.execute(
    uppdragDecider,
    uppdragStream(input.uppdragId),
    { type: 'RegisterUppdrag', data: input },
    write,
    { create: true, check: (events) => checkRegistered(events, known) },
  );
}

function checkRegistered(events: UppdragEvent[], known: Known): void {
  for (const event of events) {
    if (event.type !== 'UppdragRegistered') continue;
    const { riktasTill, origin, ansvarigPersonId } = event.data;
    riktasTill.forEach((organId, i) => known.activeOrgan(organId, `data.riktasTill[${i}]`));
    const givenBy = known.activeOrgan(origin.givenBy, 'data.origin.givenBy');
    if (origin.kind === 'fullmaktige' && !isFullmaktige(givenBy.typ)) {
      throw new DomainError(
        'INVALID_VALUE',
        'Ett uppdrag från fullmäktige ska ges av fullmäktige; välj ursprunget "namnd" för en nämnds uppdrag.',
        'data.origin.givenBy',
      );
    }
    known.activePerson(ansvarigPersonId, 'data.ansvarigPersonId');
  }
}
