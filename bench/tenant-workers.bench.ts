/**
 * `npm run bench:tenant-workers`: what idle tenants cost a worker that serves them all (issue 22). On a
 * PostgreSQL and a Redis of its own (throwaway-servers.js: nothing else talks to them, so their
 * counters are this worker's alone), one worker serves first one tenant, then BENCH_TENANTS (default
 * 100) — each with a few people and uppdrag, its projections, reminders and witness running — and over
 * BENCH_IDLE_SECONDS (default 30) with no writes it measures: this process's CPU, the database
 * transactions and Redis commands it caused, and the connections it holds. The one-tenant figures of
 * the same run are the baseline (the cost of the worker itself); the difference divided by the other
 * tenants is what one idle tenant costs. Writes its section of docs/benchmarks.md.
 */
import { execSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { Client } from 'pg';
import { Redis } from 'ioredis';
import { loadConfig } from '../libs/config/src';
import { openEventStore } from '../libs/event-store/src';
import { TenantWorkers } from '../libs/runtime/src';
import { PostgresTenantDirectory, provisionTenant, type Tenant } from '../libs/tenancy/src';
import { person, uppdrag } from '../libs/reminders/test/support/reminder-log';
import { machineCpuSeconds, machineDescription, mb, writeBenchmarkSection } from './support/report';

const TENANTS = Number(process.env.BENCH_TENANTS ?? 100);
const IDLE_S = Number(process.env.BENCH_IDLE_SECONDS ?? 30);
/** BENCH_REDIS=false: reminders on timers in the process instead of BullMQ, to see what the queue costs. */
const WITH_REDIS = process.env.BENCH_REDIS !== 'false';
const SETTLE_MS = Number(process.env.BENCH_SETTLE_SECONDS ?? 15) * 1000;
/**
 * An idle tenant's reminders fall asleep this long after their last append or job (SleepingReminders;
 * 5 min in production): shorter than the settling, so that what is measured is tenants at rest.
 */
const SLEEP_AFTER_MS = Number(process.env.BENCH_SLEEP_AFTER_SECONDS ?? 5) * 1000;

/** The heap in use after a full collection: what the process holds, without the garbage RSS also counts. */
const collect: () => void = (() => {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
})();
function heapInUse(): number {
  collect();
  collect();
  return process.memoryUsage().heapUsed;
}

interface Idle {
  tenants: number;
  cpuMsPerS: number;
  xactPerS: number;
  redisPerS: number;
  pgConnections: number;
  redisConnections: number;
  rssBytes: number;
  heapBytes: number;
  load: string;
}

async function servers(): Promise<{ database: string; redis: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [join(__dirname, '..', 'test', 'support', 'throwaway-servers.js'), String(process.pid), 'postgres,redis'],
    { stdio: ['ignore', 'pipe', 'inherit'], env: { ...process.env, NODE_OPTIONS: '' } },
  );
  const line = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.slice(0, out.indexOf('\n')));
    });
    child.once('exit', (code) => reject(new Error(`servers exited (${code})`)));
  });
  child.removeAllListeners('exit');
  const started = JSON.parse(line) as { database: string; redis: string };
  return { ...started, stop: () => child.kill('SIGTERM') };
}

/** Sockets this process holds to a port (from `ss`): its connections to that server. */
function socketsTo(port: string): number {
  const out = execSync(`ss -tnp state established '( dport = :${port} )'`).toString();
  return out.split('\n').filter((l) => l.includes(`pid=${process.pid},`)).length;
}

async function measureIdle(tenants: number, pg: Client, redis: Redis, urls: { pg: URL; redis: URL }) {
  const xacts = async () =>
    Number(
      (
        await pg.query<{ n: string }>(
          'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()',
        )
      ).rows[0].n,
    );
  const commands = async () => Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))![1]);
  const [x0, r0, c0, t0] = [await xacts(), await commands(), process.cpuUsage(), Date.now()];
  await new Promise((resolve) => setTimeout(resolve, IDLE_S * 1000));
  const c1 = process.cpuUsage(c0);
  const seconds = (Date.now() - t0) / 1000;
  // Less this measurement's own statements (one each before and after).
  const idle: Idle = {
    tenants,
    cpuMsPerS: (c1.user + c1.system) / 1000 / seconds,
    xactPerS: Math.max(0, (await xacts()) - x0 - 2) / seconds,
    redisPerS: Math.max(0, (await commands()) - r0 - 2) / seconds,
    pgConnections: socketsTo(urls.pg.port),
    redisConnections: socketsTo(urls.redis.port),
    rssBytes: process.memoryUsage().rss,
    heapBytes: heapInUse(),
    load: execSync('cat /proc/loadavg').toString().split(' ').slice(0, 3).join(' '),
  };
  console.log(JSON.stringify(idle));
  return idle;
}

