import { type StoredEvent } from '@sparbar/event-store';
import { type TestSchema } from '../../../test/support/postgres';
import { PROJECTIONS } from './support/witnessed';
import { type ProjectionEnvironment } from '../src/environment';
import { type Projection } from '../src/projection';
import { Lanes } from '../src/runner/apply';
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
      ['events_seen', 1, first + second],
      ['faststallelser', 1, first + second],
      ['periods', 1, first + second],
      ['uppdrag_now', 1, first + second],
      ['uppdrag_parts', 1, first + second],
    ]);
    const report = await duplicationReport(env);
    expect(report.eventsSeenRows).toBe(report.eventsInLog);
    expect(report.uppdragRows).toBe(60);
    expect(report.uppdragRowsWithWrongCount).toBe(0);
    await env.close();
  });

  it('a failing batch changes neither the read model nor the checkpoint', async () => {
    const env = await openEnv(schema);
    let failAt: number | undefined;
    const counting = countingProjection('counting', () => failAt);
    const target = await ensureLive(env.db, counting);
    const all = await env.store.readAll({ maxCount: 10_000 });
    failAt = all[150].position;

    await expect(pump(env.store, env.db, [target], { batchSize: 100 })).rejects.toThrow('the disk is full');
    // The first batch (events 0–99) committed; the second failed half-way and left nothing behind,
    // and no later batch was applied after it (that would leave a gap).
    const [{ checkpoint }] = await versionStatus(env.db, 'counting');
    expect(checkpoint).toBe(all[99].position);
    expect(await countedIn(env, 'counting')).toBe(100);

    failAt = undefined;
    const resumed = await catchUpLive(env, [counting], { until: all[all.length - 1].position });
    expect(resumed[0].checkpoint).toBe(all[all.length - 1].position);
    expect(await countedIn(env, 'counting')).toBe(all.length);
    await env.close();
  });

  it('one read model failing does not hold the others back, and it resumes where it failed', async () => {
    const env = await openEnv(schema);
    let failAt: number | undefined;
    const failing = countingProjection('failing', () => failAt);
    const steady = countingProjection('steady', () => undefined);
    const targets = [await ensureLive(env.db, failing), await ensureLive(env.db, steady)];
    const all = await env.store.readAll({ maxCount: 10_000 });
    failAt = all[150].position;

    await expect(pump(env.store, env.db, targets, { batchSize: 100 })).rejects.toThrow('the disk is full');
    const [stopped] = await versionStatus(env.db, 'failing');
    const [went] = await versionStatus(env.db, 'steady');
    expect(stopped.checkpoint).toBe(all[99].position);
    expect(await countedIn(env, 'failing')).toBe(100);
    // The steady one applied the batch the other failed on, and what it had already been given.
    expect(went.checkpoint).toBeGreaterThanOrEqual(all[199].position);
    expect(await countedIn(env, 'steady')).toBe(all.findIndex((e) => e.position === went.checkpoint) + 1);

    failAt = undefined;
    const end = all[all.length - 1].position;
    await catchUpLive(env, [failing, steady], { until: end });
    expect((await versionStatus(env.db)).filter((v) => v.checkpoint !== end)).toEqual([]);
    expect(await countedIn(env, 'failing')).toBe(all.length);
    expect(await countedIn(env, 'steady')).toBe(all.length);
    await env.close();
  });

  it('a lane applies the small batches waiting behind its transaction in one, each event once', async () => {
    const env = await openEnv(schema);
    const counting = countingProjection('merging', () => undefined);
    const sizes: number[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const gated: Projection = {
      ...counting,
      async applyBatch(tx, events, tables) {
        sizes.push(events.length);
        if (sizes.length === 1) await gate;
        await counting.applyBatch(tx, events, tables);
      },
    };
    const target = await ensureLive(env.db, gated);
    const events = (await env.store.readAll({ maxCount: 30 })).slice(0, 30);
    const lanes = new Lanes(env.db, [target], 15);
    const batches = [0, 10, 20, 25].map((from, i, all) => events.slice(from, all[i + 1] ?? 30));
    const applied = batches.map((batch) => lanes.push(batch));
    release();
    expect(await Promise.all(applied)).toEqual([[], [], [], []]);
    // The first alone; the next two together (15 events, as many as it may merge); the last alone.
    expect(sizes).toEqual([10, 15, 5]);
    expect(await countedIn(env, 'merging')).toBe(30);
    const [{ checkpoint }] = await versionStatus(env.db, 'merging');
    expect(checkpoint).toBe(events[29].position);
    await env.close();
  });

  it("the first lanes apply a batch while the others' slow transactions hold what is left of the connections", async () => {
    const env = await openEnv(schema);
    const events = (await env.store.readAll({ maxCount: 20 })).slice(0, 20);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let open = 0;
    let mostOpen = 0;
    const slow = (name: string): Projection => {
      const counting = countingProjection(name, () => undefined);
      return {
        ...counting,
        async applyBatch(tx, batch, tables) {
          mostOpen = Math.max(mostOpen, ++open);
          await gate;
          await counting.applyBatch(tx, batch, tables);
          open--;
        },
      };
    };
    const targets = [
      await ensureLive(env.db, slow('slow_a')),
      await ensureLive(env.db, slow('slow_b')),
      await ensureLive(env.db, slow('slow_c')),
      await ensureLive(
        env.db,
        countingProjection('first', () => undefined),
      ),
    ];
    // Three connections: the first lane's, and two the three slow lanes share.
    const lanes = new Lanes(env.db, targets, 100, { first: ['first'], connections: 3 });
    const applied = lanes.push(events);
    await waitFor('the first lane to apply the batch', async () => (await countedIn(env, 'first')) === 20);
    expect(mostOpen).toBe(2);
    release();
    expect(await applied).toEqual([]);
    for (const name of ['slow_a', 'slow_b', 'slow_c']) expect(await countedIn(env, name)).toBe(20);
    expect(mostOpen).toBe(2);
    await env.close();
  });
});

/** Counts events per type in `<name>_counts`; throws at the position `failAt` names, once it is reached. */
function countingProjection(name: string, failAt: () => number | undefined): Projection {
  return {
    name,
    tables: [
      {
        name: `${name}_counts`,
        columns: 'type text PRIMARY KEY, n int NOT NULL',
        indexes: [],
        orderBy: 'type',
      },
    ],
    async applyBatch(tx, events: readonly StoredEvent[], tables) {
      const table = tables[`${name}_counts`];
      for (const event of events) {
        await tx.query(
          `INSERT INTO ${table} VALUES ($1, 1) ON CONFLICT (type) DO UPDATE SET n = ${table}.n + 1`,
          [event.type],
        );
        if (event.position === failAt()) throw new Error('the disk is full');
      }
    },
  };
}

async function countedIn(env: ProjectionEnvironment, name: string): Promise<number> {
  const [{ n }] = await env.db.query<{ n: string | null }>(`SELECT sum(n) AS n FROM ${name}_counts`);
  return Number(n ?? 0);
}
