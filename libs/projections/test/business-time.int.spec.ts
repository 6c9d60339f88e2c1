/**
 * The as-of reads against business time, on real PostgreSQL: an importer replays random histories with
 * random business times through the CommandHandler and the real deciders, the periods projection
 * catches up, and as of every day the uppdrag as it stood (`uppdragAsOf`) equals the domain's fold of
 * exactly the events dated by that day — nothing before the registration (undefined: the API's 404),
 * nothing from a later event. A log written before the rule (an event dated before its registration) is
 * read without showing what had not happened yet.
 */
import fc from 'fast-check';
import {
  type Actor,
  businessDateOf,
  initialUppdragState,
  periodContaining,
  formatPeriod,
  type UppdragCommand,
  uppdragDecider,
  type UppdragEvent,
  evolveUppdrag,
  isDomainError,
  uppdragStream,
} from '@sparbar/domain';
import { ACTOR } from '@sparbar/domain/testing/fixtures';
import { type StoredEvent } from '@sparbar/event-store';
import { CommandHandler } from '../../application/src';
import { PROJECTIONS } from '../src/catalogue';
import { type ProjectionEnvironment } from '../src/environment';
import { periodTable } from '../src/periods/period-table.queries';
import { uppdragAsOf } from '../src/periods/uppdrag-as-of.queries';
import { catchUpLive } from '../src/runner/catch-up';
import { lastPosition, openEnv, testSchema } from './support/projection-env';
import { type TestSchema } from '../../../test/support/postgres';

const IMPORTED_ON = new Date('2025-06-18T08:00:00Z');
const DAY = 86_400_000;
const importer: Actor = ACTOR.migrering;

let schema: TestSchema;
let env: ProjectionEnvironment;
let handler: CommandHandler;

beforeAll(async () => {
  schema = await testSchema('proj_business_time');
  env = await openEnv(schema);
  handler = new CommandHandler(env.store, () => IMPORTED_ON);
});
afterAll(async () => {
  await env.close();
  await schema.drop();
});

const catchUp = async () => catchUpLive(env, PROJECTIONS, { until: await lastPosition(env) });

const registration = (uppdragId: string) => ({
  uppdragId,
  text: 'Införa styrd inköpsprocess',
  riktasTill: ['hsn', 'rs'],
  periodicitet: 'manad' as const,
  slutdatum: '2023-12-31',
  ansvarigPersonId: 'person-johan',
  origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige' as const, planYear: 2023 },
});

/** What the as-of read and the fold are compared on. */
function comparable(state: ReturnType<typeof evolveUppdrag>) {
  if (!state.exists) return undefined;
  const { lifecycle, periodicitet, slutdatum, ansvarigPersonId, reports } = state;
  const byPeriod = Object.entries(reports).map(([period, r]) => ({
    period,
    status: r.status,
    kommentar: r.kommentar,
  }));
  return {
    lifecycle,
    periodicitet,
    slutdatum,
    ansvarigPersonId,
    reports: byPeriod.sort((a, b) => a.period.localeCompare(b.period)),
  };
}

async function readAsOf(uppdragId: string, asOf: string) {
  const read = await uppdragAsOf(env.db, uppdragId, { asOf });
  if (!read) return undefined;
  const { lifecycle, periodicitet, slutdatum, ansvarigPersonId } = read;
  const reports = read.reports.map(({ period, status, kommentar }) => ({ period, status, kommentar }));
  return {
    lifecycle,
    periodicitet,
    slutdatum,
    ansvarigPersonId,
    reports: reports.sort((a, b) => a.period.localeCompare(b.period)),
  };
}

/** The domain's fold of exactly the stored events whose business day is on or before `asOf`. */
function foldAsOf(stored: readonly StoredEvent[], asOf: string) {
  const state = stored
    .filter((e) => businessDateOf(e.metadata.occurredAt) <= asOf)
    .reduce(
      (s, e) => evolveUppdrag(s, { type: e.type, data: e.data } as UppdragEvent),
      initialUppdragState(),
    );
  return comparable(state);
}

const at = (start: number, days: number) => new Date(start + days * DAY).toISOString();

const step = fc.record({
  kind: fc.constantFrom(
    ...['report', 'report', 'report', 'report', 'report', 'correct', 'correct', 'correct', 'correct'],
    ...['periodicitet', 'ansvarig', 'extend', 'close'],
  ),
  /** Mostly forward from the previous step; now and then any day of 2022–2023. */
  move: fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 25 }).map((forward) => ({ forward })) },
    { weight: 1, arbitrary: fc.integer({ min: -400, max: 330 }).map((anyDay) => ({ anyDay })) },
  ),
  daysBack: fc.integer({ min: 0, max: 45 }),
  flag: fc.boolean(),
});

