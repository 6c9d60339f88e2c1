import { type StoredEvent } from '@sparbar/event-store';
import { type TestSchema } from '../../../test/support/postgres';
import { PROJECTIONS } from '../src/catalogue';
import { type ProjectionEnvironment } from '../src/environment';
import { type Projection } from '../src/projection';
import { catchUpLive } from '../src/runner/catch-up';
import { ProjectionWorker } from '../src/runner/projection-worker';
import { pump } from '../src/runner/pump';
import { ensureLive, versionStatus } from '../src/runner/versions';
import { duplicationReport, lastPosition, openEnv, testSchema, waitFor } from './support/projection-env';
import { appendLog, realisticLog } from './support/realistic-log';

let schema: TestSchema;
beforeAll(async () => (schema = await testSchema('proj_runner')));
afterAll(() => schema.drop());

const small = (firstYear: number, seed: number) =>
  realisticLog({ firstYear, years: 1, uppdragPerYear: 30, delmalPerYear: 8, indikatorerPerDelmal: 3, seed });

async function runUntilCaughtUp(env: ProjectionEnvironment): Promise<void> {
  const worker = new ProjectionWorker(env, PROJECTIONS, { batchSize: 100, idleMs: 20 }).start();
  const end = await lastPosition(env);
  await waitFor('the worker to catch up', async () => {
    const versions = await versionStatus(env.db);
    return versions.length === PROJECTIONS.length && versions.every((v) => v.checkpoint === end);
  });
  await worker.stop();
}

describe('the projection runner', () => {
  it('applies every event once and, restarted, resumes from its checkpoint', async () => {
    let env = await openEnv(schema);
    const first = await appendLog(env.store, small(2021, 1));
    await runUntilCaughtUp(env);
    expect((await versionStatus(env.db)).map((v) => v.eventsApplied)).toEqual(PROJECTIONS.map(() => first));
    await env.close();

    // A new process: nothing in memory, only the checkpoints in the database.
    env = await openEnv(schema);
    const second = await appendLog(env.store, small(2023, 2));
    await runUntilCaughtUp(env);
    const versions = await versionStatus(env.db);
    expect(versions.map((v) => [v.projection, v.version, v.eventsApplied])).toEqual([
      ['history', 1, first + second],
      ['periods', 1, first + second],
      ['uppdrag_now', 1, first + second],
    ]);
    const report = await duplicationReport(env);
    expect(report.historyRows).toBe(report.historyExpected);
    expect(report.uppdragRows).toBe(60);
    expect(report.uppdragRowsWithWrongCount).toBe(0);
    await env.close();
  });

  it('a failing batch changes neither the read model nor the checkpoint', async () => {
    const env = await openEnv(schema);
    let failAt: number | undefined;
    const counting: Projection = {
      name: 'counting',
      tables: [
        {
          name: 'event_counts',
          columns: 'type text PRIMARY KEY, n int NOT NULL',
          indexes: [],
          orderBy: 'type',
        },
      ],
      async applyBatch(tx, events: readonly StoredEvent[], tables) {
        for (const event of events) {
          await tx.query(
            `INSERT INTO ${tables.event_counts} VALUES ($1, 1) ON CONFLICT (type) DO UPDATE SET n = ${tables.event_counts}.n + 1`,
            [event.type],
          );
          if (event.position === failAt) throw new Error('the disk is full');
        }
      },
    };
    const target = await ensureLive(env.db, counting);
    const all = await env.store.readAll({ maxCount: 10_000 });
    failAt = all[150].position;

    await expect(pump(env.store, env.db, [target], { batchSize: 100 })).rejects.toThrow('the disk is full');
    // The first batch (events 0–99) committed; the second failed half-way and left nothing behind.
    const [{ checkpoint }] = await versionStatus(env.db, 'counting');
    expect(checkpoint).toBe(all[99].position);
    const [{ n }] = await env.db.query<{ n: string }>('SELECT sum(n) AS n FROM event_counts');
    expect(Number(n)).toBe(100);

    failAt = undefined;
    const resumed = await catchUpLive(env, [counting], { until: all[all.length - 1].position });
    expect(resumed[0].checkpoint).toBe(all[all.length - 1].position);
    const [{ total }] = await env.db.query<{ total: string }>('SELECT sum(n) AS total FROM event_counts');
    expect(Number(total)).toBe(all.length);
    await env.close();
  });
});
