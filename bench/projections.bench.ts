/**
 * `npm run bench:projections`: rebuild throughput of all projections over a generated
 * realistic log (default 1,000,000 events: 1,000 uppdrag a year for 5 plan years with monthly and
 * tertial reports, delmål with indikatorer), with RSS sampled during the rebuild. Beside it, in the same
 * run, the baseline: reading the same log with readAll and applying nothing. Writes its section of
 * docs/benchmarks.md. BENCH_EVENTS scales the log; BENCH_EMBEDDED=1 adds a run on file-backed PGlite;
 * BENCH_ACCOUNT=1 adds the CPU account per projection on PostgreSQL (support/projection-account.ts).
 *
 * Run as `npm run bench:projections` (`node --max-semi-space-size=128 …`): a larger
 * young generation cuts the garbage collector's share of a rebuild (128 MB: 43 s against 50 s with 64 MB).
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { type EventStoreSettings } from '../libs/event-store/src';
import { AUDIT_PROJECTIONS } from '../libs/audit/src/projections';
import { PROJECTIONS as READ_MODELS } from '../libs/projections/src/catalogue';
import { checksum } from '../libs/projections/src/checksum';
import { openProjectionEnvironment, type ProjectionEnvironment } from '../libs/projections/src/environment';
import { catchUpLive } from '../libs/projections/src/runner/catch-up';
import { rebuild } from '../libs/projections/src/runner/rebuild';
import { appendLog, realisticLog } from '../libs/projections/test/support/realistic-log';
import { accountLines, accountPerProjection, type AccountRow } from './support/projection-account';
import { createTestSchema } from '../test/support/postgres';
import {
  formatRate,
  machineCpuSeconds,
  machineDescription,
  mb,
  writeBenchmarkSection,
} from './support/report';

/** Everything the worker runs: the read models and the audit trail (chain and log). */
const PROJECTIONS = [...READ_MODELS, ...AUDIT_PROJECTIONS];
const TARGET_EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 10_000);
const YEARS = 5;
const UPPDRAG_PER_YEAR = 1_000;
const INDIKATORER = 5;
/** Measured from the generator: ~11.3 events per uppdrag life, ~72.6 per delmål with 5 indikatorer. */
const delmalPerYearFor = (events: number) =>
  Math.max(1, Math.round((events / YEARS - UPPDRAG_PER_YEAR * 11.3) / 72.6));
const delmalPerYear = delmalPerYearFor(TARGET_EVENTS);
/** PGlite appends at about half PostgreSQL's rate and holds its data in this process: a smaller log. */
const EMBEDDED_EVENTS = Number(process.env.BENCH_EMBEDDED_EVENTS ?? 200_000);

/** Rebuilds per store, each after its own baseline read; the median is reported. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);

type Round = { baselineSeconds: number } & Awaited<ReturnType<typeof timedRebuild>>;

interface Run {
  store: string;
  events: number;
  appendSeconds: number;
  roundSeconds: number[];
  sameDigests: boolean;
  baselineSeconds: number;
  rebuildSeconds: number;
  loadSeconds: number;
  indexSeconds: number;
  rssBefore: number;
  rssMax: number;
  rssAt: Record<number, number>;
  checksums: string[];
  checksumSeconds: number;
  /** CPU seconds of the rebuild: the whole machine (this process and the server), and this process. */
  machineCpu: number | undefined;
  nodeCpu: number;
  /** CPU seconds of every process of the PostgreSQL server (see `serverCpuSeconds`); undefined embedded. */
  serverCpu: number | undefined;
  /** With BENCH_ACCOUNT=1 on PostgreSQL: each projection rebuilt alone (see projection-account.ts). */
  account?: AccountRow[];
}

/** utime, stime, cutime, cstime and the parent of a process, from /proc; undefined if it is gone. */
function procStat(pid: number): { ppid: number; own: number; children: number } | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    const n = (i: number) => Number(fields[i - 3]);
    return { ppid: n(4), own: (n(14) + n(15)) / 100, children: (n(16) + n(17)) / 100 };
  } catch {
    return undefined;
  }
}

/**
 * CPU seconds the PostgreSQL server has used so far: the postmaster and its live children, plus what
 * its exited children used (the postmaster reaps them). Counts every client of the server, so it is
 * this benchmark's own cost only on a server of its own; unlike the machine's total it leaves out
 * whatever else runs on a loaded machine. Undefined where the server is not a local process.
 */
