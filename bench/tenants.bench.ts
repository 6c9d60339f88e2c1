/**
 * `npm run bench:tenants`: many organisations in one installation (issue 22). BENCH_TENANTS tenants
 * (default 311: 21 the size of a region, the rest kommuner, in that proportion) with BENCH_YEARS years
 * of log each (default 5), on a PostgreSQL server of the benchmark's own (initdb in a temporary folder,
 * max_connections BENCH_PG_MAX_CONNECTIONS) and a Redis of its own, behind the real front (the API as a
 * child process with PLATFORM_DATABASE_URL, routing by host). Measures:
 *   - the time to provision one tenant (provisionTenant, every tenant in turn; and through the platform
 *     API into the full installation, BENCH_PROVISION_MORE more);
 *   - the main pages (period table, Mina uppdrag, Översikt, one uppdrag's history) under a paced load
 *     spread over every tenant's host, p50/p99, and the same pages at the same load against one kommun
 *     alone and one region alone in the same run: the ratio is the cost of the many;
 *   - RSS of the API and the worker processes; CPU of API + worker + PostgreSQL + Redis over
 *     BENCH_IDLE_SECONDS with every tenant idle.
 * Settings for the architecture under way (docs/tenancy.md): BENCH_RUN_WORKER (RUN_WORKER of the front,
 * default true: today each tenant's worker runs in its application there), BENCH_WORKER_PROCESS=1
 * starts apps/worker as its own process as well, BENCH_TENANT_APPS_MAX (default every tenant),
 * BENCH_API_ENV / BENCH_WORKER_ENV (`K=V,K=V`) pass further settings to either. BENCH_SECONDS, BENCH_RATE
 * (requests a second), BENCH_CLIENTS, BENCH_ROUNDS shape the load; BENCH_CASES (keys) runs only those
 * pages and then writes nothing to docs/benchmarks.md.
 */
