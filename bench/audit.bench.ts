/**
 * `npm run bench -- bench/audit.bench.ts`: throughput of the audit hash chain over a generated
 * realistic log (default ~200,000 events; BENCH_EVENTS scales it): building the chain (the
 * event_chain projection, rebuilt from position 0 by the runner), verifying it (recompute from the
 * log read through the store's readRange and compare with the stored chain), and, for scale, building the audit_log read model.
 * Beside them, in the same run: reading the log with readAll and applying nothing, and hashing the
 * events in memory alone. Writes its section of docs/benchmarks.md. Audit search under load is
 * measured elsewhere.
 */
import { type ProjectionEnvironment, openProjectionEnvironment } from '../libs/projections/src/environment';
import { ensureLive } from '../libs/projections/src/runner/versions';
import { rebuild } from '../libs/projections/src/runner/rebuild';
import { appendLog, realisticLog } from '../libs/projections/test/support/realistic-log';
import { eventChainProjection } from '../libs/audit/src/chain/event-chain.projection';
import { chainHash, GENESIS_HASH } from '../libs/audit/src/chain/hash';
import { verifyChain } from '../libs/audit/src/chain/verify';
import { auditLogProjection } from '../libs/audit/src/trail/audit-log.projection';
import { type Projection } from '../libs/projections/src/projection';
import { createTestSchema } from '../test/support/postgres';
import { formatRate, machineDescription, mb, writeBenchmarkSection } from './support/report';

const TARGET_EVENTS = Number(process.env.BENCH_EVENTS ?? 200_000);
const BATCH = Number(process.env.BENCH_BATCH ?? 5_000);
/** The runner's own read page (see pump.ts: larger pages get a worse plan). */
const READ_PAGE = 1_000;
const YEARS = 5;
const UPPDRAG_PER_YEAR = 1_000;
/** As in bench/projections.bench.ts: ~11.3 events per uppdrag life, ~72.6 per delmål with 5 indikatorer. */
const delmalPerYear = Math.max(1, Math.round((TARGET_EVENTS / YEARS - UPPDRAG_PER_YEAR * 11.3) / 72.6));

const seconds = (from: bigint) => Number(process.hrtime.bigint() - from) / 1e9;

interface Measured {
  what: string;
  seconds: number;
  rssMax: number;
}

/** Runs `work`, timing it and sampling the process's RSS meanwhile. */
async function measured(what: string, work: () => Promise<unknown>): Promise<Measured> {
  global.gc?.();
  let rssMax = process.memoryUsage.rss();
  const sampler = setInterval(() => (rssMax = Math.max(rssMax, process.memoryUsage.rss())), 50);
  const t = process.hrtime.bigint();
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  const result = { what, seconds: seconds(t), rssMax };
  console.log(`${what}: ${result.seconds.toFixed(1)} s, RSS max ${mb(rssMax)}`);
  return result;
}

async function readEverything(
  env: ProjectionEnvironment,
  onBatch?: (events: unknown[]) => void,
): Promise<number> {
  let read = 0;
  for (let after = 0; ;) {
    const batch = await env.store.readAll({ after, maxCount: READ_PAGE });
    if (batch.length === 0) return read;
    onBatch?.(batch);
    read += batch.length;
    after = batch[batch.length - 1].position;
  }
}

async function rebuilt(env: ProjectionEnvironment, projection: Projection) {
  await rebuild(env, [projection], { batchSize: BATCH });
}

async function main(): Promise<void> {
  const schema = await createTestSchema('bench_audit');
  const env = await openProjectionEnvironment({
    kind: 'postgres',
    url: schema.connectionString,
    schema: schema.schema,
  });
  try {
    const shape = {
      firstYear: 2021,
      years: YEARS,
      uppdragPerYear: UPPDRAG_PER_YEAR,
      delmalPerYear,
      indikatorerPerDelmal: 5,
    };
    console.log(`generating ~${TARGET_EVENTS} events…`);
    let t = process.hrtime.bigint();
    const events = await appendLog(env.store, realisticLog(shape), { writers: 8 });
    const appendSeconds = seconds(t);
    console.log(`appended ${events} events in ${appendSeconds.toFixed(1)} s`);

    // Empty live versions, as a deployment has, so that each rebuild has one to replace (not timed).
    for (const projection of [eventChainProjection, auditLogProjection]) await ensureLive(env.db, projection);
    const baseline = await measured('readAll, applying nothing', () => readEverything(env));
    let hash = GENESIS_HASH;
    const hashing = await measured('hashing in memory (read excluded)', async () => {
      const all: Parameters<typeof chainHash>[1][] = [];
      await readEverything(env, (batch) => all.push(...(batch as typeof all)));
      t = process.hrtime.bigint();
      for (const e of all) hash = chainHash(hash, e);
      return seconds(t);
    });
    const hashSeconds = seconds(t);
    const build = await measured('chain build (rebuild event_chain)', () =>
      rebuilt(env, eventChainProjection),
    );
    let report: Awaited<ReturnType<typeof verifyChain>> | undefined;
    const verify = await measured('verify', async () => (report = await verifyChain(env.db, env.store)));
    if (!report?.ok || report.checked !== events || report.head?.hash !== hash)
      throw new Error(`verify did not pass the whole log: ${JSON.stringify(report)}`);
    const trail = await measured('audit_log build (rebuild audit_log)', () =>
      rebuilt(env, auditLogProjection),
    );

    const row = (m: Measured, s = m.seconds) =>
      `| ${m.what} | ${formatRate(events / s)} | ${s.toFixed(1)} s | ${mb(m.rssMax)} |`;
    await writeBenchmarkSection(
      'audit',
      [
        '## Audit chain (`npm run bench -- bench/audit.bench.ts`)',
        '',
        machineDescription(),
        '',
        `Log: ${formatRate(events)} events generated through the real deciders (the same generator and mix as the projection benchmark: ${UPPDRAG_PER_YEAR} uppdrag a year for ${YEARS} plan years, ${delmalPerYear} delmål a year with 5 indikatorer), appended by 8 writers in ${appendSeconds.toFixed(0)} s, on PostgreSQL.`,
        '',
        `Chain build = \`rebuild(event_chain)\` from position 0 by the projection runner, batches of ${BATCH} events, each batch with its checkpoint in one transaction, including the switch. Verify = \`verifyChain\`: the log through the store's \`readRange\` and the stored chain by position, each a page of 2,000 at a time with the next one asked for ahead, every hash recomputed and compared (it ended ok: ${report.checked} events, head ${report.head?.hash.slice(0, 16)}…). Hashing in memory = RFC 8785 encoding + sha256 of the events already in memory, single thread: the CPU ceiling of both. Baseline: \`readAll\` of the same log in pages of ${READ_PAGE} (the runner's read page), applying nothing. RSS is the whole benchmark process (it also generated the log).`,
        '',
        '| what | events/s | time | RSS max |',
        '|---|---:|---:|---:|',
        row(baseline),
        row(hashing, hashSeconds),
        row(build),
        row(verify),
        row(trail),
      ].join('\n'),
    );
  } finally {
    await env.close();
    await schema.drop();
  }
}

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
