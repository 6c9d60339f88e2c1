/**
 * `npm run bench:queries`: the period table, the as-of queries and the audit search under load, through
 * the real API (a child process, as in production) over a generated realistic log of ~1,000,000 events
 * with every projection caught up. autocannon drives 200 concurrent connections at each URL in turn.
 * Baseline in the same run: the API's liveness endpoint (no database) under the same load — the
 * floor this machine's HTTP stack and autocannon leave for any query. Beside each throughput, the API
 * process's CPU time per response in that run (from /proc): on a machine others share, the CPU a
 * response costs moves far less than the responses a second do. Writes its section of
 * docs/benchmarks.md. BENCH_EVENTS scales the log (BENCH_UPPDRAG_PER_YEAR the uppdrag in it),
 * BENCH_SECONDS the length of each run, BENCH_ROUNDS the paced rounds per rate; BENCH_CASES (keys,
 * comma-separated) runs only those cases beside the baseline, for iterating, and then writes nothing;
 * BENCH_API_PROFILE (a folder) has the API write a CPU profile there. BENCH_JSON (a file) keeps the
 * results; BENCH_BEFORE (such a file, from a run of an earlier commit just before this one) adds a
 * before/after table, each side as a ratio to its own run's liveness baseline. BENCH_KEEP_SCHEMA=1
 * keeps the generated database; BENCH_REUSE_SCHEMA=<its name> measures on it again without generating.
 */
