/**
 * `npm run bench -- bench/idle-tenants.bench.ts`: what an installation of many idle organisations costs
 * (issue 22: "300 idle tenants must cost almost nothing"), for code trees side by side in one run. One
 * PostgreSQL (with pg_stat_statements) and one Redis of the benchmark's own hold BENCH_TENANTS tenants
 * (default 100, shaped as bench:tenants' with BENCH_YEARS years of log, default 1). Then, in
 * BENCH_ROUNDS rounds (default 2), for each tree of BENCH_TREES (`name=folder,…`, default this one
 * alone; e.g. `base=../wt-base,mine=.`) in turn: the API (RUN_WORKER=false, every tenant's application
 * opened by one request) and apps/worker as processes of their own from that tree, all tenants served
 * by the worker, BENCH_SETTLE_SECONDS (70: past the witness's first look) of rest, then over BENCH_IDLE_SECONDS (60) with nothing
 * asked: CPU of the API, the worker, PostgreSQL (all backends) and Redis, the statements PostgreSQL ran
 * (pg_stat_statements, the most frequent shown) and the Redis commands. Alternating the trees puts a
 * pause of the shared machine on both alike. BENCH_CPU_PROF=<rounds> also profiles the API and the worker in those
 * rounds (`node --cpu-prof`) and shows where their CPU went within the idle window. Writes no report section.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { Client } from 'pg';
import { authSettingsFromEnv, issueDevToken } from '@sparbar/auth';
import { loadConfig } from '@sparbar/config';
import { TenantWorkers } from '@sparbar/runtime';
import { PostgresTenantDirectory } from '@sparbar/tenancy';
import { requestOnHost } from '../apps/api/test/support/tenant-hosts';
import { profileWindow } from './support/cpu-profile-window';
import { startOwnServers } from './support/own-servers';
import { freePort, stopApp } from './support/processes';
import { cpuByThread } from './support/proc-stats';
import { idleCost } from './support/tenant-measures';
import { benchTenants } from './support/tenant-shapes';
import { fillAll, provisionAll } from './support/tenant-setup';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const TENANTS = setting('BENCH_TENANTS', 100);
const YEARS = setting('BENCH_YEARS', 1);
const ROUNDS = setting('BENCH_ROUNDS', 2);
const SETTLE_S = setting('BENCH_SETTLE_SECONDS', 70);
const IDLE_S = setting('BENCH_IDLE_SECONDS', 60);
/** The rounds whose processes are profiled (`1,2`); profiling costs CPU of its own. */
const PROFILE_ROUNDS = (process.env.BENCH_CPU_PROF ?? '').split(',').filter(Boolean).map(Number);
const TREES = (process.env.BENCH_TREES ?? `this=${join(__dirname, '..')}`).split(',').map((pair) => {
  const [name, folder] = pair.split('=');
  return { name, root: resolve(folder) };
});
const DEV_SECRET = 'bench-secret-bench-secret-bench-secret!';
const FIRST_YEAR = 2021;
/** The tenant leases' advisory lock namespace (libs/runtime tenant-leases.ts). */
const TENANT_LOCKS = 7246034;

interface Started {
  child: ChildProcess;
}

/** Voluntary context switches of a process's main thread so far: how often its event loop slept and woke. */
const wakeups = (pid: number | undefined) =>
  Number(/voluntary_ctxt_switches:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);

/** The monotonic clock a CPU profile's timestamps are on (V8's TimeTicks: CLOCK_MONOTONIC), in ms. */
const monotonicMs = () => Number(process.hrtime.bigint() / 1000n) / 1000;

