/**
 * A small hand-made log for the auditor's package of HSN 2023: something of every kind the package
 * reads, and beside each something it must leave out (another organ's, another year's, another
 * organ's part of a joint uppdrag, another plan's reminders, a delivery that never went out, and an
 * event after the cutoff).
 */
import {
  type FaststallelseEvent,
  faststallelseStream,
  internkontrollplanStream,
  type InternkontrollEvent,
  type OrganEvent,
  organStream,
  type PaminnelseDelivery,
  type PaminnelseEvent,
  paminnelseStream,
  paminnelseStreamOf,
  type PersonEvent,
  personStream,
  type UppdragEvent,
  type UppdragRegistered,
  uppdragStream,
  type UppsiktEvent,
  uppsiktsarendeStream,
} from '@sparbar/domain';
import { type PaketEvent } from '../src';

type Logged =
  | UppdragEvent
  | UppsiktEvent
  | InternkontrollEvent
  | OrganEvent
  | PersonEvent
  | PaminnelseEvent
  | FaststallelseEvent;

const adopted = (organId: string, period: string, meetingDate: string): FaststallelseEvent => ({
  type: 'PeriodReportAdopted',
  data: { organId, period, meetingDate, paragraf: '45', diarienummer: null, previous: null },
});

const JOHAN = 'person-johan';
const SARA = 'person-sara';
const PER = 'person-per';
const SYSTEM = 'system';

const registered = (uppdragId: string, riktasTill: string[], ordning?: number): UppdragRegistered => ({
  type: 'UppdragRegistered',
  data: {
    uppdragId,
    text: `Uppdraget ${uppdragId}`,
    beskrivning: null,
    riktasTill,
    samordnare: riktasTill.length > 1 ? riktasTill[0] : null,
    periodicitet: 'tertial',
    slutdatum: '2023-12-31',
    ansvarigPersonId: JOHAN,
    origin: {
      givenBy: 'regionfullmaktige',
      kind: 'fullmaktige',
      beslutsdatum: null,
      diarienummer: null,
      paragraf: null,
      planYear: 2023,
    },
    registeredOn: '2023-01-10',
    ...(ordning === undefined ? {} : { ordning }),
  },
});

const sent = (
  stream: string,
  delivery: Pick<PaminnelseDelivery, 'itemKind' | 'itemId' | 'period' | 'deadline' | 'kind'> &
    Partial<PaminnelseDelivery>,
): [string, PaminnelseEvent] => {
  const data: PaminnelseDelivery = {
    idempotencyKey: `${delivery.itemId}.${delivery.period}.${delivery.kind}`,
    jobId: `${delivery.itemKind}.${delivery.itemId}.${delivery.period}`,
    channel: 'epost',
    recipientPersonId: JOHAN,
    address: 'johan@example.se',
    ...delivery,
  };
  return [stream, { type: 'PaminnelseSent', data: { ...data, messageId: null } }];
};

const plan = { organId: 'hsn', year: 2023 };
const noChange = { changesAdoptedPlan: false, reason: null };

