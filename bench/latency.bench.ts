/**
 * `npm run bench:latency`: from a write to the reads showing it. The API and the worker run as
 * separate processes on a throwaway schema, as in production; 200 writers (each a client of its own)
 * report the status of their own uppdrag, month after month, with a random pause between reports.
 * After each answered report the writer polls the period table and Översikt's måluppfyllelse of that
 * month and organ until they show it. Two worker modes in alternating rounds of the same run: polling
 * only (WORKER_LISTEN=false, the baseline) and woken by PostgreSQL notifications (LISTEN/NOTIFY).
 * Writes its section of docs/benchmarks.md. BENCH_WRITERS, BENCH_WRITES (per writer and round),
 * BENCH_THINK_MS (mean pause) and BENCH_ROUNDS (per mode) scale it; BENCH_MODES=listen runs only the
 * woken worker and prints its figures without writing the section (to compare code against code).
 */
import { type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createTestSchema } from '../test/support/postgres';
import { freePort, startApp, stopApp } from './support/processes';
import { formatRate, machineDescription, writeBenchmarkSection } from './support/report';
import { type Sample, summarise, writeAndWatch } from './support/write-and-watch';

const WRITERS = Number(process.env.BENCH_WRITERS ?? 200);
const WRITES = Number(process.env.BENCH_WRITES ?? 3);
/**
 * A writer's mean pause before each report. 200 people reporting every 5 s is far more than a region
 * writes, and still leaves the reads room on a 2-core machine: every report changes the state of the
 * tables being watched, and each change is computed afresh on the next read.
 */
const THINK_MS = Number(process.env.BENCH_THINK_MS ?? 5_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 2);
const ALL_MODES = [
  { name: 'polling only (WORKER_LISTEN=false), baseline', listen: false },
  { name: 'woken by LISTEN/NOTIFY', listen: true },
] as const;
/** BENCH_MODES=listen measures only the woken worker (comparing code against code, not the modes). */
const MODES = process.env.BENCH_MODES === 'listen' ? ALL_MODES.filter((m) => m.listen) : ALL_MODES;
/** Months the uppdrag may be reported for: registered in January 2024, each month reported once. */
const MONTHS = Array.from({ length: 34 }, (_, i) => {
  const d = new Date(Date.UTC(2024, 1 + i, 1));
  return d.toISOString().slice(0, 7);
});

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function token(base: string, personId: string): Promise<string> {
  const answer = await fetch(`${base}/api/auth/dev-token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ personId }),
  });
  return (await json<{ token: string }>(answer)).token;
}

/** One uppdrag per writer, directed to one nämnd each (spread), ansvarig Johan, registered in 2024. */
async function registerUppdrag(
  base: string,
  organs: readonly string[],
): Promise<{ id: string; organ: string }[]> {
  const migrering = await token(base, 'person-migrering');
  const all = Array.from({ length: WRITERS }, (_, i) => ({
    id: `latens-${i}`,
    organ: organs[i % organs.length],
  }));
  for (let i = 0; i < all.length; i += 20) {
    await Promise.all(
      all.slice(i, i + 20).map(async ({ id, organ }) =>
        json(
          await fetch(`${base}/api/uppdrag`, {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${migrering}` },
            body: JSON.stringify({
              uppdragId: id,
              text: `Mäta tiden från rapport till tabell (${id})`,
              riktasTill: [organ],
              periodicitet: 'manad',
              slutdatum: '2027-12-31',
              ansvarigPersonId: 'person-johan',
              origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2024 },
              occurredAt: '2024-01-08T09:00:00+01:00',
            }),
          }),
        ),
      ),
    );
  }
  return all;
}

