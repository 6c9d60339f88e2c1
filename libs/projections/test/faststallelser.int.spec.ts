/**
 * The fastställanden read model: every adoption and handling kept with its position and recorded
 * time, and a read cut at a time point in SQL (log position, recorded instant, business date), on the
 * embedded store (PGlite) as the CLI opens it. `adoptionsCaughtUp` waits for the checkpoint and gives
 * up with ReadModelBehindError.
 */
import { faststallelseStream } from '@sparbar/domain';
import { type NewEvent } from '@sparbar/event-store';
import { type ProjectionEnvironment } from '../src/environment';
import {
  adoptionsCaughtUp,
  adoptionsUpTo,
  faststallelseFacts,
  ReadModelBehindError,
} from '../src/faststallelser/faststallelser.queries';
import { faststallelserProjection } from '../src/faststallelser/faststallelser.projection';
import { catchUpLive } from '../src/runner/catch-up';
import { openEmbeddedEnv } from './support/projection-env';

let env: ProjectionEnvironment;
const positions: Record<string, number> = {};
const recorded: Record<string, string> = {};

const event = (type: string, data: Record<string, unknown>, occurredAt: string): NewEvent => ({
  type,
  data: data as never,
  metadata: { actor: 'person-sekreterare', occurredAt },
});

async function append(name: string, organId: string, period: string, e: NewEvent) {
  const { events } = await env.store.appendToStream(faststallelseStream(organId, period), [e]);
  positions[name] = events[0]!.position;
  recorded[name] = events[0]!.recordedAt;
}

beforeAll(async () => {
  env = await openEmbeddedEnv();
  const adopted = (organId: string, period: string, meetingDate: string, paragraf: string) =>
    event(
      'PeriodReportAdopted',
      { organId, period, meetingDate, paragraf, diarienummer: null, previous: null },
      `${meetingDate}T12:00:00+02:00`,
    );
  await append('hsnT1', 'hsn', '2023-T1', adopted('hsn', '2023-T1', '2023-05-24', '45'));
  await append('rsT1', 'rs', '2023-T1', adopted('rs', '2023-T1', '2023-05-30', '12'));
  await append(
    'received',
    'hsn',
    '2023-T1',
    event(
      'PeriodReportHandlingRecorded',
      {
        organId: 'hsn',
        period: '2023-T1',
        by: 'regionstyrelsen',
        byOrganId: 'rs',
        kind: 'received',
        date: '2023-06-12',
        paragraf: '112',
      },
      '2023-06-12T10:00:00+02:00',
    ),
  );
  await append('hsnApril', 'hsn', '2023-04', adopted('hsn', '2023-04', '2023-06-14', '50'));
  await catchUpLive(env, [faststallelserProjection], { until: await env.store.headPosition() });
});
afterAll(() => env?.close());

describe('the fastställanden read model', () => {
  it('keeps every adoption and handling with its position, recorded time, revision and actor', async () => {
    const facts = await faststallelseFacts(env.db);
    expect(facts.map((f) => [f.type, f.position, f.recordedAt])).toEqual(
      ['hsnT1', 'rsT1', 'received', 'hsnApril'].map((n, i) => [
        i === 2 ? 'PeriodReportHandlingRecorded' : 'PeriodReportAdopted',
        positions[n],
        new Date(recorded[n]!).toISOString(),
      ]),
    );
    expect(facts[2]).toMatchObject({ revision: 1, actor: 'person-sekreterare', data: { paragraf: '112' } });
  });

  it('reads one organ’s period, or adoptions only', async () => {
    const hsnT1 = await faststallelseFacts(env.db, { organIds: ['hsn'], periods: ['2023-T1'] });
    expect(hsnT1.map((f) => f.position)).toEqual([positions.hsnT1, positions.received]);
    const adoptions = await adoptionsUpTo(env.db, positions.hsnApril!);
    expect(adoptions.map((a) => `${a.organId} ${a.period} § ${a.paragraf}`)).toEqual([
      'hsn 2023-T1 § 45',
      'rs 2023-T1 § 12',
      'hsn 2023-04 § 50',
    ]);
  });

  it('cuts at a log position, a recorded instant and a business date, in SQL', async () => {
    const at = async (point: Parameters<typeof faststallelseFacts>[1]) =>
      (await faststallelseFacts(env.db, point)).map((f) => f.position);
    expect(await at({ upToPosition: positions.rsT1 })).toEqual([positions.hsnT1, positions.rsT1]);
    expect(await at({ recordedAt: recorded.hsnT1 })).toEqual([positions.hsnT1]);
    // Business time: what had happened by the end of 30 May 2023, Swedish time.
    expect(await at({ asOf: '2023-05-30' })).toEqual([positions.hsnT1, positions.rsT1]);
    expect(await at({ asOf: '2023-05-23' })).toEqual([]);
  });

  it('waits for the checkpoint, and says when it does not come', async () => {
    await adoptionsCaughtUp(env.db, positions.hsnApril!, 0);
    await expect(adoptionsCaughtUp(env.db, positions.hsnApril! + 1, 100)).rejects.toBeInstanceOf(
      ReadModelBehindError,
    );
  });
});
