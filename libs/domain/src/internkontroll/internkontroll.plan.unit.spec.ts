import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, ORGAN } from '../testing/fixtures';
import { internkontrollDecider } from './internkontroll.decider';
import { type InternkontrollEvent } from './internkontroll.events';
import {
  adopted,
  ADOPTED_PLAN,
  created,
  MOMENT,
  momentAdded,
  onPlan,
  RISK,
  riskAdded,
} from './internkontroll.spec-fixtures';

const given = deciderSpec(internkontrollDecider);

const addRisk = (overrides: Record<string, unknown> = {}) =>
  onPlan('AddRisk', {
    riskId: RISK,
    text: 'Inköp görs utanför upphandlade avtal',
    sannolikhet: 3,
    konsekvens: 2,
    ...overrides,
  });
const addMoment = (overrides: Record<string, unknown> = {}) =>
  onPlan('AddKontrollmoment', {
    riskId: RISK,
    kontrollmomentId: MOMENT,
    vad: 'Att inköp görs mot avtal',
    hur: 'Stickprov om tjugo fakturor',
    vem: 'Ekonomichef',
    frekvens: 'tertial',
    ...overrides,
  });
const adopt = (adoptedOn = '2023-02-15') =>
  onPlan('AdoptInternkontrollplan', { adoptedOn, paragraf: '§ 12' });

describe('a draft internkontrollplan', () => {
  it('is created once per nämnd and year', () => {
    given([]).when(onPlan('CreateInternkontrollplan', {})).then([created]);
    given([created])
      .when(onPlan('CreateInternkontrollplan', {}))
      .thenThrows('INTERNKONTROLLPLAN_ALREADY_CREATED');
    given([]).when(addRisk()).thenThrows('INTERNKONTROLLPLAN_NOT_FOUND');
  });

  it('takes risks with sannolikhet and konsekvens 1–4, the risk value their product', () => {
    given([created]).when(addRisk()).then([riskAdded]);
    given([created])
      .when(addRisk({ sannolikhet: 4, konsekvens: 4 }))
      .then([
        {
          ...riskAdded,
          data: { ...riskAdded.data, sannolikhet: 4, konsekvens: 4, riskvarde: 16 },
        } as InternkontrollEvent,
      ]);
    given([created])
      .when(addRisk({ sannolikhet: 5 }))
      .thenThrows('INVALID_NUMBER', { field: 'data.sannolikhet', message: '1 till 4' });
    given([created])
      .when(addRisk({ konsekvens: 0 }))
      .thenThrows('INVALID_NUMBER', { field: 'data.konsekvens' });
    given([created])
      .when(addRisk({ sannolikhet: 2.5 }))
      .thenThrows('INVALID_NUMBER', { field: 'data.sannolikhet' });
    given([created, riskAdded]).when(addRisk()).thenThrows('RISK_ALREADY_ADDED', { field: 'data.riskId' });
  });

  it('takes kontrollmoment for a risk: what, how, by whom, how often', () => {
    given([created, riskAdded]).when(addMoment()).then([momentAdded]);
    given([created, riskAdded])
      .when(addMoment({ frekvens: 'vecka' }))
      .thenThrows('INVALID_VALUE', { field: 'data.frekvens' });
    given([created, riskAdded])
      .when(addMoment({ hur: '' }))
      .thenThrows('TEXT_REQUIRED', { field: 'data.hur' });
    given([created]).when(addMoment()).thenThrows('RISK_NOT_FOUND', { field: 'data.riskId' });
    given([created, riskAdded, momentAdded]).when(addMoment()).thenThrows('KONTROLLMOMENT_ALREADY_ADDED');
  });

  it('reassesses a risk from → to, and records nothing when nothing changes', () => {
    given([created, riskAdded])
      .when(onPlan('ReassessRisk', { riskId: RISK, sannolikhet: 4, konsekvens: 2 }))
      .then([
        {
          type: 'RiskReassessed',
          data: {
            organId: ORGAN.HSN,
            year: 2023,
            riskId: RISK,
            from: { sannolikhet: 3, konsekvens: 2, riskvarde: 6 },
            to: { sannolikhet: 4, konsekvens: 2, riskvarde: 8 },
            changesAdoptedPlan: false,
            reason: null,
          },
        },
      ]);
    given([created, riskAdded])
      .when(onPlan('ReassessRisk', { riskId: RISK, sannolikhet: 3, konsekvens: 2 }))
      .thenNothing();
  });
});

describe('adopting the plan', () => {
  it('records the nämnd’s decision date', () => {
    given([created, riskAdded, momentAdded]).when(adopt()).then([adopted]);
  });

  it('refuses an empty plan, a risk without kontrollmoment, a future date and a second adoption', () => {
    given([created]).when(adopt()).thenThrows('INTERNKONTROLLPLAN_INCOMPLETE');
    given([created, riskAdded]).when(adopt()).thenThrows('INTERNKONTROLLPLAN_INCOMPLETE');
    given([created, riskAdded, momentAdded])
      .when(adopt('2023-05-04'))
      .thenThrows('ADOPTION_DATE_IN_FUTURE', { field: 'data.adoptedOn' });
    given(ADOPTED_PLAN).when(adopt()).thenThrows('INTERNKONTROLLPLAN_ALREADY_ADOPTED');
  });
});

describe('changes after adoption', () => {
  it('are recorded as changes to the adopted plan, with their reason', () => {
    const reason = 'Ny risk efter internrevisionens rapport i april.';
    given(ADOPTED_PLAN)
      .when(addRisk({ riskId: 'risk-lakemedel', reason }))
      .then([
        {
          ...riskAdded,
          data: { ...riskAdded.data, riskId: 'risk-lakemedel', changesAdoptedPlan: true, reason },
        } as InternkontrollEvent,
      ]);
    given(ADOPTED_PLAN)
      .when(addMoment({ kontrollmomentId: 'km-ny', frekvens: 'manad', reason }))
      .then([
        {
          ...momentAdded,
          data: {
            ...momentAdded.data,
            kontrollmomentId: 'km-ny',
            frekvens: 'manad',
            changesAdoptedPlan: true,
            reason,
          },
        } as InternkontrollEvent,
      ]);
  });

  it('need a reason', () => {
    given(ADOPTED_PLAN)
      .when(addRisk({ riskId: 'risk-lakemedel' }))
      .thenThrows('REASON_REQUIRED', { field: 'data.reason' });
    given(ADOPTED_PLAN)
      .when(onPlan('ReassessRisk', { riskId: RISK, sannolikhet: 1, konsekvens: 1, reason: ' ' }))
      .thenThrows('REASON_REQUIRED', { field: 'data.reason' });
  });
});

describe('who may keep the plan', () => {
  it('is the nämnd’s secretary; officers, other nämnder and the regiondirektör may not', () => {
    given([])
      .when(onPlan('CreateInternkontrollplan', {}, ACTOR.saraHsn))
      .thenThrows('FORBIDDEN');
    given([])
      .when(onPlan('CreateInternkontrollplan', {}, ACTOR.idaSekreterareRs))
      .thenThrows('FORBIDDEN');
    for (const actor of [ACTOR.saraHsn, ACTOR.idaSekreterareRs, ACTOR.direktor, ACTOR.revisor, ACTOR.admin]) {
      given([created, riskAdded, momentAdded])
        .when({ ...adopt(), metadata: { ...adopt().metadata, actor } })
        .thenThrows('FORBIDDEN');
      given([created])
        .when({ ...addRisk(), metadata: { ...addRisk().metadata, actor } })
        .thenThrows('FORBIDDEN');
    }
  });
});