async function main(): Promise<void> {
  const started = await servers();
  const urls = { pg: new URL(started.database), redis: new URL(started.redis) };
  const schema = 'plattform';
  const directory = await PostgresTenantDirectory.open(started.database, schema);
  const clock = () => new Date('2025-06-18T10:00:00Z');
  const provision = async (i: number) => {
    const tenantId = `kommun-${String(i).padStart(3, '0')}`;
    const tenant: Tenant = await provisionTenant(
      { directory, clock },
      {
        tenantId,
        namn: `Kommun ${i}`,
        kind: 'kommun',
        hosts: [`${tenantId}.bench.test`],
        serverUrl: started.database,
        organs: [{ organId: 'kf', namn: 'Kommunfullmäktige', kortnamn: 'KF', typ: 'kommunfullmaktige' }],
      },
      'bench',
    );
    const { store } = await openEventStore({
      kind: 'postgres',
      url: tenant.serverUrl as string,
      schema: tenant.schema,
    });
    await person(store, 'person-johan', ['officer'], 'kf');
    for (let u = 0; u < 5; u++)
      await uppdrag(store, `u-${u}`, { ansvarig: 'person-johan', riktasTill: ['kf'] });
    await store.close();
  };
  const config = loadConfig({
    PLATFORM_DATABASE_URL: started.database,
    DATABASE_URL: started.database,
    ...(WITH_REDIS ? { REDIS_URL: started.redis } : {}),
    WITNESS_DIR: mkdtempSync(join(tmpdir(), 'sparbar-bench-witness-')),
  });
  const pg = new Client({ connectionString: started.database });
  await pg.connect();
  const redis = new Redis(started.redis);
  const cpu0 = machineCpuSeconds();
  await provision(0);
  const worker = await new TenantWorkers({
    config,
    directory,
    reminderSleep: { sleepAfterMs: SLEEP_AFTER_MS },
    log: () => undefined,
  }).start();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const one = await measureIdle(worker.tenants.length, pg, redis, urls);

  const t0 = Date.now();
  for (let i = 1; i < TENANTS; i++) await provision(i);
  const provisionMs = (Date.now() - t0) / (TENANTS - 1);
  while (worker.tenants.length < TENANTS) await new Promise((resolve) => setTimeout(resolve, 500));
  const allServedS = (Date.now() - t0) / 1000;
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  const many = await measureIdle(worker.tenants.length, pg, redis, urls);
  const cpu1 = machineCpuSeconds();

  await worker.stop();
  await directory.close();
  await pg.end();
  redis.disconnect();
  started.stop();

  const per = (key: keyof Idle) =>
    ((many[key] as number) - (one[key] as number)) / Math.max(1, many.tenants - one.tenants);
  const row = (i: Idle) =>
    `| ${i.tenants} | ${i.cpuMsPerS.toFixed(1)} | ${i.xactPerS.toFixed(1)} | ${i.redisPerS.toFixed(1)} | ${i.pgConnections} | ${i.redisConnections} | ${mb(i.rssBytes)} | ${mb(i.heapBytes)} | ${i.load} |`;
  await writeBenchmarkSection(
    WITH_REDIS ? 'tenant-workers' : 'tenant-workers-no-redis',
    [
      WITH_REDIS
        ? '## Idle tenants in one worker (`npm run bench:tenant-workers`)'
        : '## Idle tenants in one worker, reminders without Redis (`BENCH_REDIS=false npm run bench:tenant-workers`)',
      '',
      machineDescription(),
      '',
      `One worker process (libs/runtime TenantWorkers) serving every tenant of the directory on a throwaway PostgreSQL and Redis of its own; each tenant has 5 uppdrag and runs its projections, reminders (${WITH_REDIS ? `BullMQ, its own prefix; asleep ${SLEEP_AFTER_MS / 1000} s after its last append or job` : 'timers in the process, no REDIS_URL'}) and witness. Measured over ${IDLE_S} s with no writes, ${SETTLE_MS / 1000} s after the last tenant started. CPU: this process (ms of CPU per second = thousandths of a core). Transactions and Redis commands: all the server counted (only this worker uses it). Connections: sockets this process holds.`,
      '',
      '| tenants served | CPU ms/s | PostgreSQL xact/s | Redis cmd/s | PostgreSQL connections | Redis connections | RSS | heap in use | load avg |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
      row(one),
      row(many),
      '',
      `Per idle tenant beyond the first: ${per('cpuMsPerS').toFixed(2)} ms CPU/s, ${per('xactPerS').toFixed(2)} xact/s, ${per('redisPerS').toFixed(2)} Redis cmd/s, ${per('redisConnections').toFixed(1)} Redis connections, ${Math.round(per('heapBytes') / 1024)} KB of heap in use after a collection (${Math.round(per('rssBytes') / 1024)} KB RSS, noisy: RSS counts garbage not yet collected). Provisioning (directory, schema, migrations, organ, 6 events) ${Math.round(provisionMs)} ms per tenant; all ${TENANTS} served ${allServedS.toFixed(0)} s after the second was provisioned. Whole machine CPU over the run: ${cpu0 !== undefined && cpu1 !== undefined ? `${(cpu1 - cpu0).toFixed(0)} s` : 'unknown'}.`,
    ].join('\n'),
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