async function serverCpuSeconds(env: ProjectionEnvironment): Promise<number | undefined> {
  if (env.db.kind !== 'postgres') return undefined;
  const [{ pid }] = await env.db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
  const postmaster = procStat(pid)?.ppid;
  const root = postmaster === undefined ? undefined : procStat(postmaster);
  if (postmaster === undefined || !root) return undefined;
  let total = root.own + root.children;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = procStat(Number(entry));
    if (stat?.ppid === postmaster) total += stat.own;
  }
  return total;
}

/**
 * Brings the database to rest before a round: the log just appended (and the previous round's tables)
 * vacuumed and analysed, dirty pages written. Otherwise autovacuum and the checkpointer do that setup's
 * work during the timed rebuild and the server's CPU count includes it; in production a rebuild reads a
 * log at rest.
 */
async function settle(env: ProjectionEnvironment): Promise<void> {
  if (env.db.kind !== 'postgres') return;
  const tables = await env.db.query<{ name: string }>(
    `SELECT quote_ident(tablename) AS name FROM pg_tables WHERE schemaname = current_schema()`,
  );
  await env.db.query(`VACUUM (ANALYZE) ${tables.map((t) => t.name).join(', ')}`);
  // Superuser only; a server shared with others keeps its own checkpoint schedule.
  await env.db.query('CHECKPOINT').catch(() => undefined);
}

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

async function measure(label: string, settings: EventStoreSettings, target: number): Promise<Run> {
  const env = await openProjectionEnvironment(settings);
  try {
    const delmal = delmalPerYearFor(target);
    console.log(`[${label}] generating ~${target} events (${delmal} delmål a year)…`);
    let t = process.hrtime.bigint();
    const shape = {
      firstYear: 2021,
      years: YEARS,
      uppdragPerYear: UPPDRAG_PER_YEAR,
      delmalPerYear: delmal,
      indikatorerPerDelmal: INDIKATORER,
    };
    const events = await appendLog(env.store, realisticLog(shape), { writers: 8 });
    const appendSeconds = seconds(t);
    console.log(`[${label}] appended ${events} events in ${appendSeconds.toFixed(1)} s`);
    // The live versions exist (empty) so the rebuild has something to replace, as in production.
    await catchUpLive(env, PROJECTIONS, { batchSize: BATCH }).catch(() => undefined);

    // Rounds take turns with their baseline, so a busy spell of the shared machine hits both; the
    // median round is reported, and every round's digests must be the same.
    const rounds: Round[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      await settle(env);
      t = process.hrtime.bigint();
      let read = 0;
      for (let after = 0; ;) {
        const batch = await env.store.readAll({ after, maxCount: BATCH });
        if (batch.length === 0) break;
        read += batch.length;
        after = batch[batch.length - 1].position;
      }
      const baselineSeconds = seconds(t);
      console.log(
        `[${label}] round ${round}: baseline read-all: ${read} events in ${baselineSeconds.toFixed(1)} s`,
      );
      rounds.push({ baselineSeconds, ...(await timedRebuild(env, events, label)) });
    }
    const median = [...rounds].sort((a, b) => a.rebuildSeconds - b.rebuildSeconds)[Math.floor(ROUNDS / 2)];
    const account =
      process.env.BENCH_ACCOUNT === '1' && env.db.kind === 'postgres'
        ? await accountPerProjection(env, PROJECTIONS, { events, batchSize: BATCH, settle, serverCpuSeconds })
        : undefined;
    return {
      account,
      store: label,
      events,
      appendSeconds,
      ...median,
      rssMax: Math.max(...rounds.map((r) => r.rssMax)),
      roundSeconds: rounds.map((r) => r.rebuildSeconds),
      sameDigests: rounds.every((r) => r.digests === rounds[0].digests),
    };
  } finally {
    await env.close();
  }
}

