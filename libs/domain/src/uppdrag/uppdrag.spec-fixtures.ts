/**
 * Uppdrag from Region Västerbotten's delårsrapport per april 2023 (seed 002), as commands and events
 * for the specs. Registered on 16 January 2023 under the regionplan decided in November 2022.
 */
import { type Actor } from '../access/roles';
import { ACTOR, meta, ORGAN, PERSON } from '../testing/fixtures';
import { type RegisterUppdrag, type UppdragCommand } from './uppdrag.commands';
import { type UppdragRegistered, type UppdragStatusReported } from './uppdrag.events';

export const JANUARY_2023 = '2023-01-16T10:00:00+01:00';

export const INKOP = 'uppdrag-2023-inkop';
export const INKOP_TEXT = 'Införa styrd inköpsprocess och standardsortiment för att minska inköpskostnaderna';

export const SAMVERKAN = 'uppdrag-2023-samverkan';

const regionplan2023 = {
  givenBy: ORGAN.RF,
  kind: 'fullmaktige' as const,
  beslutsdatum: '2022-11-22',
  diarienummer: 'RS 2022/1234',
  paragraf: '§ 145',
  planYear: 2023,
};

/** "Riktas till hälso- och sjukvårdsnämnden samt regionstyrelsen", reported every month. */
export function registerInkop(
  overrides: Partial<RegisterUppdrag['data']> = {},
  actor: Actor = ACTOR.sekreterareRf,
) {
  return {
    type: 'RegisterUppdrag',
    data: {
      uppdragId: INKOP,
      text: INKOP_TEXT,
      beskrivning: null,
      riktasTill: [ORGAN.HSN, ORGAN.RS],
      samordnare: null,
      periodicitet: 'manad',
      slutdatum: '2023-12-31',
      ansvarigPersonId: PERSON.johan,
      origin: { ...regionplan2023 },
      ...overrides,
    },
    metadata: meta(actor, JANUARY_2023),
  } satisfies RegisterUppdrag;
}

export const inkopRegistered: UppdragRegistered = {
  type: 'UppdragRegistered',
  data: {
    uppdragId: INKOP,
    text: INKOP_TEXT,
    beskrivning: null,
    riktasTill: [ORGAN.HSN, ORGAN.RS],
    samordnare: null,
    periodicitet: 'manad',
    slutdatum: '2023-12-31',
    ansvarigPersonId: PERSON.johan,
    origin: { ...regionplan2023 },
    registeredOn: '2023-01-16',
  },
};

/** "Riktas till alla nämnder med särskilt uppdrag till regionstyrelsen att samordna", per tertial. */
export const samverkanRegistered: UppdragRegistered = {
  type: 'UppdragRegistered',
  data: {
    uppdragId: SAMVERKAN,
    text: 'Kartlägga och optimera samverkans- och mötesstrukturer för att frigöra tid och eller minska bemanning',
    beskrivning: null,
    riktasTill: [ORGAN.RS, ORGAN.HSN, ORGAN.RUN, ORGAN.FHS],
    samordnare: ORGAN.RS,
    periodicitet: 'tertial',
    slutdatum: '2023-12-31',
    ansvarigPersonId: PERSON.ida,
    origin: { ...regionplan2023 },
    registeredOn: '2023-01-16',
  },
};

export const INKOP_APRIL_KOMMENTAR =
  'Kommunikation om de beslutade riktlinjerna för inköp av varor, tjänster och entreprenader har ' +
  'kommunicerats till olika ledningsgrupper och avdelningschefsforum. Förberedelse pågår för anskaffning av nytt inköpssystem.';

export const inkopAprilReported: UppdragStatusReported = {
  type: 'UppdragStatusReported',
  data: {
    uppdragId: INKOP,
    period: '2023-04',
    status: 'pagaende_enligt_plan',
    kommentar: INKOP_APRIL_KOMMENTAR,
  },
};

/** A command on the inköp uppdrag, sent by `actor` at `now` (default: early May 2023). */
export function onInkop<T extends Exclude<UppdragCommand['type'], 'RegisterUppdrag'>>(
  type: T,
  data: Omit<Extract<UppdragCommand, { type: T }>['data'], 'uppdragId'>,
  actor: Actor = ACTOR.johanRs,
  now?: string,
): Extract<UppdragCommand, { type: T }> {
  return { type, data: { uppdragId: INKOP, ...data }, metadata: meta(actor, now) } as Extract<
    UppdragCommand,
    { type: T }
  >;
}