import { type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { authSettingsFromEnv, issueDevToken } from '@sparbar/auth';
import { requestOnHost } from '../apps/api/test/support/tenant-hosts';
import { startOwnServers, type OwnServers } from './support/own-servers';
import { freePort, startApp, stopApp } from './support/processes';
import { memoryOf } from './support/proc-stats';
import { idleCost, provisionThroughApi, spreadAndAlone } from './support/tenant-measures';
import { benchTenants } from './support/tenant-shapes';
import { fillAll, provisionAll, type ProvisionedTenant } from './support/tenant-setup';
import { type Measured, writeTenantsReport } from './support/tenants-report';

const setting = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
const TENANTS = setting('BENCH_TENANTS', 311);
const YEARS = setting('BENCH_YEARS', 5);
const FIRST_YEAR = 2021;
const SAMPLE_YEAR = FIRST_YEAR + Math.floor((YEARS - 1) / 2);
const SECONDS = setting('BENCH_SECONDS', 10);
const RATE = setting('BENCH_RATE', 100);
const CLIENTS = setting('BENCH_CLIENTS', 50);
const ROUNDS = setting('BENCH_ROUNDS', 3);
const IDLE_SECONDS = setting('BENCH_IDLE_SECONDS', 30);
const APPS_MAX = setting('BENCH_TENANT_APPS_MAX', TENANTS);
// Today about 16 connections per open tenant with its worker (docs/tenancy.md), and the generator's.
const MAX_CONNECTIONS = setting(
  'BENCH_PG_MAX_CONNECTIONS',
  Math.min(1000, 60 + 20 * Math.min(APPS_MAX, TENANTS)),
);
const PROVISION_MORE = setting('BENCH_PROVISION_MORE', 5);
const RUN_WORKER = process.env.BENCH_RUN_WORKER ?? 'true';
const WORKER_PROCESS = /^(1|true)$/i.test(process.env.BENCH_WORKER_PROCESS ?? '');
const ONLY = process.env.BENCH_CASES?.split(',').filter(Boolean);
const DEV_SECRET = 'bench-secret-bench-secret-bench-secret!';
const PLATFORM_SECRET = 'bench-platform-secret-0123456789abcdef';

const pairs = (text = '') =>
  Object.fromEntries(
    text
      .split(',')
      .filter((p) => p.includes('='))
      .map((p) => [p.slice(0, p.indexOf('=')).trim(), p.slice(p.indexOf('=') + 1).trim()]),
  );

interface Page {
  key: string;
  name: string;
  path: (t: ProvisionedTenant) => string;
}

const PAGES: Page[] = [
  {
    key: 'table',
    name: 'period table (an organ, T1)',
    path: (t) => `/api/perioder/${SAMPLE_YEAR}-T1/uppdrag?organ=${t.sample.organ}`,
  },
  {
    key: 'mina',
    name: "Mina uppdrag (an officer's list)",
    path: (t) => `/api/uppdrag?ansvarig=${t.sample.ansvarig}&limit=500`,
  },
  {
    key: 'oversikt',
    name: 'Översikt: måluppfyllelse (an organ, T1)',
    path: (t) => `/api/perioder/${SAMPLE_YEAR}-T1/maluppfyllelse?organ=${t.sample.organ}`,
  },
  {
    key: 'history',
    name: "one uppdrag's history",
    path: (t) => `/api/uppdrag/${t.sample.uppdragId}/historik`,
  },
];

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-tenants-'));
  let servers: OwnServers | undefined;
  let api: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  // Interrupted (Ctrl-C): the API and worker would outlive the benchmark; its own servers stop by themselves.
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.once(signal, () => {
      api?.kill('SIGTERM');
      worker?.kill('SIGTERM');
      process.exit(130);
    });
  try {
    servers = await startOwnServers(MAX_CONNECTIONS);
    console.log(
      `own PostgreSQL ${servers.database} (max_connections ${MAX_CONNECTIONS}), Redis ${servers.redis}`,
    );
    const shapes = benchTenants(TENANTS, YEARS, FIRST_YEAR);
    const times = await provisionAll(servers.database, servers.database, shapes);
    console.log(`${TENANTS} tenants provisioned; generating ${YEARS} years of log each…`);
    const generationStarted = performance.now();
    const tenants = await fillAll(servers.database, shapes, times, SAMPLE_YEAR, 2);
    const generationSeconds = (performance.now() - generationStarted) / 1000;

    const port = await freePort();
    const common = {
      ...process.env,
      PLATFORM_DATABASE_URL: servers.database,
      PLATFORM_SECRET,
      DATABASE_URL: servers.database,
      DATABASE_SCHEMA: 'front',
      REDIS_URL: servers.redis,
      DATA_DIR: dataDir,
      AUTH_DEV_SECRET: DEV_SECRET,
      DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
    };
    api = await startApp(
      'api',
      {
        ...common,
        PORT: String(port),
        RUN_WORKER,
        TENANT_APPS_MAX: String(APPS_MAX),
        ...pairs(process.env.BENCH_API_ENV),
      },
      port,
    );
    if (WORKER_PROCESS) {
      const workerPort = await freePort();
      worker = await startApp(
        'worker',
        { ...common, WORKER_PORT: String(workerPort), ...pairs(process.env.BENCH_WORKER_ENV) },
        workerPort,
      );
    }
    const base = `http://127.0.0.1:${port}`;
    const auth = authSettingsFromEnv({ AUTH_DEV_SECRET: DEV_SECRET }, dataDir);
    // The development auditor (the seed gives every tenant one, with a mandate): may read every page.
    const auditor = { personId: 'person-revisor', roles: ['auditor' as const], organId: null };
    const tokens = new Map<string, string>();
    for (const t of tenants) tokens.set(t.tenantId, await issueDevToken(auth, auditor, '8h', t.tenantId));
    const target = (t: ProvisionedTenant, page: Page) => ({
      url: base + page.path(t),
      headers: {
        host: t.host,
        authorization: `Bearer ${tokens.get(t.tenantId)}`,
        'accept-encoding': 'gzip',
      },
    });

    // Every tenant opened and every page asked once (and checked) before anything is measured.
    const pages = PAGES.filter((p) => !ONLY || ONLY.includes(p.key));
    const firstAnswers: number[] = [];
    for (const t of tenants) {
      for (const page of pages) {
        const started = performance.now();
        const answer = await requestOnHost(base, t.host, 'GET', page.path(t), {
          token: tokens.get(t.tenantId),
        });
        if (page === pages[0]) firstAnswers.push(performance.now() - started);
        if (answer.status !== 200)
          throw new Error(`${t.tenantId} ${page.path(t)}: ${answer.status} ${answer.text}`);
      }
    }
    const memoryWarm = { api: memoryOf(api.pid), worker: memoryOf(worker?.pid) };

    const kommun = tenants.find((t) => t.kind === 'kommun') ?? tenants[0];
    const region = tenants.find((t) => t.kind === 'region') ?? tenants[0];
    const results: Measured[] = [];
    for (const page of pages) {
      const on = (group: readonly ProvisionedTenant[]) => group.map((t) => target(t, page));
      const load = { clients: CLIENTS, rate: RATE, seconds: SECONDS, rounds: ROUNDS };
      const measured = await spreadAndAlone(on(tenants), on([kommun]), on([region]), load, page.key);
      results.push({ key: page.key, name: page.name, ...measured });
    }
    const memoryLoaded = { api: memoryOf(api.pid), worker: memoryOf(worker?.pid) };

    // Idle: nothing asked of any tenant, 5 s after the load; what the installation costs by itself.
    await new Promise((r) => setTimeout(r, 5_000));
    const idle = await idleCost(
      { api: api.pid, worker: worker?.pid, servers: servers.keeperPid },
      IDLE_SECONDS,
    );
    const provisionedViaApi = await provisionThroughApi(
      base,
      PLATFORM_SECRET,
      servers.database,
      PROVISION_MORE,
    );

    const loadAfter = loadavg()[0];
    const report = {
      tenants,
      generationSeconds,
      firstAnswers,
      results,
      memoryWarm,
      memoryLoaded,
      idle: idle.bySource,
      idleSeconds: IDLE_SECONDS,
      machineIdle: idle.machine,
      provisionedViaApi,
      loadBefore,
      loadAfter,
      settings: {
        years: YEARS,
        sampleYear: SAMPLE_YEAR,
        seconds: SECONDS,
        rate: RATE,
        clients: CLIENTS,
        rounds: ROUNDS,
        appsMax: APPS_MAX,
        maxConnections: MAX_CONNECTIONS,
        runWorker: RUN_WORKER,
        workerProcess: WORKER_PROCESS,
        kommun: kommun.tenantId,
        region: region.tenantId,
      },
    };
    console.log(JSON.stringify({ ...report, tenants: undefined }, null, 1));
    if (!ONLY) await writeTenantsReport(report);
  } finally {
    await stopApp(worker);
    await stopApp(api);
    await servers?.stop();
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
