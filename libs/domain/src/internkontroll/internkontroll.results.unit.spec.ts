import { type Actor } from '../access/roles';
import { fold } from '../shared/decider';
import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, ORGAN, PERSON } from '../testing/fixtures';
import { internkontrollDecider } from './internkontroll.decider';
import { type InternkontrollEvent } from './internkontroll.events';
import {
  ADOPTED_PLAN,
  AVVIKELSE_TEXT,
  avvikelseT1,
  created,
  MOMENT,
  momentAdded,
  onPlan,
  riskAdded,
} from './internkontroll.spec-fixtures';

const given = deciderSpec(internkontrollDecider);
const PLAN = { organId: ORGAN.HSN, year: 2023 };

const record = (overrides: Record<string, unknown> = {}, actor: Actor = ACTOR.saraHsn) =>
  onPlan(
    'RecordKontrollresultat',
    {
      kontrollmomentId: MOMENT,
      period: '2023-T1',
      resultat: 'avvikelse',
      beskrivning: AVVIKELSE_TEXT,
      ...overrides,
    },
    actor,
  );
const addAtgard = (overrides: Record<string, unknown> = {}, actor: Actor = ACTOR.saraHsn) =>
  onPlan(
    'AddAtgard',
    {
      atgardId: 'atgard-1',
      kontrollmomentId: MOMENT,
      period: '2023-T1',
      text: 'Informera beställarna om avtalen',
      ansvarigPersonId: PERSON.sara,
      dueDate: '2023-06-30',
      ...overrides,
    },
    actor,
  );
const atgardAdded: InternkontrollEvent = {
  type: 'AtgardAdded',
  data: {
    ...PLAN,
    atgardId: 'atgard-1',
    kontrollmomentId: MOMENT,
    period: '2023-T1',
    text: 'Informera beställarna om avtalen',
    ansvarigPersonId: PERSON.sara,
    dueDate: '2023-06-30',
    status: 'planerad',
  },
};
const status = (to: string, kommentar?: string) =>
  onPlan('ChangeAtgardStatus', { atgardId: 'atgard-1', status: to as never, kommentar });
const changed = (from: string, to: string, kommentar: string | null = null): InternkontrollEvent =>
  ({
    type: 'AtgardStatusChanged',
    data: { ...PLAN, atgardId: 'atgard-1', from, to, kommentar },
  }) as InternkontrollEvent;

describe('results per kontrollmoment and period', () => {
  it('records an avvikelse with what was found, and a result utan anmärkning without', () => {
    given(ADOPTED_PLAN).when(record()).then([avvikelseT1]);
    given(ADOPTED_PLAN)
      .when(record({ resultat: 'utan_anmarkning', beskrivning: undefined }))
      .then([
        {
          ...avvikelseT1,
          data: { ...avvikelseT1.data, resultat: 'utan_anmarkning', beskrivning: null },
        } as InternkontrollEvent,
      ]);
  });

  it('refuses a result for a plan not yet adopted', () => {
    given([created, riskAdded, momentAdded]).when(record()).thenThrows('INTERNKONTROLLPLAN_NOT_ADOPTED');
  });

  it('refuses an avvikelse without a description', () => {
    given(ADOPTED_PLAN)
      .when(record({ beskrivning: '  ' }))
      .thenThrows('AVVIKELSE_DESCRIPTION_REQUIRED', { field: 'data.beskrivning' });
    given(ADOPTED_PLAN)
      .when(record({ beskrivning: null }))
      .thenThrows('AVVIKELSE_DESCRIPTION_REQUIRED', { field: 'data.beskrivning' });
  });

  it('needs a period of the kontrollmoment’s frekvens, in the plan year, that has begun', () => {
    given(ADOPTED_PLAN)
      .when(record({ period: '2023-04' }))
      .thenThrows('PERIOD_NOT_IN_FREKVENS', { field: 'data.period', message: '2023-T1' });
    given(ADOPTED_PLAN)
      .when(record({ period: '2023' }))
      .thenThrows('PERIOD_NOT_IN_FREKVENS');
    given(ADOPTED_PLAN)
      .when(record({ period: '2022-T3' }))
      .thenThrows('PERIOD_OUTSIDE_PLAN_YEAR');
    given(ADOPTED_PLAN)
      .when(record({ period: '2023-T3' }))
      .thenThrows('PERIOD_NOT_STARTED');
    given(ADOPTED_PLAN)
      .when(record({ period: 'T1' }))
      .thenThrows('INVALID_PERIOD');
  });

  it('takes a yearly kontrollmoment’s result for the year', () => {
    const yearly = {
      ...momentAdded,
      data: { ...momentAdded.data, kontrollmomentId: 'km-ar', frekvens: 'ar' },
    } as InternkontrollEvent;
    const events = given([...ADOPTED_PLAN, yearly])
      .when(record({ kontrollmomentId: 'km-ar', period: '2023', resultat: 'utan_anmarkning' }))
      .then([
        {
          ...avvikelseT1,
          data: {
            ...avvikelseT1.data,
            kontrollmomentId: 'km-ar',
            period: '2023',
            resultat: 'utan_anmarkning',
            beskrivning: AVVIKELSE_TEXT,
          },
        } as InternkontrollEvent,
      ]);
    expect(events).toHaveLength(1);
  });

  it('records a period once, and only for a kontrollmoment in the plan', () => {
    given([...ADOPTED_PLAN, avvikelseT1])
      .when(record())
      .thenThrows('KONTROLLRESULTAT_ALREADY_RECORDED');
    given(ADOPTED_PLAN)
      .when(record({ kontrollmomentId: 'km-okand' }))
      .thenThrows('KONTROLLMOMENT_NOT_FOUND', { field: 'data.kontrollmomentId' });
  });
});

