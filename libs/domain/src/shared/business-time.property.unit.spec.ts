/**
 * Business time never runs backwards, as properties: random command sequences on an uppdrag and a
 * delmål, each command with a random business time (an importer replaying history in any order), decided
 * by the real deciders. Whatever was accepted:
 * - no event is dated before the stream's registration;
 * - business time never goes backwards, except a correction stamped `backdatedBefore`, never dated
 *   before what it corrects;
 * - as of any instant T, the state the as-of reads show equals the fold of exactly the events dated by T.
 *   Every as-of read (the uppdrag as it stood, the period table, måluppfyllelse; libs/projections
 *   periods/) takes, of the events dated by T, the latest attribute row in the stream's order and, per
 *   reported subject (a period's report, an indikator's utfall, a bedömning), its latest fact:
 *   `asTheReadModelsRead` below.
 * And without the rule the last property fails: the check has teeth.
 */
import fc from 'fast-check';
import { type Actor } from '../access/roles';
import { type DelmalCommand } from '../delmal/delmal.commands';
import { delmalDecider } from '../delmal/delmal.decider';
import { type DelmalEvent } from '../delmal/delmal.events';
import { evolveDelmal } from '../delmal/delmal.state';
import { ACTOR } from '../testing/fixtures';
import { type UppdragCommand } from '../uppdrag/uppdrag.commands';
import { uppdragDecider } from '../uppdrag/uppdrag.decider';
import { type UppdragEvent } from '../uppdrag/uppdrag.events';
import { evolveUppdrag } from '../uppdrag/uppdrag.state';
import { formatPeriod, type Periodicitet } from '../period/period';
import { periodContaining } from '../period/period.calendar';
import { type TimedEvent } from './business-time';
import { businessDateOf, compareInstants } from './dates';
import { type Decider } from './decider';
import { isDomainError } from './domain-error';

const IMPORTED_ON = '2025-06-18T10:00:00+02:00';
const DAY = 86_400_000;
const FROM = Date.parse('2022-12-01T00:00:00Z');

/** Business times from December 2022 to May 2024, on whole hours, so that ties happen too. */
const businessTime = fc
  .record({ day: fc.integer({ min: 0, max: 540 }), hour: fc.integer({ min: 7, max: 18 }) })
  .map(({ day, hour }) => new Date(FROM + day * DAY + hour * 3_600_000).toISOString());

const registrationTime = fc
  .record({ day: fc.integer({ min: 0, max: 120 }), hour: fc.integer({ min: 7, max: 18 }) })
  .map(({ day, hour }) => new Date(FROM + day * DAY + hour * 3_600_000).toISOString());

/** A period near the command's business time: the one it falls in, or one a few weeks before. */
type PeriodChoice = { periodicitet: Periodicitet; daysBack: number };
const period = fc.record({
  periodicitet: fc.constantFrom<Periodicitet>('manad', 'manad', 'tertial'),
  daysBack: fc.integer({ min: 0, max: 60 }),
});
/** Whose report: the joint one (null) or a recipient's own part. */
const organPart = fc.constantFrom<string | null>(null, 'hsn', 'rs');
const tertial = period.map((p) => ({ ...p, periodicitet: 'tertial' as const }));
const periodAt = ({ periodicitet, daysBack }: PeriodChoice, now: string) =>
  formatPeriod(
    periodContaining(periodicitet, businessDateOf(new Date(Date.parse(now) - daysBack * DAY).toISOString())),
  );

/**
 * A history's business times: mostly forward from the registration (days apart, or the same instant),
 * and now and then any time at all — a command dated back, which the rule must judge.
 */
const timesFrom = (start: string, count: number) =>
  fc
    .array(
      fc.oneof(
        { weight: 4, arbitrary: fc.integer({ min: 0, max: 20 }).map((days) => ({ forwardDays: days })) },
        { weight: 1, arbitrary: businessTime.map((anytime) => ({ anytime })) },
      ),
      { minLength: count, maxLength: count },
    )
    .map((moves) => {
      let at = Date.parse(start);
      return moves.map((move) => {
        if ('anytime' in move) return move.anytime;
        at += move.forwardDays * DAY;
        return new Date(at).toISOString();
      });
    });

/** A first command and then steps, each with its business time. */
const history = <T>(first: fc.Arbitrary<string>, step: fc.Arbitrary<T>) =>
  fc.tuple(first, fc.array(step, { minLength: 5, maxLength: 30, size: 'medium' })).chain(([start, steps]) =>
    timesFrom(start, steps.length).map((times) => ({
      start,
      steps: steps.map((s, i) => [s, times[i]] as const),
    })),
  );

type Stamped<E> = { event: E; at: string };