async function main(): Promise<void> {
  const [load1, load5] = loadavg();
  const memory = { total: totalmem(), free: freemem() };
  const schema = await createTestSchema('bench_latency');
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-latency-'));
  let api: ChildProcess | undefined;
  let worker: ChildProcess | undefined;
  try {
    const common = {
      ...process.env,
      DATABASE_URL: schema.connectionString,
      DATABASE_SCHEMA: schema.schema,
      DATA_DIR: dataDir,
      AUTH_DEV_SECRET: 'bench-secret-bench-secret-bench-secret!',
      LOG_LEVEL: 'warn',
      REDIS_URL: '',
    };
    const port = await freePort();
    const workerPort = await freePort();
    api = await startApp(
      'api',
      { ...common, RUN_WORKER: 'false', PORT: String(port), RATE_LIMIT_WRITES_PER_MINUTE: '10000000' },
      port,
    );
    const startWorker = async (listen: boolean) =>
      startApp(
        'worker',
        { ...common, WORKER_PORT: String(workerPort), WORKER_LISTEN: String(listen) },
        workerPort,
      );
    const base = `http://127.0.0.1:${port}`;
    worker = await startWorker(true);

    const johan = await token(base, 'person-johan');
    const organs = (
      await json<{ organId: string }[]>(
        await fetch(`${base}/api/organs`, { headers: { authorization: `Bearer ${johan}` } }),
      )
    )
      .map((o) => o.organId)
      .filter((id) => id !== 'regionfullmaktige');
    console.log(`registering ${WRITERS} uppdrag for ${organs.length} organs…`);
    const uppdrag = await registerUppdrag(base, organs);

    const samples = new Map<boolean, Sample[]>(MODES.map((m) => [m.listen, []]));
    let month = 0;
    for (let round = 0; round < ROUNDS; round++) {
      for (const mode of MODES) {
        await stopApp(worker);
        worker = await startWorker(mode.listen);
        const months = MONTHS.slice(month, month + WRITES + 1);
        month += WRITES + 1;
        if (months.length < WRITES + 1)
          throw new Error('not enough months left: fewer BENCH_WRITES or rounds');
        console.log(`round ${round + 1}, ${mode.name}: ${months[0]}–${months[months.length - 1]}`);
        const measured = await writeAndWatch({ base, token: johan, uppdrag, months, thinkMs: THINK_MS });
        samples.get(mode.listen)!.push(...measured);
      }
    }
    const results = MODES.map((m) => ({ ...m, ...summarise(samples.get(m.listen)!) }));
    for (const r of results) console.log(r.name, r);
    // One mode only: a comparison of code, printed, not the table of docs/benchmarks.md.
    if (results.length < 2) return;
    const [poll, listen] = results;

    const row = (r: (typeof results)[number]) =>
      `| ${r.name} | ${r.count} | ${r.errors} | ${r.write.p50} / ${r.write.p99} ms | ${r.table.p50} / ${r.table.p95} / ${r.table.p99} / ${r.table.max} ms | ${r.both.p50} / ${r.both.p95} / ${r.both.p99} / ${r.both.max} ms | ${r.both.p99 < 50 ? 'met' : 'not met'} |`;
    // Each pause gets a section of its own, so a run at another rate does not replace the default's.
    const pause = THINK_MS === 5_000 ? '' : `-${THINK_MS}`;
    await writeBenchmarkSection(
      `latency${pause}`,
      [
        `## From a write to the reads showing it (\`${pause ? `BENCH_THINK_MS=${THINK_MS} ` : ''}npm run bench:latency\`)`,
        '',
        machineDescription(),
        `${cpus().length} cores (nproc), ${Math.round(memory.total / 2 ** 30)} GiB memory (${Math.round(memory.free / 2 ** 30)} GiB free at the start); load average ${load1.toFixed(1)} (1 min) / ${load5.toFixed(1)} (5 min) at the start, ${loadavg()[0].toFixed(1)} at the end. Other work ran on this machine at the same time (other test runs), so absolute times are noisy; the ratio of the two modes, measured in alternating rounds of one run, is the result.`,
        '',
        `The API and the worker run as separate processes (PostgreSQL, a schema of their own; the benchmark, both processes and the database share the machine's cores). ${WRITERS} writers, each a client of its own with its own uppdrag (monthly, directed to one of ${organs.length} nämnder, so a month's period table of a nämnd has about ${Math.ceil(WRITERS / organs.length)} rows), report its status as the ansvarig officer (\`POST /api/uppdrag/:id/reports\`) for one month after another, pausing a random 0–${2 * THINK_MS} ms before each report (about ${formatRate((WRITERS * 1000) / (THINK_MS + 50))} reports a second in all). After each answer the writer waits for the period table of that month and nämnd (\`GET /api/perioder/:month/uppdrag?organ=…\`, until the uppdrag's row shows the report's kommentar) and Översikt's måluppfyllelse (\`GET /api/perioder/:month/maluppfyllelse?organ=…\`, until its state — the projection checkpoint its ETag names — is at least the one the table showed the report at). Each of those URLs is polled by one shared poller while anyone waits on it, every 5 ms after its last answer, with \`If-None-Match\` (an unchanged read model answers 304): one poller per writer would load the API more than the writes do. Times are from the answer to the report; the first report of each writer in a round is a warm-up and not counted. ${ROUNDS} rounds per mode, alternating (the worker restarted in the round's mode); ${WRITES} counted reports per writer and round.`,
        '',
        '| worker | reports | errors | report answered: p50 / p99 | period table shows it: p50 / p95 / p99 / max | table and Översikt show it: p50 / p95 / p99 / max | target p99 < 50 ms |',
        '|---|---:|---:|---:|---:|---:|---|',
        row(poll),
        row(listen),
        '',
        `LISTEN/NOTIFY against polling: p50 ${(listen.both.p50 / Math.max(1, poll.both.p50)).toFixed(2)}×, p99 ${(listen.both.p99 / Math.max(1, poll.both.p99)).toFixed(2)}× (table and Översikt). Polling waits up to the worker's idle interval (250 ms) after a write; a notification wakes it at once (appends are announced after their commit, at most two notifications under way per API process), and a poll every 5 s stays as the fallback.`,
      ].join('\n'),
    );
  } finally {
    await stopApp(worker);
    await stopApp(api);
    await schema.drop();
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