describe('åtgärder for an avvikelse', () => {
  it('are added with a responsible person and a due date, as planerad', () => {
    given([...ADOPTED_PLAN, avvikelseT1])
      .when(addAtgard())
      .then([atgardAdded]);
  });

  it('are due after the avvikelse was found', () => {
    given([...ADOPTED_PLAN, avvikelseT1])
      .when(addAtgard({ dueDate: '2023-05-03' }))
      .thenThrows('ATGARD_DUE_NOT_AFTER_AVVIKELSE', { field: 'data.dueDate', message: '2023-05-03' });
    given([...ADOPTED_PLAN, avvikelseT1])
      .when(addAtgard({ dueDate: '2023-04-30' }))
      .thenThrows('ATGARD_DUE_NOT_AFTER_AVVIKELSE');
  });

  it('need an avvikelse: not a result utan anmärkning, nor a period without a result', () => {
    const clean = {
      ...avvikelseT1,
      data: { ...avvikelseT1.data, resultat: 'utan_anmarkning', beskrivning: null },
    } as InternkontrollEvent;
    given([...ADOPTED_PLAN, clean])
      .when(addAtgard())
      .thenThrows('NO_AVVIKELSE_FOR_PERIOD');
    given(ADOPTED_PLAN).when(addAtgard()).thenThrows('NO_AVVIKELSE_FOR_PERIOD', { field: 'data.period' });
    given([...ADOPTED_PLAN, avvikelseT1, atgardAdded])
      .when(addAtgard())
      .thenThrows('ATGARD_ALREADY_ADDED');
  });

  it('move planerad → pågår → klar, and stay klar', () => {
    given([...ADOPTED_PLAN, avvikelseT1, atgardAdded])
      .when(status('pagar'))
      .then([changed('planerad', 'pagar')]);
    given([...ADOPTED_PLAN, avvikelseT1, atgardAdded, changed('planerad', 'pagar')])
      .when(status('klar', 'Information given på APT i alla verksamheter.'))
      .then([changed('pagar', 'klar', 'Information given på APT i alla verksamheter.')]);
    const done = [...ADOPTED_PLAN, avvikelseT1, atgardAdded, changed('planerad', 'klar')];
    given(done).when(status('pagar')).thenThrows('ATGARD_DONE');
    given(done).when(status('klar')).thenNothing();
    given([...ADOPTED_PLAN, avvikelseT1, atgardAdded])
      .when(status('avbruten'))
      .thenThrows('INVALID_VALUE', { field: 'data.status' });
    given(ADOPTED_PLAN).when(status('klar')).thenThrows('ATGARD_NOT_FOUND');
    expect(fold(internkontrollDecider, done)).toMatchObject({ atgarder: { 'atgard-1': { status: 'klar' } } });
  });

  it('are the nämnd’s own: its officers and secretary, nobody else', () => {
    const history = [...ADOPTED_PLAN, avvikelseT1];
    given(history).when(addAtgard({}, ACTOR.mariaSekreterareHsn)).then([atgardAdded]);
    for (const actor of [ACTOR.johanRs, ACTOR.idaSekreterareRs, ACTOR.direktor, ACTOR.revisor]) {
      given(history).when(addAtgard({}, actor)).thenThrows('FORBIDDEN');
      given(ADOPTED_PLAN).when(record({}, actor)).thenThrows('FORBIDDEN');
    }
  });
});