async function timedRebuild(env: ProjectionEnvironment, events: number, label: string) {
  global.gc?.();
  const rssBefore = process.memoryUsage.rss();
  let rssMax = rssBefore;
  let applied = 0;
  const rssAt: Record<number, number> = {};
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, process.memoryUsage.rss())), 50);
  const serverCpuBefore = await serverCpuSeconds(env);
  const machineCpuBefore = machineCpuSeconds();
  const nodeCpuBefore = process.cpuUsage();
  const t = process.hrtime.bigint();
  let loadSeconds = 0;
  let indexSeconds = 0;
  let indexStarted = 0;
  const end = await env.store.headPosition();
  await rebuild(env, PROJECTIONS, {
    until: end,
    batchSize: BATCH,
    onBatch: (b) => {
      applied += b.events;
      const rss = process.memoryUsage.rss();
      rssMax = Math.max(rssMax, rss);
      for (const q of [25, 50, 75, 100])
        if (rssAt[q] === undefined && applied >= (events * q) / 100) rssAt[q] = rss;
    },
    onPhase: (phase) => {
      if (phase === 'loaded' && !loadSeconds) {
        loadSeconds = seconds(t);
        indexStarted = loadSeconds;
      }
      if (phase === 'indexed') indexSeconds = seconds(t) - indexStarted;
    },
  });
  const rebuildSeconds = seconds(t);
  const machineCpuAfter = machineCpuSeconds();
  const nodeCpuUsed = process.cpuUsage(nodeCpuBefore);
  const serverCpuAfter = await serverCpuSeconds(env);
  clearInterval(sampler);
  console.log(
    `[${label}] rebuild: ${applied} events in ${rebuildSeconds.toFixed(1)} s, RSS max ${mb(rssMax)}`,
  );
  const c = process.hrtime.bigint();
  const checksums: string[] = [];
  const digests: string[] = [];
  for (const projection of PROJECTIONS) {
    const sum = await checksum(env.db, projection);
    checksums.push(`${sum.projection} v${sum.version}: ${sum.rows} rows, sha256 ${sum.sha256.slice(0, 16)}…`);
    digests.push(sum.sha256);
  }
  return {
    rebuildSeconds,
    loadSeconds,
    indexSeconds,
    rssBefore,
    rssMax,
    rssAt,
    checksums,
    digests: digests.join(' '),
    checksumSeconds: seconds(c),
    machineCpu:
      machineCpuBefore === undefined || machineCpuAfter === undefined
        ? undefined
        : machineCpuAfter - machineCpuBefore,
    nodeCpu: (nodeCpuUsed.user + nodeCpuUsed.system) / 1e6,
    serverCpu:
      serverCpuBefore === undefined || serverCpuAfter === undefined
        ? undefined
        : serverCpuAfter - serverCpuBefore,
  };
}

function row(r: Run): string {
  const rate = r.events / r.rebuildSeconds;
  const baseline = r.events / r.baselineSeconds;
  const rss = [25, 50, 75, 100].map((q) => mb(r.rssAt[q] ?? 0)).join(' / ');
  return `| ${r.store} | ${formatRate(r.events)} | ${formatRate(rate)} | ${formatRate(r.events / r.loadSeconds)} | ${formatRate(baseline)} | ${(rate / baseline).toFixed(2)} | ${r.rebuildSeconds.toFixed(1)} s (load ${r.loadSeconds.toFixed(1)}, indexes ${r.indexSeconds.toFixed(1)}) | ${mb(r.rssBefore)} | ${rss} | ${mb(r.rssMax)} |`;
}

/**
 * What the median rebuild cost in CPU, and the ceilings that follows from it on this machine: the whole
 * cost spread perfectly over every core, and this process's share, which runs on one thread.
 */
function cpuAccount(r: Run): string[] {
  if (r.machineCpu === undefined) return ['(No /proc/stat here: the CPU account is left out.)'];
  const cores = cpus().length;
  const perMillion = (cpu: number) => ((cpu * 1_000_000) / r.events).toFixed(0);
  return [
    ...(r.serverCpu === undefined
      ? []
      : [
          `CPU of the median rebuild counted by process (what a loaded machine does not blur): this process ${r.nodeCpu.toFixed(1)} + the PostgreSQL server ${r.serverCpu.toFixed(1)} = ${(r.nodeCpu + r.serverCpu).toFixed(1)} CPU-s, ${perMillion(r.nodeCpu + r.serverCpu)} per million events (the server's share is this benchmark's only on a server of its own).`,
          '',
        ]),
    `CPU of the median rebuild: ${r.machineCpu.toFixed(1)} CPU-s for the whole machine (${perMillion(r.machineCpu)} per million events), of which this process ${r.nodeCpu.toFixed(1)} (single-threaded JavaScript plus its helper threads) and the rest mostly the PostgreSQL server. Ceilings that follow: all of it spread perfectly over ${cores} cores, ${formatRate((r.events * cores) / r.machineCpu)} events/s; this process alone, on one thread, ${formatRate(r.events / r.nodeCpu)} events/s. 50 000 events/s needs at most ${((cores * r.events) / 50_000).toFixed(0)} machine CPU-s and ${(r.events / 50_000).toFixed(0)} s of this process for this log.`,
  ];
}