/** Runs the commands through a decider as the CommandHandler would; refusals write nothing. */
function play<C extends { metadata: { now: string } }, E extends { type: string }, S>(
  decider: Decider<C, TimedEvent<E>, S>,
  commands: readonly C[],
): Stamped<E>[] {
  let state = decider.initialState();
  const written: Stamped<E>[] = [];
  for (const command of commands) {
    let events: TimedEvent<E>[];
    try {
      events = decider.decide(command, state);
    } catch (error) {
      if (isDomainError(error)) continue;
      throw error;
    }
    const at = command.metadata.now;
    for (const event of events) {
      state = decider.evolve(state, { ...event, metadata: { occurredAt: at } });
      written.push({ event, at });
    }
  }
  return written;
}

/** A report is one period of one part (a recipient's own, or the joint one), as the read models key it. */
const subjectOfUppdrag = (e: UppdragEvent) =>
  e.type === 'UppdragStatusReported' || e.type === 'UppdragReportCorrected'
    ? `${e.data.period}/${e.data.organId ?? 'gemensam'}`
    : null;
const subjectOfDelmal = (e: DelmalEvent) =>
  e.type === 'IndikatorUtfallRecorded' || e.type === 'IndikatorUtfallCorrected'
    ? `utfall ${e.data.indikatorId} ${e.data.period}`
    : e.type === 'DelmalAssessed' || e.type === 'DelmalAssessmentCorrected'
      ? `bedömning ${e.data.period}`
      : null;

const notAfter = (at: string, t: string) => compareInstants(at, t) <= 0;

/** The state as the as-of reads give it: the latest attribute row dated by T, and each subject's latest fact. */
function asTheReadModelsRead<E, S>(
  evolve: (s: S, e: E) => S,
  initial: S,
  subjectOf: (e: E) => string | null,
  written: readonly Stamped<E>[],
  t: string,
): S {
  const rows = written.filter((w) => subjectOf(w.event) === null);
  let last = -1;
  rows.forEach((w, i) => {
    if (notAfter(w.at, t)) last = i;
  });
  if (last < 0) return initial;
  let state = rows.slice(0, last + 1).reduce((s, w) => evolve(s, w.event), initial);
  const latestFact = new Map<string, Stamped<E>>();
  for (const w of written) {
    const subject = subjectOf(w.event);
    if (subject !== null && notAfter(w.at, t)) latestFact.set(subject, w);
  }
  for (const w of written) if (latestFact.get(subjectOf(w.event) ?? '') === w) state = evolve(state, w.event);
  return state;
}

/** The fold of exactly the events dated by T, in the stream's order. */
function foldedUpTo<E, S>(
  evolve: (s: S, e: E) => S,
  initial: S,
  written: readonly Stamped<E>[],
  t: string,
): S {
  return written.filter((w) => notAfter(w.at, t)).reduce((s, w) => evolve(s, w.event), initial);
}

/** The first two properties, for any stream: returns what is wrong, or null. */
function timeOrderViolation<E extends { type: string; data: object }>(
  written: readonly Stamped<E>[],
  subjectOf: (e: E) => string | null,
  corrections: readonly string[],
): string | null {
  if (written.length === 0) return null;
  const registeredAt = written[0].at;
  let latest = registeredAt;
  const latestBySubject = new Map<string, string>();
  for (const { event, at } of written) {
    if (compareInstants(at, registeredAt) < 0)
      return `${event.type} at ${at} before registration ${registeredAt}`;
    const backdatedBefore = (event.data as { backdatedBefore?: string }).backdatedBefore;
    const subject = subjectOf(event);
    if (compareInstants(at, latest) < 0) {
      if (!corrections.includes(event.type)) return `${event.type} at ${at} before ${latest}`;
      if (backdatedBefore !== latest) return `${event.type} at ${at} not marked back-dated before ${latest}`;
      const corrected = subject === null ? undefined : latestBySubject.get(subject);
      if (corrected !== undefined && compareInstants(at, corrected) < 0)
        return `${event.type} before ${corrected}`;
    } else if (backdatedBefore !== undefined) return `${event.type} at ${at} marked back-dated but is not`;
    if (compareInstants(at, latest) > 0) latest = at;
    if (subject !== null) latestBySubject.set(subject, at);
  }
  return null;
}

// ---------------------------------------------------------------- uppdrag

const importer: Actor = ACTOR.migrering;
const uppdragId = 'uppdrag-egenskap';