/** In the order written; each with who wrote it and when it happened (business time). */
const WRITTEN: [stream: string, event: Logged, actor?: string, occurredAt?: string][] = [
  [
    organStream('hsn'),
    {
      type: 'OrganRegistered',
      data: {
        organId: 'hsn',
        namn: 'Hälso- och sjukvårdsnämnden',
        kortnamn: 'HSN',
        typ: 'namnd',
        parentOrganId: null,
      },
    },
  ],
  [
    organStream('rs'),
    {
      type: 'OrganRegistered',
      data: {
        organId: 'rs',
        namn: 'Regionstyrelsen',
        kortnamn: 'RS',
        typ: 'regionstyrelse',
        parentOrganId: null,
      },
    },
  ],
  [
    organStream('hsn'),
    {
      type: 'OrganRenamed',
      data: {
        organId: 'hsn',
        from: { namn: 'Hälso- och sjukvårdsnämnden', kortnamn: 'HSN' },
        to: { namn: 'Hälso- och sjukvårdsnämnden i Västerbotten', kortnamn: 'HSN' },
      },
    },
  ],
  [
    personStream(JOHAN),
    {
      type: 'PersonRegistered',
      data: {
        personId: JOHAN,
        namn: 'Johan Lindström',
        epost: 'johan@example.se',
        organId: 'hsn',
        roles: ['officer'],
      },
    },
  ],
  [
    personStream(SARA),
    {
      type: 'PersonRegistered',
      data: {
        personId: SARA,
        namn: 'Sara Nilsson',
        epost: 'sara@example.se',
        organId: 'hsn',
        roles: ['secretary'],
      },
    },
  ],
  [
    personStream(SARA),
    { type: 'PersonRenamed', data: { personId: SARA, from: 'Sara Nilsson', to: 'Sara Berg' } },
  ],
  // Registered first but unordered: listed after the ordered one.
  [uppdragStream('u-b'), registered('u-b', ['hsn'])],
  [uppdragStream('u-a'), registered('u-a', ['hsn', 'rs'], 1)],
  [uppdragStream('u-c'), registered('u-c', ['rs'])],
  [
    uppdragStream('u-a'),
    {
      type: 'UppdragStatusReported',
      data: {
        uppdragId: 'u-a',
        period: '2023-T1',
        status: 'pagaende_enligt_plan',
        kommentar: 'HSN:s del',
        organId: 'hsn',
      },
    },
    JOHAN,
    '2023-05-10T09:00:00+02:00',
  ],
  [
    uppdragStream('u-a'),
    {
      type: 'UppdragStatusReported',
      data: {
        uppdragId: 'u-a',
        period: '2023-T1',
        status: 'ej_paborjad',
        kommentar: 'RS:s del',
        organId: 'rs',
      },
    },
    SARA,
    '2023-05-11T09:00:00+02:00',
  ],
  [
    uppdragStream('u-a'),
    {
      type: 'UppdragStatusReported',
      data: { uppdragId: 'u-a', period: '2022-T3', status: 'ej_paborjad', kommentar: 'Förra året' },
    },
    JOHAN,
    '2023-01-20T09:00:00+01:00',
  ],
  [
    uppdragStream('u-a'),
    {
      type: 'UppdragReportCorrected',
      data: {
        uppdragId: 'u-a',
        period: '2023-T1',
        from: { status: 'pagaende_enligt_plan', kommentar: 'HSN:s del' },
        to: { status: 'pagaende_delvis_enligt_plan', kommentar: 'HSN:s del, rättad' },
        reason: 'Fel status',
        organId: 'hsn',
        afterAdoption: { adoptedOn: '2023-05-24', paragraf: '45', reason: 'Fel status' },
      },
    },
    SARA,
    '2023-05-20T10:00:00+02:00',
  ],
  [
    uppdragStream('u-c'),
    {
      type: 'UppdragStatusReported',
      data: { uppdragId: 'u-c', period: '2023-T1', status: 'ej_paborjad', kommentar: 'Inte HSN:s' },
    },
    SARA,
    '2023-05-12T09:00:00+02:00',
  ],
  [
    uppdragStream('u-b'),
    {
      type: 'UppdragSlutdatumExtended',
      data: { uppdragId: 'u-b', from: '2023-12-31', to: '2024-06-30', reason: 'Mer tid' },
    },
  ],
  [uppdragStream('u-b'), { type: 'UppdragClosed', data: { uppdragId: 'u-b', kommentar: 'Klart' } }],
  [
    uppdragStream('u-a'),
    { type: 'UppdragWithdrawn', data: { uppdragId: 'u-a', reason: 'Inte längre aktuellt' } },
  ],
  [
    uppsiktsarendeStream('a-1'),
    {
      type: 'UppsiktsarendeRecorded',
      data: {
        arendeId: 'a-1',
        regionstyrelsenId: 'rs',
        organId: 'hsn',
        item: { kind: 'uppdrag', id: 'u-a' },
        kind: 'begaran_om_information',
        text: 'Hur går det?',
        dueDate: '2023-03-31',
        recordedOn: '2023-03-01',
      },
    },
  ],
  [
    uppsiktsarendeStream('a-2'),
    {
      type: 'UppsiktsarendeRecorded',
      data: {
        arendeId: 'a-2',
        regionstyrelsenId: 'rs',
        organId: 'rs',
        item: null,
        kind: 'observation',
        text: 'Inte HSN',
        dueDate: '2023-03-31',
        recordedOn: '2023-03-01',
      },
    },
  ],
  [
    uppsiktsarendeStream('a-0'),
    {
      type: 'UppsiktsarendeRecorded',
      data: {
        arendeId: 'a-0',
        regionstyrelsenId: 'rs',
        organId: 'hsn',
        item: null,
        kind: 'observation',
        text: 'Förra året',
        dueDate: '2022-12-31',
        recordedOn: '2022-12-01',
      },
    },
  ],
  [
    uppsiktsarendeStream('a-1'),
    {
      type: 'UppsiktsarendeAnswered',
      data: { arendeId: 'a-1', organId: 'hsn', text: 'Det går bra', answeredOn: '2023-04-05' },
    },
    SARA,
  ],
  [
    uppsiktsarendeStream('a-1'),
    {
      type: 'UppsiktsarendeAnswered',
      data: { arendeId: 'a-1', organId: 'hsn', text: 'Tillägg', answeredOn: '2023-03-20' },
    },
    JOHAN,
  ],
  [
    uppsiktsarendeStream('a-1'),
    {
      type: 'UppsiktsarendeClosed',
      data: { arendeId: 'a-1', conclusion: 'Besvarat', closedOn: '2023-04-10' },
    },
  ],
  [internkontrollplanStream('hsn', 2023), { type: 'InternkontrollplanCreated', data: plan }],
  [
    internkontrollplanStream('hsn', 2023),
    {
      type: 'RiskAdded',
      data: {
        ...plan,
        ...noChange,
        riskId: 'r-1',
        text: 'Fel i fakturor',
        sannolikhet: 2,
        konsekvens: 3,
        riskvarde: 6,
      },
    },
  ],
  [
    internkontrollplanStream('hsn', 2023),
    {
      type: 'KontrollmomentAdded',
      data: {
        ...plan,
        ...noChange,
        riskId: 'r-1',
        kontrollmomentId: 'k-1',
        vad: 'Fakturor',
        hur: 'Stickprov',
        vem: 'Controller',
        frekvens: 'tertial',
      },
    },
  ],
  [
    internkontrollplanStream('hsn', 2023),
    {
      type: 'InternkontrollplanAdopted',
      data: { ...plan, adoptedOn: '2023-01-25', paragraf: '§ 12' },
    },
  ],
  [
    internkontrollplanStream('hsn', 2023),
    {
      type: 'RiskReassessed',
      data: {
        ...plan,
        changesAdoptedPlan: true,
        reason: 'Ny bedömning',
        riskId: 'r-1',
        from: { sannolikhet: 2, konsekvens: 3, riskvarde: 6 },
        to: { sannolikhet: 3, konsekvens: 3, riskvarde: 9 },
      },
    },
  ],
  [
    internkontrollplanStream('hsn', 2023),
    {
      type: 'KontrollresultatRecorded',
      data: {
        ...plan,
        kontrollmomentId: 'k-1',
        period: '2023-T1',
        resultat: 'avvikelse',
        beskrivning: 'Två fel',
        recordedOn: '2023-05-15',
      },
    },
  ],
  [
    internkontrollplanStream('hsn', 2023),
    {
      type: 'AtgardAdded',
      data: {
        ...plan,
        atgardId: 'g-1',
        kontrollmomentId: 'k-1',
        period: '2023-T1',
        text: 'Rätta rutinen',
        ansvarigPersonId: PER,
        dueDate: '2023-06-30',
        status: 'planerad',
      },
    },
  ],
  [
    internkontrollplanStream('hsn', 2023),
    {
      type: 'AtgardStatusChanged',
      data: { ...plan, atgardId: 'g-1', from: 'planerad', to: 'pagar', kommentar: null },
    },
  ],
  [
    internkontrollplanStream('hsn', 2022),
    {
      type: 'RiskAdded',
      data: {
        organId: 'hsn',
        year: 2022,
        ...noChange,
        riskId: 'r-9',
        text: 'Förra årets',
        sannolikhet: 1,
        konsekvens: 1,
        riskvarde: 1,
      },
    },
  ],
  sent(paminnelseStream('u-a'), {
    itemKind: 'uppdrag',
    itemId: 'u-a',
    period: '2023-T1',
    deadline: '2023-05-12',
    kind: 'paminnelse',
  }),
  sent(paminnelseStream('u-a'), {
    itemKind: 'uppdrag',
    itemId: 'u-a',
    period: '2023-T1',
    deadline: '2023-05-12',
    kind: 'paminnelse',
    channel: 'inkorg',
    address: null,
  }),
  sent(paminnelseStream('u-a'), {
    itemKind: 'uppdrag',
    itemId: 'u-a',
    period: '2023-T2',
    deadline: '2023-09-12',
    kind: 'eskalering',
    recipientPersonId: SARA,
  }),
  sent(paminnelseStream('u-a'), {
    itemKind: 'uppdrag',
    itemId: 'u-a',
    period: '2022-T3',
    deadline: '2023-01-13',
    kind: 'paminnelse',
  }),
  sent(paminnelseStreamOf('uppsiktsarende', 'a-1'), {
    itemKind: 'uppsiktsarende',
    itemId: 'a-1',
    period: 'svar',
    deadline: '2023-03-31',
    kind: 'paminnelse',
    recipientPersonId: SARA,
  }),
  sent(paminnelseStreamOf('kontrollmoment', 'hsn-2023'), {
    itemKind: 'kontrollmoment',
    itemId: 'k-1',
    planId: 'hsn-2023',
    period: '2023-T1',
    deadline: '2023-05-12',
    kind: 'paminnelse',
  }),
  sent(paminnelseStreamOf('atgard', 'hsn-2023'), {
    itemKind: 'atgard',
    itemId: 'g-1',
    planId: 'hsn-2023',
    period: '2023-T1',
    deadline: '2023-06-30',
    kind: 'paminnelse',
    recipientPersonId: PER,
  }),
  sent(paminnelseStreamOf('kontrollmoment', 'hsn-2022'), {
    itemKind: 'kontrollmoment',
    itemId: 'k-1',
    planId: 'hsn-2022',
    period: '2022-T3',
    deadline: '2023-01-13',
    kind: 'paminnelse',
  }),
  [
    paminnelseStream('u-b'),
    {
      type: 'PaminnelseSendStarted',
      data: {
        idempotencyKey: 'u-b.2023-T1',
        jobId: 'uppdrag.u-b.2023-T1',
        itemKind: 'uppdrag',
        itemId: 'u-b',
        period: '2023-T1',
        deadline: '2023-05-12',
        kind: 'paminnelse',
        channel: 'epost',
        recipientPersonId: SARA,
        address: 'sara@example.se',
      },
    },
  ],
  // Registered last, so the positions above stay as they were: the package names the organ that gave
  // the uppdrag by the name the log has at the cutoff.
  [
    organStream('regionfullmaktige'),
    {
      type: 'OrganRegistered',
      data: {
        organId: 'regionfullmaktige',
        namn: 'Regionfullmäktige',
        kortnamn: 'RF',
        typ: 'regionfullmaktige',
        parentOrganId: null,
      },
    },
  ],
  // Written last, so the positions above stay as they were. HSN adopts its T1 report (the correction
  // above carries that adoption); RS's and last year's adoptions are not HSN's 2023; RS receives it.
  [faststallelseStream('hsn', '2023-T1'), adopted('hsn', '2023-T1', '2023-05-24'), SARA],
  [faststallelseStream('rs', '2023-T1'), adopted('rs', '2023-T1', '2023-05-30'), SARA],
  [faststallelseStream('hsn', '2022-T3'), adopted('hsn', '2022-T3', '2023-02-20'), SARA],
  [
    faststallelseStream('hsn', '2023-T1'),
    {
      type: 'PeriodReportHandlingRecorded',
      data: {
        organId: 'hsn',
        period: '2023-T1',
        by: 'regionstyrelsen',
        byOrganId: 'rs',
        kind: 'received',
        date: '2023-06-13',
        paragraf: '112',
      },
    },
    SARA,
  ],
];

/** Written after the cutoff: the package must not see it. */
const AFTER_CUTOFF: [string, Logged] = [
  personStream(JOHAN),
  { type: 'PersonRenamed', data: { personId: JOHAN, from: 'Johan Lindström', to: 'Johan Ny' } },
];

export const CUTOFF = { position: 100 + WRITTEN.length, hash: 'ab'.repeat(32) };

/** The log as the store hands it over, positions from 101, in an order other than the log's. */
export const LOG: PaketEvent[] = [...WRITTEN, AFTER_CUTOFF]
  .map(([stream, event, actor = SYSTEM, occurredAt], index): PaketEvent => {
    const recordedAt = new Date(Date.UTC(2023, 0, 1, 12) + index * 3_600_000).toISOString();
    return {
      position: 101 + index,
      stream,
      type: event.type,
      data: event.data,
      actor,
      occurredAt: occurredAt ?? recordedAt,
      recordedAt,
    };
  })
  .reverse();