/** `apps/<app>/src/main.ts` of the tree at `root`, ready once /health/ready on `port` answers. */
async function startFrom(
  root: string,
  app: 'api' | 'worker',
  env: NodeJS.ProcessEnv,
  port: number,
  profileDir?: string,
): Promise<Started> {
  const flags = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const child = spawn(process.execPath, [...flags, '-r', '@swc-node/register', `apps/${app}/src/main.ts`], {
    cwd: root,
    env: { ...env, NODE_OPTIONS: '' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the ${app} of ${root} exited while starting`);
    const ok = await fetch(`http://127.0.0.1:${port}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) return { child };
    if (Date.now() > deadline) throw new Error(`the ${app} of ${root} did not become ready in 120 s`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function until(what: string, ok: () => Promise<boolean>, seconds = 300): Promise<number> {
  const started = performance.now();
  while (!(await ok())) {
    if (performance.now() - started > seconds * 1000) throw new Error(`${what}: not within ${seconds} s`);
    await new Promise((r) => setTimeout(r, 500));
  }
  return (performance.now() - started) / 1000;
}

/**
 * Each tenant's reminders follow its whole log once and then fall asleep with a checkpoint (5 min
 * after the last append in apps/worker): done here once, in this process with a short rest, so that
 * every measured worker starts with every tenant asleep.
 */
async function restAll(env: NodeJS.ProcessEnv, openAll: (base: string) => Promise<void>): Promise<void> {
  // A tenant's application, opened the first time, may append (the development sign-in's people).
  const port = await freePort();
  const api = await startFrom(
    join(__dirname, '..'),
    'api',
    { ...env, PORT: String(port), RUN_WORKER: 'false' },
    port,
  );
  await openAll(`http://127.0.0.1:${port}`).finally(() => stopApp(api.child));
  // The witness's first look reads the whole chain; later ones only whether it moved.
  const config = loadConfig({ ...env, WITNESS_INTERVAL_SECONDS: '1' });
  if (!config.tenancy) throw new Error('PLATFORM_DATABASE_URL');
  const directory = await PostgresTenantDirectory.open(config.tenancy.directoryUrl, config.tenancy.schema);
  const workers = await new TenantWorkers({
    config,
    directory,
    reminderSleep: { sleepAfterMs: 2_000, lookMs: 2_000 },
    log: () => undefined,
  }).start();
  await until('every tenant served once', async () => workers.tenants.length >= TENANTS);
  await new Promise((r) => setTimeout(r, 45_000));
  await workers.stop();
  await directory.close();
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-idle-'));
  const servers = await startOwnServers(Math.max(200, 40 + 4 * TENANTS), [
    'shared_preload_libraries=pg_stat_statements',
    'pg_stat_statements.track=top',
  ]);
  const pg = new Client({ connectionString: servers.database, application_name: 'bench' });
  const redis = new Redis(servers.redis);
  const results: Record<string, unknown>[] = [];
  try {
    await pg.connect();
    await pg.query('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
    const shapes = benchTenants(TENANTS, YEARS, FIRST_YEAR);
    const times = await provisionAll(servers.database, servers.database, shapes);
    const tenants = await fillAll(servers.database, shapes, times, FIRST_YEAR, 2);
    const auth = authSettingsFromEnv({ AUTH_DEV_SECRET: DEV_SECRET }, dataDir);
    const auditor = { personId: 'person-revisor', roles: ['auditor' as const], organId: null };
    const common = {
      ...process.env,
      PLATFORM_DATABASE_URL: servers.database,
      PLATFORM_SECRET: 'bench-platform-secret-0123456789abcdef',
      DATABASE_URL: servers.database,
      DATABASE_SCHEMA: 'front',
      REDIS_URL: servers.redis,
      DATA_DIR: dataDir,
      AUTH_DEV_SECRET: DEV_SECRET,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
    };
    const openAll = async (base: string) => {
      for (const t of tenants) {
        const token = await issueDevToken(auth, auditor, '8h', t.tenantId);
        const answer = await requestOnHost(base, t.host, 'GET', `/api/uppdrag/${t.sample.uppdragId}`, {
          token,
        });
        if (answer.status !== 200) throw new Error(`${t.tenantId}: ${answer.status} ${answer.text}`);
      }
    };
    await restAll(common, openAll);
    const tenantLocks = async () =>
      Number(
        (
          await pg.query<{ n: string }>(
            `SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND classid = $1::int::oid`,
            [TENANT_LOCKS],
          )
        ).rows[0].n,
      );

    for (let round = 1; round <= ROUNDS; round++) {
      for (const tree of TREES) {
        const label = `${tree.name}#${round}`;
        const profileDir = PROFILE_ROUNDS.includes(round)
          ? mkdtempSync(join(tmpdir(), `bench-idle-prof-${tree.name}-`))
          : undefined;
        const port = await freePort();
        const workerPort = await freePort();
        const api = await startFrom(
          tree.root,
          'api',
          { ...common, PORT: String(port), RUN_WORKER: 'false', TENANT_APPS_MAX: String(TENANTS) },
          port,
          profileDir && join(profileDir, 'api'),
        );
        const worker = await startFrom(
          tree.root,
          'worker',
          { ...common, WORKER_PORT: String(workerPort) },
          workerPort,
          profileDir && join(profileDir, 'worker'),
        );
        try {
          await openAll(`http://127.0.0.1:${port}`);
          const servedIn = await until('every tenant served', async () => (await tenantLocks()) >= TENANTS);
          await new Promise((r) => setTimeout(r, SETTLE_S * 1000));
          await pg.query('SELECT pg_stat_statements_reset()');
          const xact = async () =>
            Number(
              (
                await pg.query<{ n: string }>(
                  'SELECT xact_commit + xact_rollback AS n FROM pg_stat_database WHERE datname = current_database()',
                )
              ).rows[0].n,
            );
          const redisCommands = async () =>
            Number(/total_commands_processed:(\d+)/.exec(await redis.info('stats'))?.[1] ?? 0);
          await redis.config('RESETSTAT');
          const [xactBefore, redisBefore] = [await xact(), await redisCommands()];
          const pct = (cpu = 0) => Math.round((cpu / IDLE_S) * 1000) / 10;
          const threadsBefore = { api: cpuByThread(api.child.pid), worker: cpuByThread(worker.child.pid) };
          const switchesBefore = { api: wakeups(api.child.pid), worker: wakeups(worker.child.pid) };
          const windowFrom = monotonicMs();
          const idle = await idleCost(
            { api: api.child.pid, worker: worker.child.pid, servers: servers.keeperPid },
            IDLE_S,
          );
          const windowTo = monotonicMs();
          const threadsAfter = { api: cpuByThread(api.child.pid), worker: cpuByThread(worker.child.pid) };
          const switchesAfter = { api: wakeups(api.child.pid), worker: wakeups(worker.child.pid) };
          const byThread = (app: 'api' | 'worker') =>
            Object.entries(threadsAfter[app])
              .map(([name, cpu]) => [name, cpu - (threadsBefore[app][name] ?? 0)] as const)
              .filter(([, cpu]) => cpu > 0)
              .map(([name, cpu]) => `${name} ${pct(cpu)}`)
              .join(', ');
          const [xactAfter, redisAfter] = [await xact(), await redisCommands()];
          const statements = (
            await pg.query<{ calls: string; query: string; ms: number }>(
              `SELECT calls, total_exec_time AS ms, regexp_replace(query, '\\s+', ' ', 'g') AS query
                 FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat_statements%' AND query NOT LIKE '%FROM pg_stat_database%'
                 ORDER BY calls DESC`,
            )
          ).rows;
          const calls = statements.reduce((sum, s) => sum + Number(s.calls), 0);
          const result = {
            tree: label,
            servedInSeconds: Math.round(servedIn),
            cpuPercentOfACore: {
              api: pct(idle.bySource.api),
              worker: pct(idle.bySource.worker),
              postgres: pct(idle.bySource.postgres),
              redis: pct(idle.bySource.redis),
              together: pct(
                (idle.bySource.api ?? 0) +
                  (idle.bySource.worker ?? 0) +
                  (idle.bySource.postgres ?? 0) +
                  (idle.bySource.redis ?? 0),
              ),
              machine: pct(idle.machine),
            },
            threads: { api: byThread('api'), worker: byThread('worker') },
            mainThreadWakeupsPerS: {
              api: Math.round((switchesAfter.api - switchesBefore.api) / IDLE_S),
              worker: Math.round((switchesAfter.worker - switchesBefore.worker) / IDLE_S),
            },
            statementsPerS: Math.round((calls / IDLE_S) * 10) / 10,
            xactPerS: Math.round(((xactAfter - xactBefore) / IDLE_S) * 10) / 10,
            redisCommandsPerS: Math.round(((redisAfter - redisBefore - 2) / IDLE_S) * 10) / 10,
            redisTop: [...(await redis.info('commandstats')).matchAll(/cmdstat_(\w+):calls=(\d+)/g)]
              .map(([, cmd, n]) => [cmd, Number(n)] as const)
              .sort((a, b) => b[1] - a[1])
              .slice(0, 8)
              .map(([cmd, n]) => `${(n / IDLE_S).toFixed(1)}/s ${cmd}`),
            topStatements: statements
              .slice(0, 12)
              .map((s) => `${(Number(s.calls) / IDLE_S).toFixed(2)}/s ${s.query.slice(0, 150)}`),
          };
          console.log(JSON.stringify(result, null, 1));
          results.push(result);
          if (profileDir) {
            await stopApp(worker.child);
            await stopApp(api.child);
            for (const app of ['api', 'worker']) {
              const dir = join(profileDir, app);
              for (const file of readdirSync(dir)) {
                const p = profileWindow(join(dir, file), windowFrom, windowTo);
                console.log(`${label} ${app}: ${Math.round(p.busyMs)} ms busy in the window`);
                console.log('  by function (self ms):');
                for (const [k, v] of p.bySelf) console.log(`    ${v.toFixed(0).padStart(6)} ${k}`);
                console.log('  by the project frame nearest the work (ms):');
                for (const [k, v] of p.byCaller) console.log(`    ${v.toFixed(0).padStart(6)} ${k}`);
              }
            }
            rmSync(profileDir, { recursive: true, force: true });
          }
        } finally {
          await stopApp(worker.child);
          await stopApp(api.child);
        }
      }
    }
    console.log('SUMMARY');
    for (const r of results)
      console.log(
        JSON.stringify({
          tree: r.tree,
          cpu: r.cpuPercentOfACore,
          statementsPerS: r.statementsPerS,
          xactPerS: r.xactPerS,
          redisPerS: r.redisCommandsPerS,
        }),
      );
  } finally {
    redis.disconnect();
    await pg.end().catch(() => undefined);
    await servers.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