const uppdragData = fc.oneof(
  { weight: 1, arbitrary: fc.constant({ type: 'RegisterUppdrag' as const }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('ChangeUppdragPeriodicitet' as const),
      periodicitet: fc.constantFrom('manad', 'tertial'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('ChangeUppdragAnsvarig' as const),
      ansvarigPersonId: fc.constantFrom('person-johan', 'person-sara'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('ExtendUppdragSlutdatum' as const),
      slutdatum: fc.constantFrom('2024-06-30', '2024-12-31'),
    }),
  },
  {
    weight: 12,
    arbitrary: fc.record({
      type: fc.constant('ReportUppdragStatus' as const),
      period,
      organId: organPart,
      status: fc.constantFrom('pagaende_enligt_plan', 'pagaende_delvis_enligt_plan'),
    }),
  },
  {
    weight: 10,
    arbitrary: fc.record({
      type: fc.constant('CorrectUppdragReport' as const),
      period,
      organId: organPart,
      status: fc.constantFrom('pagaende_enligt_plan', 'pagaende_ej_enligt_plan'),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom({ type: 'CloseUppdrag' as const }, { type: 'WithdrawUppdrag' as const }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('CloseUppdragPart' as const),
      organId: fc.constantFrom('hsn', 'rs'),
    }),
  },
);

function uppdragCommand(
  step: { type: UppdragCommand['type'] } & Record<string, unknown>,
  now: string,
): UppdragCommand {
  const s = step as Record<string, string>;
  const reported = step.period === undefined ? '' : periodAt(step.period as PeriodChoice, now);
  const metadata = { actor: importer, now, recordedAt: IMPORTED_ON };
  const data: Record<UppdragCommand['type'], object> = {
    RegisterUppdrag: {
      uppdragId,
      text: 'Införa styrd inköpsprocess',
      riktasTill: ['hsn', 'rs'],
      periodicitet: 'manad',
      slutdatum: '2023-12-31',
      ansvarigPersonId: 'person-johan',
      origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2023 },
    },
    ChangeUppdragPeriodicitet: { uppdragId, periodicitet: s.periodicitet, reason: null },
    ChangeUppdragAnsvarig: { uppdragId, ansvarigPersonId: s.ansvarigPersonId },
    ExtendUppdragSlutdatum: { uppdragId, slutdatum: s.slutdatum, reason: 'Förlängt av nämnden.' },
    ReportUppdragStatus: {
      uppdragId,
      period: reported,
      organId: step.organId ?? null,
      status: s.status,
      kommentar: `Läget ${now}.`,
    },
    CorrectUppdragReport: {
      uppdragId,
      period: reported,
      organId: step.organId ?? null,
      status: s.status,
      kommentar: `Rättat ${now}.`,
      reason: 'Fel status.',
    },
    CloseUppdrag: { uppdragId, kommentar: 'Klart.' },
    CloseUppdragPart: { uppdragId, organId: s.organId, kommentar: 'Vår del är klar.' },
    WithdrawUppdrag: { uppdragId, reason: 'Inte längre aktuellt.' },
  };
  return { type: step.type, data: data[step.type], metadata } as UppdragCommand;
}

/** Registration first (December 2022 to March 2023), then anything. */
const uppdragHistory = history(registrationTime, uppdragData).map(({ start, steps }) => [
  uppdragCommand({ type: 'RegisterUppdrag' }, start),
  ...steps.map(([step, at]) => uppdragCommand(step, at)),
]);

/** Instants to look at: every event's time, a millisecond either side, and any other. */
const instantsOf = (written: readonly Stamped<unknown>[], extra: string) => [
  extra,
  ...written.flatMap(({ at }) => [
    at,
    new Date(Date.parse(at) - 1).toISOString(),
    new Date(Date.parse(at) + 1).toISOString(),
  ]),
];

const uppdragAsOfAgrees = (decider: Decider<UppdragCommand, TimedEvent<UppdragEvent>, unknown>) =>
  fc.property(uppdragHistory, businessTime, (commands, t) => {
    const written = play(decider, commands);
    const initial = uppdragDecider.initialState();
    const { businessTime: _, ...bare } = initial;
    for (const instant of instantsOf(written, t)) {
      const read = asTheReadModelsRead(evolveUppdrag, bare, subjectOfUppdrag, written, instant);
      expect(read).toEqual(foldedUpTo(evolveUppdrag, bare, written, instant));
    }
  });

describe('uppdrag: random histories with random business times', () => {
  it('nothing before the registration; never backwards unless a correction marked back-dated', () => {
    fc.assert(
      fc.property(uppdragHistory, (commands) => {
        const written = play(uppdragDecider, commands);
        expect(timeOrderViolation(written, subjectOfUppdrag, ['UppdragReportCorrected'])).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('as of any instant, the as-of reads equal the fold of the events dated by then', () => {
    fc.assert(uppdragAsOfAgrees(uppdragDecider), { numRuns: 200 });
  });

  it('without the rule, the as-of reads could show what had not happened yet', () => {
    const unguarded = {
      initialState: () => ({ exists: false }),
      evolve: evolveUppdrag,
      decide: uppdragDecider.decide,
    };
    // The guard reads the fold's business times; a fold that never learns them lets everything through.
    const result = fc.check(uppdragAsOfAgrees(unguarded as never), { numRuns: 200 });
    expect(result.failed).toBe(true);
  });
});

// ---------------------------------------------------------------- delmål

const delmalId = 'delmal-egenskap';
const secretary: Actor = { ...ACTOR.idaSekreterareRs, roles: ['secretary', 'importer'] };
const indikator = fc.constantFrom('indikator-a', 'indikator-b');
const bedomning = fc.constantFrom('helt', 'delvis', 'inte');

const delmalData = fc.oneof(
  { weight: 1, arbitrary: fc.record({ type: fc.constant('AddIndikator' as const), indikatorId: indikator }) },
  {
    weight: 2,
    arbitrary: fc.record({
      type: fc.constant('ChangeIndikatorMalvarde' as const),
      indikatorId: indikator,
      malvarde: fc.constantFrom(90, 110),
    }),
  },
  {
    weight: 12,
    arbitrary: fc.record({
      type: fc.constant('RecordIndikatorUtfall' as const),
      indikatorId: indikator,
      period: tertial,
      utfall: fc.integer({ min: 50, max: 150 }),
    }),
  },
  {
    weight: 9,
    arbitrary: fc.record({
      type: fc.constant('CorrectIndikatorUtfall' as const),
      indikatorId: indikator,
      period: tertial,
      utfall: fc.integer({ min: 50, max: 150 }),
    }),
  },
  {
    weight: 9,
    arbitrary: fc.record({ type: fc.constant('AssessDelmal' as const), period: tertial, bedomning }),
  },
  {
    weight: 9,
    arbitrary: fc.record({
      type: fc.constant('CorrectDelmalAssessment' as const),
      period: tertial,
      bedomning,
    }),
  },
  { weight: 1, arbitrary: fc.constant({ type: 'CloseDelmal' as const }) },
);

function delmalCommand(
  step: { type: DelmalCommand['type'] } & Record<string, unknown>,
  now: string,
): DelmalCommand {
  const metadata = { actor: secretary, now, recordedAt: IMPORTED_ON };
  const { type, ...rest } = step;
  if (rest.period !== undefined) rest.period = periodAt(rest.period as PeriodChoice, now);
  const extra: Partial<Record<DelmalCommand['type'], object>> = {
    DefineDelmal: {
      organId: 'rs',
      planYear: 2023,
      regionmal: { id: 'regionmal-4', namn: 'Mål 4' },
      text: 'Minska utsläppen',
    },
    AddIndikator: {
      namn: `Namn på ${String(rest.indikatorId)}`,
      malvarde: 100,
      riktning: 'higher_is_better',
    },
    ChangeIndikatorMalvarde: { reason: 'Nytt beslut.' },
    CorrectIndikatorUtfall: { reason: 'Fel i underlaget.' },
    AssessDelmal: { prognos: 'delvis', kommentar: `Bedömt ${now}.` },
    CorrectDelmalAssessment: { prognos: 'delvis', kommentar: `Rättat ${now}.`, reason: 'Omräknat.' },
  };
  return { type, data: { delmalId, ...rest, ...extra[type] }, metadata } as DelmalCommand;
}

const delmalHistory = history(registrationTime, delmalData).map(({ start, steps }) => [
  delmalCommand({ type: 'DefineDelmal' }, start),
  delmalCommand({ type: 'AddIndikator', indikatorId: 'indikator-a' }, start),
  delmalCommand({ type: 'AddIndikator', indikatorId: 'indikator-b' }, start),
  ...steps.map(([step, at]) => delmalCommand(step, at)),
]);

describe('delmål: random histories with random business times', () => {
  it('nothing before the definition; never backwards unless a correction marked back-dated', () => {
    fc.assert(
      fc.property(delmalHistory, (commands) => {
        const written = play(delmalDecider, commands);
        const corrections = ['IndikatorUtfallCorrected', 'DelmalAssessmentCorrected'];
        expect(timeOrderViolation(written, subjectOfDelmal, corrections)).toBeNull();
      }),
      { numRuns: 200 },
    );
  });

  it('as of any instant, the as-of reads equal the fold of the events dated by then', () => {
    fc.assert(
      fc.property(delmalHistory, businessTime, (commands, t) => {
        const written = play(delmalDecider, commands);
        const { businessTime: _, ...bare } = delmalDecider.initialState();
        for (const instant of instantsOf(written, t)) {
          const read = asTheReadModelsRead(evolveDelmal, bare, subjectOfDelmal, written, instant);
          expect(read).toEqual(foldedUpTo(evolveDelmal, bare, written, instant));
        }
      }),
      { numRuns: 200 },
    );
  });
});
