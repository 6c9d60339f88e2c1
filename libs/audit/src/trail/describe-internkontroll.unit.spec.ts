import { type InternkontrollEvent, internkontrollplanStream } from '@sparbar/domain';
import { describeEvent } from './describe';
import { NAMES } from './describe.spec-fixtures';
import { namesFrom } from './names';
import { emptyAuditState, evolveAuditState, organsConcerned } from './state';

const PLAN = { organId: 'hsn', year: 2023 };
const unchanged = { changesAdoptedPlan: false, reason: null };
const EVENTS: InternkontrollEvent[] = [
  { type: 'InternkontrollplanCreated', data: PLAN },
  {
    type: 'RiskAdded',
    data: {
      ...PLAN,
      ...unchanged,
      riskId: 'r1',
      text: 'Inköp görs utanför avtal',
      sannolikhet: 3,
      konsekvens: 2,
      riskvarde: 6,
    },
  },
  {
    type: 'KontrollmomentAdded',
    data: {
      ...PLAN,
      ...unchanged,
      riskId: 'r1',
      kontrollmomentId: 'k1',
      vad: 'Att inköp görs mot avtal',
      hur: 'Stickprov om tjugo fakturor',
      vem: 'Ekonomichef',
      frekvens: 'tertial',
    },
  },
  { type: 'InternkontrollplanAdopted', data: { ...PLAN, adoptedOn: '2023-02-15', paragraf: '§ 12' } },
  {
    type: 'RiskReassessed',
    data: {
      ...PLAN,
      changesAdoptedPlan: true,
      reason: 'Nya avtal',
      riskId: 'r1',
      from: { sannolikhet: 3, konsekvens: 2, riskvarde: 6 },
      to: { sannolikhet: 4, konsekvens: 2, riskvarde: 8 },
    },
  },
  {
    type: 'KontrollresultatRecorded',
    data: {
      ...PLAN,
      kontrollmomentId: 'k1',
      period: '2023-T1',
      resultat: 'avvikelse',
      beskrivning: 'Tre av tjugo inköp gjordes utanför avtal.',
      recordedOn: '2023-05-03',
    },
  },
  {
    type: 'AtgardAdded',
    data: {
      ...PLAN,
      atgardId: 'a1',
      kontrollmomentId: 'k1',
      period: '2023-T1',
      text: 'Utbilda beställarna',
      ansvarigPersonId: 'person-johan',
      dueDate: '2023-09-30',
      status: 'planerad',
    },
  },
  {
    type: 'AtgardStatusChanged',
    data: {
      ...PLAN,
      atgardId: 'a1',
      from: 'planerad',
      to: 'klar',
      kommentar: 'Utbildningen hölls i september.',
    },
  },
];

const stream = internkontrollplanStream('hsn', 2023);

/** Every event described with the names the log gave before it, as the projection does. */
function described() {
  const state = emptyAuditState();
  for (const [key, name] of [
    ['organ:hsn', 'HSN'],
    ['person:person-johan', 'Johan Ström'],
  ] as const)
    state.names.set(key, name);
  return EVENTS.map((e) => {
    const event = { ...e, stream };
    const d = describeEvent(event, namesFrom(state.names));
    evolveAuditState(state, event);
    return { ...d, organs: organsConcerned(state, event) };
  });
}

const of = (type: string) => described()[EVENTS.findIndex((e) => e.type === type)];

describe('internkontrollplan events in human terms', () => {
  it('InternkontrollplanCreated: filed under the plan, for the nämnd and year', () => {
    expect(of('InternkontrollplanCreated')).toMatchObject({
      itemKind: 'internkontrollplan',
      itemId: 'hsn-2023',
      description: 'Internkontrollplan 2023 upprättad för HSN',
    });
  });

  it('RiskAdded: the risk with sannolikhet, konsekvens and risk value', () => {
    expect(of('RiskAdded').description).toBe(
      'Risk tillagd: Inköp görs utanför avtal (sannolikhet 3, konsekvens 2, riskvärde 6)',
    );
  });

  it('KontrollmomentAdded: what, how, by whom, how often, under its risk by name', () => {
    expect(of('KontrollmomentAdded').description).toBe(
      'Kontrollmoment tillagt för risken "Inköp görs utanför avtal": Att inköp görs mot avtal; ' +
        'Stickprov om tjugo fakturor; Ekonomichef; Varje tertial',
    );
  });

  it('InternkontrollplanAdopted: by the nämnd, at a date, with its paragraf', () => {
    expect(of('InternkontrollplanAdopted')).toMatchObject({
      description: 'Internkontrollplan 2023 fastställd av HSN 15 februari 2023, § 12',
      changes: [{ field: 'adoptedOn', from: null, to: '2023-02-15' }],
    });
  });

  it('a change after adoption says so, and carries its reason', () => {
    expect(of('RiskReassessed')).toMatchObject({
      description:
        'Risk "Inköp görs utanför avtal" omvärderad i den fastställda planen: riskvärde 6 → 8 ' +
        '(sannolikhet 3 → 4, konsekvens 2 → 2)',
      reason: 'Nya avtal',
    });
  });

  it('KontrollresultatRecorded: an avvikelse in the kontrollmoment, for the period, with what was found', () => {
    expect(of('KontrollresultatRecorded')).toMatchObject({
      description:
        'Avvikelse i kontrollmoment "Att inköp görs mot avtal" för Tertial 1 2023: Tre av tjugo inköp gjordes utanför avtal.',
      changes: [{ field: 'resultat', from: null, to: 'avvikelse' }],
      period: '2023-T1',
    });
  });

  it('a result without remark, for a whole year', () => {
    const e = EVENTS.find((x) => x.type === 'KontrollresultatRecorded')!;
    const ok = { ...e, data: { ...e.data, period: '2023', resultat: 'utan_anmarkning', beskrivning: null } };
    expect(describeEvent({ ...ok, stream }, NAMES).description).toBe(
      'Utan anmärkning i kontrollmoment "hsn/2023/k1" för år 2023',
    );
  });

  it('AtgardAdded and AtgardStatusChanged: the åtgärd, who is responsible, by when; its status', () => {
    expect(of('AtgardAdded').description).toBe(
      'Åtgärd för avvikelsen i kontrollmoment "Att inköp görs mot avtal" för Tertial 1 2023: ' +
        'Utbilda beställarna; ansvarig Johan Ström; klar senast 30 september 2023',
    );
    expect(of('AtgardStatusChanged')).toMatchObject({
      description:
        'Åtgärd "Utbilda beställarna" ändrad från Planerad till Klar: Utbildningen hölls i september.',
      changes: [{ field: 'status', from: 'planerad', to: 'klar' }],
    });
  });

  it('every event of the plan concerns the nämnd, so a search by organ finds them', () => {
    expect(described().map((d) => d.organs)).toEqual(EVENTS.map(() => ['hsn']));
  });
});