type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function commandOf(s: Step, uppdragId: string, now: string): Omit<UppdragCommand, 'metadata'> {
  const period = formatPeriod(
    periodContaining('manad', businessDateOf(new Date(Date.parse(now) - s.daysBack * DAY).toISOString())),
  );
  const status = s.flag ? 'pagaende_enligt_plan' : 'pagaende_delvis_enligt_plan';
  switch (s.kind) {
    case 'report':
      return { type: 'ReportUppdragStatus', data: { uppdragId, period, status, kommentar: `Läget ${now}.` } };
    case 'correct':
      return {
        type: 'CorrectUppdragReport',
        data: {
          uppdragId,
          period,
          status: 'pagaende_ej_enligt_plan',
          kommentar: `Rättat ${now}.`,
          reason: 'Fel status.',
        },
      };
    case 'periodicitet':
      return {
        type: 'ChangeUppdragPeriodicitet',
        data: { uppdragId, periodicitet: s.flag ? 'tertial' : 'manad', reason: null },
      };
    case 'ansvarig':
      return {
        type: 'ChangeUppdragAnsvarig',
        data: { uppdragId, ansvarigPersonId: s.flag ? 'person-sara' : 'person-johan' },
      };
    case 'extend':
      return {
        type: 'ExtendUppdragSlutdatum',
        data: { uppdragId, slutdatum: s.flag ? '2024-06-30' : '2024-12-31', reason: 'Förlängt.' },
      };
    default:
      return { type: 'CloseUppdrag', data: { uppdragId, kommentar: 'Klart.' } };
  }
}

let runs = 0;

describe('as of any day, the uppdrag as it stood is the fold of the events dated by then', () => {
  it('holds for random histories with random business times', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 80 }),
        fc.array(step, { minLength: 6, maxLength: 16 }),
        async (startDay, steps) => {
          const uppdragId = `uppdrag-egenskap-${++runs}`;
          const stream = uppdragStream(uppdragId);
          const start = Date.parse('2023-01-02T08:00:00Z') + startDay * DAY;
          const send = async (command: Omit<UppdragCommand, 'metadata'>, now: string) => {
            try {
              await handler.handle(uppdragDecider, stream, {
                ...command,
                metadata: { actor: importer, now },
              } as never);
            } catch (error) {
              if (!isDomainError(error)) throw error;
            }
          };
          await send({ type: 'RegisterUppdrag', data: registration(uppdragId) }, at(start, 0));
          let cursor = start;
          for (const s of steps) {
            const now =
              'forward' in s.move ? at((cursor += s.move.forward * DAY), 0) : at(start, s.move.anyDay);
            await send(commandOf(s, uppdragId, now), now);
          }
          await catchUp();
          const stored = await env.store.readStream(stream);
          const days = new Set(
            stored.flatMap((e) =>
              [-1, 0, 1].map((d) => businessDateOf(at(Date.parse(e.metadata.occurredAt), d))),
            ),
          );
          for (const day of days) {
            expect({ day, state: await readAsOf(uppdragId, day) }).toEqual({
              day,
              state: foldAsOf(stored, day),
            });
          }
          const dayBefore = businessDateOf(at(start, -1));
          const table = await periodTable(env.db, {
            period: formatPeriod(periodContaining('tertial', dayBefore)),
            asOf: dayBefore,
          });
          expect(table.rows.map((r) => r.uppdragId)).not.toContain(uppdragId);
        },
      ),
      { numRuns: 20 },
    );
  });
});

describe('a log written before the rule', () => {
  it('shows nothing before the registration, even where a closing was dated earlier', async () => {
    const uppdragId = 'uppdrag-fore-regeln';
    const meta = (occurredAt: string) => ({ actor: importer.personId, occurredAt });
    await env.store.appendToStream(uppdragStream(uppdragId), [
      {
        id: crypto.randomUUID(),
        type: 'UppdragRegistered',
        data: {
          ...registration(uppdragId),
          samordnare: null,
          beskrivning: null,
          origin: {
            ...registration(uppdragId).origin,
            beslutsdatum: null,
            diarienummer: null,
            paragraf: null,
          },
          registeredOn: '2023-01-16',
        },
        metadata: meta('2023-01-16T09:00:00+01:00'),
      },
      {
        id: crypto.randomUUID(),
        type: 'UppdragPeriodicitetChanged',
        data: { uppdragId, from: 'manad', to: 'tertial', reason: null },
        metadata: meta('2023-03-01T09:00:00+01:00'),
      },
      {
        id: crypto.randomUUID(),
        type: 'UppdragClosed',
        data: { uppdragId, kommentar: 'Klart.' },
        metadata: meta('2022-12-20T09:00:00+01:00'),
      },
    ]);
    await catchUp();
    expect(await uppdragAsOf(env.db, uppdragId, { asOf: '2022-12-31' })).toBeUndefined();
    // The closing is dated before 1 February but recorded after March's change: counting it would
    // carry the change of March into February, so the read stops at the first event dated later.
    expect(await uppdragAsOf(env.db, uppdragId, { asOf: '2023-02-01' })).toMatchObject({
      lifecycle: 'aktivt',
      periodicitet: 'manad',
    });
    expect(await uppdragAsOf(env.db, uppdragId, { asOf: '2023-03-01' })).toMatchObject({
      lifecycle: 'avslutat',
      periodicitet: 'tertial',
    });
  });
});