import { type ChildProcess, execSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { WORKER_PROJECTIONS } from '../libs/runtime/src';
import { openProjectionEnvironment } from '../libs/projections/src/environment';
import { catchUpLive } from '../libs/projections/src/runner/catch-up';
import { appendLog, realisticLog } from '../libs/projections/test/support/realistic-log';
import { createTestSchema, TEST_DATABASE_URL } from '../test/support/postgres';
import { pacedLoad, type PacedLoadResult } from './support/paced-load';
import { stopApp } from './support/processes';
import { formatRate, machineDescription, writeBenchmarkSection } from './support/report';

const TARGET_EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const UPPDRAG_PER_YEAR = Number(process.env.BENCH_UPPDRAG_PER_YEAR ?? 1_000);
const ONLY = process.env.BENCH_CASES?.split(',').filter(Boolean);
const DURATION = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = 200;
/**
 * The offered loads of the paced runs: 200 clients sending 2.5 and 10 requests a second each. The
 * first is already far more than 200 people reading tables do; the second is about half of what the
 * period table manages saturated. Below saturation the latency measured is service time plus real
 * queueing, not a queue the load generator keeps full.
 */
const OFFERED_RATES = (process.env.BENCH_RATES ?? '500,2000').split(',').map(Number);
const PACED_ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ROOT = join(__dirname, '..');

interface Case {
  /** What BENCH_CASES names it by. */
  key: string;
  name: string;
  path: string;
  target?: string;
}

interface Measured extends Case {
  requestsPerSecond: number;
  /**
   * The API process's CPU time (user + system) per response in the saturated run, in µs: what a
   * response costs whatever else the shared machine runs (undefined where /proc is not there).
   */
  cpuMicrosPerResponse?: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  bytes: number;
  /** One client alone: the service time without queueing. */
  single: { p50: number; p99: number; requestsPerSecond: number };
  /** 200 clients at each of OFFERED_RATES requests a second in all (see support/paced-load.ts). */
  offered: (PacedLoadResult & { worstP99: number })[];
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

async function startApi(env: NodeJS.ProcessEnv, port: number): Promise<ChildProcess> {
  // BENCH_API_PROFILE=<folder>: the API writes a V8 CPU profile there when it stops.
  const profile = process.env.BENCH_API_PROFILE
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_API_PROFILE}`]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, '-r', '@swc-node/register', join(ROOT, 'apps/api/src/main.ts')],
    {
      cwd: ROOT,
      env: { ...env, NODE_OPTIONS: '' },
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
  // The API's organisation directory reads the whole log on its first request: minutes for a million events.
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${port}/health/ready`);
      if (response.ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the API did not become ready in 300 s');
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * After an overloaded round the API still works through the requests its clients gave up on: waits
 * until one request to the URL is answered within a second again (at most two minutes), so that
 * backlog is not measured as the next round's or the next URL's.
 */
async function settled(url: string, token: string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    const started = Date.now();
    await fetch(url, { headers: { authorization: `Bearer ${token}` } }).then(
      (r) => r.arrayBuffer(),
      () => undefined,
    );
    if (Date.now() - started < 1_000) return;
  }
}

/** CPU time a process has used so far (user + system), in ms, from /proc; undefined elsewhere. */
function cpuMillisOf(pid: number | undefined): number | undefined {
  try {
    // Fields after the command name (which may hold spaces, so split after its closing parenthesis):
    // utime and stime are the 12th and 13th, in clock ticks (100 a second on Linux).
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return undefined;
  }
}

async function load(base: string, token: string, c: Case, apiPid?: number): Promise<Measured> {
  // Warm up (plans, caches, JIT) before the measured run.
  await autocannon({
    url: base + c.path,
    connections: 20,
    duration: 2,
    headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
  });
  const cpuBefore = cpuMillisOf(apiPid);
  const r = await autocannon({
    url: base + c.path,
    connections: CONNECTIONS,
    duration: DURATION,
    headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
  });
  const cpuAfter = cpuMillisOf(apiPid);
  const cpuMicrosPerResponse =
    cpuBefore !== undefined && cpuAfter !== undefined && r.requests.total > 0
      ? ((cpuAfter - cpuBefore) * 1000) / r.requests.total
      : undefined;
  const offered: Measured['offered'] = [];
  for (const rate of OFFERED_RATES) {
    // Three rounds, the median kept (by p99): one pause of the shared machine is a tail of its own.
    const rounds: PacedLoadResult[] = [];
    for (let round = 0; round < PACED_ROUNDS; round++) {
      rounds.push(
        await pacedLoad({
          url: base + c.path,
          headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
          clients: CONNECTIONS,
          rate,
          seconds: DURATION,
        }),
      );
      if (rounds[rounds.length - 1].unanswered > 0) await settled(base + c.path, token);
    }
    rounds.sort((a, b) => a.p99 - b.p99);
    offered.push({ ...rounds[Math.floor(rounds.length / 2)], worstP99: rounds[rounds.length - 1].p99 });
  }
  const one = await autocannon({
    url: base + c.path,
    connections: 1,
    duration: Math.max(3, Math.round(DURATION / 2)),
    headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
  });
  return {
    ...c,
    single: { p50: one.latency.p50, p99: one.latency.p99, requestsPerSecond: one.requests.average },
    offered,
    requestsPerSecond: r.requests.average,
    cpuMicrosPerResponse,
    p50: r.latency.p50,
    p90: r.latency.p90,
    p99: r.latency.p99,
    max: r.latency.max,
    non2xx: r.non2xx,
    errors: r.errors,
    bytes: r.throughput.total / Math.max(1, r.requests.total),
  };
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  // BENCH_REUSE_SCHEMA: the log and read models a run with BENCH_KEEP_SCHEMA left (a before/after pair
  // measured on the same data, without generating it twice); kept, never dropped.
  const reuse = process.env.BENCH_REUSE_SCHEMA;
  const schema = reuse
    ? { connectionString: TEST_DATABASE_URL, schema: reuse, drop: async () => undefined }
    : await createTestSchema('bench_queries');
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-queries-'));
  let api: ChildProcess | undefined;
  try {
    const settings = { kind: 'postgres' as const, url: schema.connectionString, schema: schema.schema };
    const env = await openProjectionEnvironment(settings);
    const delmalPerYear = Math.max(1, Math.round((TARGET_EVENTS / 5 - UPPDRAG_PER_YEAR * 11.3) / 72.6));
    let events: number;
    if (reuse) {
      // Positions are not a count (they leave gaps); the audit trail has a row per event it has read.
      const [{ n }] = await env.db.query<{ n: string }>('SELECT count(*) AS n FROM audit_log');
      events = Number(n);
      console.log(`reusing ${reuse}: ${events} events`);
    } else {
      console.log(`generating ~${TARGET_EVENTS} events…`);
      events = await appendLog(
        env.store,
        realisticLog({
          firstYear: 2021,
          years: 5,
          uppdragPerYear: UPPDRAG_PER_YEAR,
          delmalPerYear,
          indikatorerPerDelmal: 5,
        }),
        { writers: 8 },
      );
      const end = await env.store.headPosition();
      console.log(`${events} events; projecting…`);
      await catchUpLive(env, WORKER_PROJECTIONS, { until: end, batchSize: 10_000 });
    }
    // Settled as a database is some time after a bulk load: autovacuum would otherwise visit the new
    // tables in the middle of a measured run (seen as one case's p99 five times another's).
    await env.db.query('VACUUM (ANALYZE)');
    const [sample] = await env.db.query<{ uppdrag_id: string; n: string; ansvarig: string; mine: string }>(
      `SELECT uppdrag_id, ansvarig_person_id AS ansvarig,
              (SELECT count(*) FROM uppdrag_now WHERE riktas_till @> ARRAY['hsn']) AS n,
              (SELECT count(*) FROM uppdrag_now m WHERE m.ansvarig_person_id = u.ansvarig_person_id) AS mine
         FROM uppdrag_now u WHERE plan_year = 2023 AND riktas_till @> ARRAY['hsn'] ORDER BY uppdrag_id LIMIT 1`,
    );

    const port = await freePort();
    api = await startApi(
      {
        ...process.env,
        DATABASE_URL: schema.connectionString,
        DATABASE_SCHEMA: schema.schema,
        RUN_WORKER: 'false',
        // The development seed registers the people who may sign in (the revisor below); no worker runs:
        // the benchmark applies those events to the read models itself once the API is up (below).
        DEMO_DATA: 'false',
        DATA_DIR: dataDir,
        AUTH_DEV_SECRET: 'bench-secret-bench-secret-bench-secret!',
        LOG_LEVEL: 'warn',
        PORT: String(port),
      },
      port,
    );
    const base = `http://127.0.0.1:${port}`;
    const signIn = await fetch(`${base}/api/auth/dev-token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ personId: 'person-revisor' }),
    });
    const { token } = (await signIn.json()) as { token: string };
    // The read models apply the few events the API appended as it started (its development people), as
    // the worker would: every projection has then applied the whole log, as in a quiet hour of production.
    await catchUpLive(env, WORKER_PROJECTIONS, { until: await env.store.headPosition(), batchSize: 10_000 });
    await env.close();

    const allCases: Case[] = [
      { key: 'liveness', name: 'baseline: liveness (no database)', path: '/health/live' },
      {
        key: 'table',
        name: 'period table, HSN, T1 2023',
        path: '/api/perioder/2023-T1/uppdrag?organ=hsn',
        target: 'p99 < 20 ms',
      },
      {
        key: 'table-as-of',
        name: 'period table as of 30 April 2023',
        path: '/api/perioder/2023-T1/uppdrag?organ=hsn&asOf=2023-04-30',
        target: 'p99 < 20 ms',
      },
      {
        key: 'uppdrag-as-of',
        name: 'one uppdrag as of 30 April 2023',
        path: `/api/uppdrag/${sample.uppdrag_id}/per?asOf=2023-04-30`,
        target: 'p99 < 20 ms',
      },
      {
        key: 'audit',
        name: 'audit search: HSN, May 2023, 50 newest',
        path: '/api/granskning/handelser?organ=hsn&from=2023-05-01&to=2023-05-31&limit=50',
        target: 'p99 < 20 ms',
      },
      // Mina uppdrag (apps/web/src/pages/mina-uppdrag.tsx): an officer's list, or a secretary's organ's,
      // then the aging list and the organ's måluppfyllelse.
      {
        key: 'mina-officer',
        name: `Mina uppdrag: an officer's list (${sample.mine} uppdrag)`,
        path: `/api/uppdrag?ansvarig=${sample.ansvarig}&limit=500`,
        target: 'p99 < 20 ms',
      },
      {
        key: 'mina-organ',
        name: "Mina uppdrag: a secretary's list, HSN (500 of them)",
        path: '/api/uppdrag?organ=hsn&limit=500',
        target: 'p99 < 20 ms',
      },
      {
        key: 'aging',
        name: 'Mina uppdrag: aging, HSN',
        path: '/api/uppfoljning/aldrande?organ=hsn',
        target: 'p99 < 20 ms',
      },
      // Översikt (apps/web/src/pages/oversikt.tsx, oversikt-charts.tsx): måluppfyllelse per period and
      // organ, the period table of this period and the one before (the first case), the latest uppdrag.
      {
        key: 'maluppfyllelse',
        name: 'Översikt: måluppfyllelse, HSN, T1 2023',
        path: '/api/perioder/2023-T1/maluppfyllelse?organ=hsn',
        target: 'p99 < 20 ms',
      },
      {
        key: 'latest',
        name: 'Översikt: the 500 latest uppdrag',
        path: '/api/uppdrag?limit=500',
        target: 'p99 < 20 ms',
      },
      {
        key: 'history',
        name: "one uppdrag's history",
        path: `/api/uppdrag/${sample.uppdrag_id}/historik`,
        target: 'p99 < 20 ms',
      },
    ];
    const cases = allCases.filter((c) => c.key === 'liveness' || !ONLY || ONLY.includes(c.key));
    for (const c of cases) {
      const check = await fetch(base + c.path, {
        headers: { authorization: `Bearer ${token}`, 'accept-encoding': 'gzip' },
      });
      if (!check.ok) throw new Error(`${c.path}: ${check.status} ${await check.text()}`);
    }
    const results: Measured[] = [];
    for (const c of cases) {
      console.log(`load: ${c.name}`);
      results.push(await load(base, token, c, api.pid));
      console.log(results[results.length - 1]);
    }
    const baseline = results[0];
    const loadAfter = loadavg()[0];
    if (process.env.BENCH_JSON)
      writeFileSync(
        process.env.BENCH_JSON,
        JSON.stringify(
          { commit: process.env.BENCH_COMMIT ?? commitOf(), loadBefore, loadAfter, events, results },
          null,
          1,
        ),
      );
    const before =
      process.env.BENCH_BEFORE && existsSync(process.env.BENCH_BEFORE)
        ? (JSON.parse(readFileSync(process.env.BENCH_BEFORE, 'utf8')) as EarlierRun)
        : undefined;
    if (ONLY) {
      console.table(
        results.map((r) => ({
          case: r.key,
          'saturated req/s': Math.round(r.requestsPerSecond),
          'ratio to liveness': (r.requestsPerSecond / baseline.requestsPerSecond).toFixed(2),
          'API CPU µs/response': r.cpuMicrosPerResponse?.toFixed(0) ?? '—',
          'liveness CPU / CPU': cpuRatio(baseline, r),
          'sat p99': r.p99,
          ...Object.fromEntries(
            r.offered.map((o, i) => [`paced ${OFFERED_RATES[i]} p99`, `${o.unanswered ? '≥ ' : ''}${o.p99}`]),
          ),
          bytes: Math.round(r.bytes),
        })),
      );
      return;
    }
    await writeBenchmarkSection(
      'queries',
      [
        '## Read models under load (`npm run bench:queries`)',
        '',
        machineDescription(),
        `Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${loadAfter.toFixed(1)} at the end.`,
        '',
        `Log: ${formatRate(events)} generated events (${UPPDRAG_PER_YEAR} uppdrag a year for 5 plan years, ${delmalPerYear} delmål a year with 5 indikatorer), every projection the worker runs caught up. HSN is directed ${sample.n} uppdrag over the five years. The API runs as its own process (PostgreSQL, no worker); autocannon (in the benchmark process, on the same 2 cores) holds ${CONNECTIONS} connections open for ${DURATION} s per URL after a 2 s warm-up, each request with a revisor's bearer token and \`Accept-Encoding: gzip\`, as a browser sends (bytes/response are as sent). Baseline: the liveness endpoint under the same load, which touches no database — the floor of this machine's HTTP stack.`,
        '',
        `Loads per URL. **Saturated** (autocannon): ${CONNECTIONS} connections, each sending its next request as soon as the last is answered, for ${DURATION} s — the throughput. **Paced at ${OFFERED_RATES.map(formatRate).join(' and ')} req/s** (\`bench/support/paced-load.ts\`): ${CONNECTIONS} clients, each on its own keep-alive connection, sending that many requests a second in all (${OFFERED_RATES.map((r) => r / CONNECTIONS).join(' and ')} per client), evenly spread, for ${DURATION} s, each latency counted from when the request was due, so a client still waiting for its previous answer counts against the server — the latency a user waits under heavy use short of overload. ${PACED_ROUNDS} rounds per rate; the round with the median p99 is shown, with the worst round's p99 beside it. The database was vacuumed and analysed after the load, before any run. autocannon's own rate option is not used for this: it releases every client's quota at the start of each second (one burst a second), and its coordinated-omission correction assumes a 1 ms interval at these rates. The target (p99 under 20 ms at ${CONNECTIONS} clients) is judged on each load.`,
        '',
        `| query | 1 client: p50 / p99 | saturated: req/s | p50 | p99 | max | ${OFFERED_RATES.map((r) => `paced ${formatRate(r)} req/s: p50 / p99 / max`).join(' | ')} | errors | bytes/response | saturated req/s / baseline req/s | API CPU per response: µs / baseline's over it | saturated p99 / baseline p99 | target p99 < 20 ms: saturated / ${OFFERED_RATES.map(formatRate).join(' / ')} |`,
        `|---|---|---:|---:|---:|---:|${OFFERED_RATES.map(() => '---:|').join('')}---:|---:|---:|---:|---:|---|`,
        ...results.map(
          (r) =>
            `| ${r.name} (\`${r.path.replace(sample.uppdrag_id, ':id').replace(sample.ansvarig, ':person')}\`) | ${r.single.p50} / ${r.single.p99} ms | ${formatRate(r.requestsPerSecond)} | ${r.p50} ms | ${r.p99} ms | ${r.max} ms | ${r.offered.map((o) => (o.unanswered > 0 ? `overloaded: ${o.unanswered} of ${o.requests} unanswered 10 s after the last was due; p99 ≥ ${o.p99} ms` : `${o.p50} / ${o.p99} / ${o.max} ms (worst p99 ${o.worstP99})`)).join(' | ')} | ${r.non2xx + r.errors + r.offered.reduce((n, o) => n + o.errors, 0)} | ${formatRate(r.bytes)} | ${(r.requestsPerSecond / baseline.requestsPerSecond).toFixed(2)} | ${r.cpuMicrosPerResponse?.toFixed(0) ?? '—'} / ${cpuRatio(baseline, r)} | ${(r.p99 / Math.max(1, baseline.p99)).toFixed(1)} | ${r.target ? [r.p99, ...r.offered.map((o) => o.p99)].map((p99) => (p99 < 20 ? 'met' : 'not met')).join(' / ') : '—'} |`,
        ),
        '',
        ...(before ? compared(before, results) : []),
        `Saturated, latency is queueing: p50 ≈ ${CONNECTIONS} / throughput, so a p99 under 20 ms with ${CONNECTIONS} always-busy connections needs about ${formatRate((CONNECTIONS / 20) * 1000)} responses a second — more than this machine's HTTP stack gives even the liveness endpoint, which touches no database.`,
      ].join('\n'),
    );
  } finally {
    await stopApp(api);
    if (process.env.BENCH_KEEP_SCHEMA) console.log(`kept schema ${schema.schema}`);
    else await schema.drop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

interface EarlierRun {
  commit: string;
  loadBefore: number;
  loadAfter: number;
  events: number;
  results: Measured[];
}

function commitOf(): string {
  try {
    return execSync('git rev-parse --short HEAD', { stdio: ['ignore', 'pipe', 'ignore'] })
      .toString()
      .trim();
  } catch {
    return 'unknown';
  }
}

/**
 * The liveness baseline's API CPU per response over this case's: the share of the liveness rate the
 * case could reach were the API's CPU all that limited it. Unlike the throughputs it hardly moves with
 * what else the shared machine runs.
 */
function cpuRatio(baseline: Measured, r: Measured): string {
  return baseline.cpuMicrosPerResponse && r.cpuMicrosPerResponse
    ? (baseline.cpuMicrosPerResponse / r.cpuMicrosPerResponse).toFixed(2)
    : '—';
}

/** The before/after table: each case's saturated throughput over its run's liveness, and the paced p99s. */
function compared(before: EarlierRun, after: Measured[]): string[] {
  const ratio = (r: Measured, all: Measured[]) => (r.requestsPerSecond / all[0].requestsPerSecond).toFixed(2);
  const paced = (r: Measured | undefined) =>
    r ? r.offered.map((o) => (o.unanswered > 0 ? `≥ ${o.p99} (overloaded)` : `${o.p99}`)).join(' / ') : '—';
  return [
    `**Before and after.** Before: commit ${before.commit}, measured just before on the same machine (${formatRate(before.events)} events, load average ${before.loadBefore.toFixed(1)} → ${before.loadAfter.toFixed(1)}); after: this run. Saturated throughput as a ratio to the liveness baseline of the same run; paced p99 in ms at ${OFFERED_RATES.map(formatRate).join(' / ')} req/s.`,
    '',
    '| query | before: saturated / liveness | after: saturated / liveness | before: API CPU µs/response (liveness / it) | after: API CPU µs/response (liveness / it) | before: paced p99 | after: paced p99 | before: bytes | after: bytes |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...after.map((r) => {
      const b = before.results.find((x) => x.key === r.key);
      const cpu = (m: Measured | undefined, all: Measured[]) =>
        m?.cpuMicrosPerResponse ? `${m.cpuMicrosPerResponse.toFixed(0)} (${cpuRatio(all[0], m)})` : '—';
      return `| ${r.name} | ${b ? ratio(b, before.results) : '—'} | ${ratio(r, after)} | ${cpu(b, before.results)} | ${cpu(r, after)} | ${paced(b)} | ${paced(r)} | ${b ? formatRate(b.bytes) : '—'} | ${formatRate(r.bytes)} |`;
    }),
    '',
  ];
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