async function main(): Promise<void> {
  const loadBefore = loadavg()[0];
  const runs: Run[] = [];
  const schema = await createTestSchema('bench_projections');
  try {
    runs.push(
      await measure(
        'PostgreSQL',
        { kind: 'postgres', url: schema.connectionString, schema: schema.schema },
        TARGET_EVENTS,
      ),
    );
  } finally {
    await schema.drop();
  }
  if (process.env.BENCH_EMBEDDED === '1') {
    const dir = mkdtempSync(join(tmpdir(), 'bench-projections-'));
    try {
      runs.push(
        await measure('embedded (PGlite, file)', { kind: 'embedded', dataDir: dir }, EMBEDDED_EVENTS),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const pg = runs[0];
  const rate = pg.events / pg.rebuildSeconds;
  await writeBenchmarkSection(
    'projections',
    [
      '## Projection rebuild (`npm run bench:projections`)',
      '',
      machineDescription(),
      `Node flags: \`${process.execArgv.filter((a, i, all) => a !== '-r' && all[i - 1] !== '-r').join(' ') || '(none)'}\`. Load average (1 min) ${loadBefore.toFixed(1)} at the start, ${loadavg()[0].toFixed(1)} at the end (2 cores; other work was running on the machine).`,
      '',
      `Log: ${formatRate(pg.events)} events generated through the real deciders — ${UPPDRAG_PER_YEAR} uppdrag a year for ${YEARS} plan years (60 % monthly, 40 % tertial reports; some missing, corrected, extended, withdrawn; all closed), and ${delmalPerYear} delmål a year with ${INDIKATORER} indikatorer each (monthly utfall, tertial bedömning, corrections). Appended by 8 writers, one append per stream life, in ${pg.appendSeconds.toFixed(0)} s.`,
      '',
      `Rebuild = \`rebuild\` of every projection the worker runs (${PROJECTIONS.map((p) => p.name).join(', ')}) into new versions from position 0, one read of the log serving all, batches of ${BATCH} events, each projection's batch and checkpoint in its own transaction, the ${PROJECTIONS.length} side by side; then secondary indexes (in parallel), the switch and the drop of the old version. events/s counts the whole rebuild including indexes and switch; "load" only the batches. Baseline: \`readAll\` of the same log in batches of ${BATCH}, applying nothing, same process, just before each rebuild. ${ROUNDS} rounds of baseline + rebuild; the round with the median rebuild time is shown (all rounds: ${pg.roundSeconds.map((x) => `${x.toFixed(1)} s`).join(', ')}). Before each round the schema is vacuumed, analysed and checkpointed (outside the timing), so that autovacuum's work on the log just appended does not fall into the timed rebuild. RSS is the whole benchmark process (it also generated the log); RSS max is over all rounds.`,
      '',
      '| store | events | rebuild events/s | load events/s | baseline read-all events/s | rebuild / baseline | rebuild time | RSS before | RSS at 25 / 50 / 75 / 100 % | RSS max |',
      '|---|---:|---:|---:|---:|---:|---|---:|---|---:|',
      ...runs.map(row),
      '',
      ...(runs.length > 1
        ? [
            `The embedded run uses a smaller log (${formatRate(runs[1].events)} events, same shape with fewer delmål) because PGlite appends at about half the rate; its RSS includes PGlite's whole database, which lives in this process.`,
            '',
          ]
        : []),
      `Target ≥ 50 000 events/s on PostgreSQL: **${formatRate(rate)}** — ${rate >= 50_000 ? 'met' : 'not met'}.`,
      '',
      ...cpuAccount(pg),
      '',
      ...(pg.account
        ? [
            `CPU account per projection (\`BENCH_ACCOUNT=1\`), in CPU-s per million events: after the rounds, the log read once applying nothing, then each projection rebuilt alone (read, apply, indexes, switch), each after the same settling as a round. "Above reading the log" is what the projection itself costs; alone, each also pays for the read that the whole rebuild shares.`,
            '',
            ...accountLines(pg.account, pg.events),
            '',
          ]
        : []),
      `Checksums after the median round's rebuild (${pg.checksumSeconds.toFixed(1)} s): ${pg.checksums.join('; ')}. The ${ROUNDS} rebuilds gave ${pg.sameDigests ? 'the same digests for every projection' : '**different digests**'}.`,
    ].join('\n'),
  );
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
