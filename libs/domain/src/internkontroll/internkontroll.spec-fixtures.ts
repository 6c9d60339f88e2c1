/**
 * Hälso- och sjukvårdsnämndens internkontrollplan 2023 for the specs: one risk (inköp utanför avtal)
 * with a kontrollmoment per tertial, adopted in February; a T1 result with an avvikelse.
 */
import { type Actor } from '../access/roles';
import { ACTOR, meta, ORGAN } from '../testing/fixtures';
import { type InternkontrollCommand } from './internkontroll.commands';
import { type InternkontrollEvent } from './internkontroll.events';

const PLAN = { organId: ORGAN.HSN, year: 2023 };
export const RISK = 'risk-inkop-utanfor-avtal';
export const MOMENT = 'km-stickprov-inkop';
export const AVVIKELSE_TEXT = 'Tre av tjugo granskade inköp gjordes utanför avtal.';

export const created: InternkontrollEvent = { type: 'InternkontrollplanCreated', data: { ...PLAN } };

export const riskAdded: InternkontrollEvent = {
  type: 'RiskAdded',
  data: {
    ...PLAN,
    riskId: RISK,
    text: 'Inköp görs utanför upphandlade avtal',
    sannolikhet: 3,
    konsekvens: 2,
    riskvarde: 6,
    changesAdoptedPlan: false,
    reason: null,
  },
};

export const momentAdded: InternkontrollEvent = {
  type: 'KontrollmomentAdded',
  data: {
    ...PLAN,
    riskId: RISK,
    kontrollmomentId: MOMENT,
    vad: 'Att inköp görs mot avtal',
    hur: 'Stickprov om tjugo fakturor',
    vem: 'Ekonomichef',
    frekvens: 'tertial',
    changesAdoptedPlan: false,
    reason: null,
  },
};

export const adopted: InternkontrollEvent = {
  type: 'InternkontrollplanAdopted',
  data: { ...PLAN, adoptedOn: '2023-02-15', paragraf: '§ 12' },
};

export const avvikelseT1: InternkontrollEvent = {
  type: 'KontrollresultatRecorded',
  data: {
    ...PLAN,
    kontrollmomentId: MOMENT,
    period: '2023-T1',
    resultat: 'avvikelse',
    beskrivning: AVVIKELSE_TEXT,
    recordedOn: '2023-05-03',
  },
};

export const ADOPTED_PLAN = [created, riskAdded, momentAdded, adopted];

/** A command on HSN's 2023 plan, sent by `actor` (default: HSN's secretary) in early May 2023. */
export function onPlan<T extends InternkontrollCommand['type']>(
  type: T,
  data: Omit<Extract<InternkontrollCommand, { type: T }>['data'], 'organId' | 'year'>,
  actor: Actor = ACTOR.mariaSekreterareHsn,
  now?: string,
): Extract<InternkontrollCommand, { type: T }> {
  return { type, data: { ...PLAN, ...data }, metadata: meta(actor, now) } as unknown as Extract<
    InternkontrollCommand,
    { type: T }
  >;
}
