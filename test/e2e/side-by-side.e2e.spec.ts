/**
 * Issue 19.5: two installations on one host and one Redis. Each listens on its own port at HOST and
 * keeps its reminder queue under its own QUEUE_PREFIX, so neither sees the other's jobs.
 */
import { randomBytes } from 'node:crypto';
import Redis from 'ioredis';
import { createTestSchema, type TestSchema } from '../support/postgres';
import { answering, freePort, killLeftovers, spawnMain } from './support/spawned';

const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const run = randomBytes(4).toString('hex');
const prefixes = [`sparbar-a-${run}`, `sparbar-b-${run}`];

let schemas: TestSchema[] = [];
const redis = new Redis(REDIS_URL, { lazyConnect: true });

afterAll(async () => {
  killLeftovers();
  for (const prefix of prefixes) {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  redis.disconnect();
  await Promise.all(schemas.map((s) => s.drop()));
});

it('runs two installations side by side, each with its own queue keys', async () => {
  schemas = await Promise.all([createTestSchema('sidebyside'), createTestSchema('sidebyside')]);
  const ports = [await freePort(), await freePort()];
  const apis = prefixes.map((prefix, i) =>
    spawnMain('api', {
      DATABASE_URL: schemas[i]!.connectionString,
      DATABASE_SCHEMA: schemas[i]!.schema,
      REDIS_URL,
      QUEUE_PREFIX: prefix,
      HOST: '127.0.0.1',
      PORT: String(ports[i]),
      RUN_WORKER: 'true',
      DEMO_DATA: 'false',
      AUTH_DEV_SECRET: 'test-secret-that-is-long-enough-for-hs256-0123456789',
      LOG_LEVEL: 'silent',
    }),
  );
  await Promise.all(apis.map((api, i) => answering(api, ports[i]!)));

  // The reminder scheduler has started on each prefix (its epoch marker is written at start).
  const deadline = Date.now() + 20_000;
  let keys: string[][] = [[], []];
  while (Date.now() < deadline && keys.some((k) => k.length === 0)) {
    keys = await Promise.all(prefixes.map((prefix) => redis.keys(`${prefix}:*`)));
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(keys[0]!.length).toBeGreaterThan(0);
  expect(keys[1]!.length).toBeGreaterThan(0);
  expect(keys[0]!.every((key) => key.startsWith(`${prefixes[0]}:`))).toBe(true);

  for (const api of apis) api.child.kill('SIGTERM');
  const exits = await Promise.all(apis.map((api) => api.exited));
  expect(exits.map((exit) => exit.code)).toEqual([0, 0]);
});
