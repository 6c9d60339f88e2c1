/**
 * `npm run bench:store`: append and read-all throughput of the event store, each beside a baseline of
 * plain INSERTs of the same row shape into a plain table, measured in the same run with the same
 * concurrency. Writes its section of docs/benchmarks.md.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type EventStore,
  type NewEvent,
  PgDriver,
  PgliteDriver,
  PostgresEventStore,
  type SqlDriver,
  migrate,
} from '../libs/event-store/src';
import { createTestSchema } from '../test/support/postgres';
import { type AppendOne, type AppendPeer, emmettPostgres, rawUniqueInsert } from './support/append-peers';
import { formatRate, machineDescription, mb, writeBenchmarkSection } from './support/report';

const SECONDS_PER_CASE = Number(process.env.BENCH_SECONDS ?? 3);
/** Baseline and store take turns this many times per case; the median of each is reported. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
/**
 * `side-by-side`: only the issue 21 comparison, printed and not written to docs/benchmarks.md (whose
 * section needs every case): a quick before/after of the append.
 */
const ONLY = process.env.BENCH_STORE_ONLY;
/**
 * Comma-separated `maxInFlight`s of the store's group append (0: none) to set beside the store's default
 * in the side-by-side comparison, each as a store of its own, taking turns with the others in one run.
 */
const IN_FLIGHT_ALSO = (process.env.BENCH_GROUP_IN_FLIGHT ?? '')
  .split(',')
  .filter((v) => v.trim() !== '')
  .map(Number);

interface Case {
  writers: number;
  eventsPerTx: number;
}
const CASES: Case[] = [
  { writers: 1, eventsPerTx: 1 },
  { writers: 16, eventsPerTx: 1 },
  { writers: 1, eventsPerTx: 100 },
  { writers: 16, eventsPerTx: 100 },
];

const BASELINE_TABLE = `CREATE TABLE IF NOT EXISTS baseline_events (
  position bigserial PRIMARY KEY, event_id uuid NOT NULL, stream_id text NOT NULL, revision bigint NOT NULL,
  type text NOT NULL, data jsonb NOT NULL, metadata jsonb NOT NULL, recorded_at timestamptz NOT NULL)`;

function sampleEvent(i: number): NewEvent {
  return {
    type: 'UppdragStatusReported',
    data: {
      period: '2023-T1',
      status: 'pagaende_enligt_plan',
      kommentar: `Arbetet med styrd inköpsprocess pågår enligt plan. Rapport ${i}.`,
    },
    metadata: { actor: 'person-anna-berg', occurredAt: '2023-04-30T10:00:00.000Z' },
  };
}

/** Runs `writers` loops for the given time; each loop does one transaction per iteration. */
async function runFor(
  writers: number,
  work: (writer: number, i: number) => Promise<number>,
): Promise<number> {
  const deadline = Date.now() + SECONDS_PER_CASE * 1000;
  const started = process.hrtime.bigint();
  const counts = await Promise.all(
    Array.from({ length: writers }, async (_, w) => {
      let n = 0;
      for (let i = 0; Date.now() < deadline; i++) n += await work(w, i);
      return n;
    }),
  );
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return counts.reduce((a, b) => a + b, 0) / seconds;
}

async function appendRate(store: EventStore, c: Case): Promise<number> {
  const run = randomUUID().slice(0, 8);
  const revisions = new Map<number, number>();
  return runFor(c.writers, async (w, i) => {
    // Each writer reports on its own uppdrag, saying which revision it last saw (as the API does).
    const events = Array.from({ length: c.eventsPerTx }, (_, k) => sampleEvent(i * c.eventsPerTx + k));
    const last = revisions.get(w);
    const result = await store.appendToStream(`uppdrag-${run}-${w}`, events, {
      expectedRevision: last === undefined ? 'no_stream' : last,
    });
    revisions.set(w, result.nextExpectedRevision);
    return c.eventsPerTx;
  });
}

async function baselineRate(sql: SqlDriver, c: Case): Promise<number> {
  const run = randomUUID().slice(0, 8);
  const revisions = new Map<number, number>();
  return runFor(c.writers, async (w, i) => {
    const events = Array.from({ length: c.eventsPerTx }, (_, k) => sampleEvent(i * c.eventsPerTx + k));
    const first = (revisions.get(w) ?? -1) + 1;
    await sql.query(
      `INSERT INTO baseline_events (event_id, stream_id, revision, type, data, metadata, recorded_at)
       SELECT id, $2, $6 + ord - 1, t, d, m, clock_timestamp()
         FROM unnest($1::uuid[], $3::text[], $4::jsonb[], $5::jsonb[]) WITH ORDINALITY AS x(id, t, d, m, ord)`,
      [
        events.map(() => randomUUID()),
        `uppdrag-${run}-${w}`,
        events.map((e) => e.type),
        events.map((e) => JSON.stringify(e.data)),
        events.map((e) => JSON.stringify(e.metadata)),
        first,
      ],
    );
    revisions.set(w, first + c.eventsPerTx - 1);
    return c.eventsPerTx;
  });
}

async function readAllRate(store: EventStore): Promise<{ rate: number; count: number }> {
  const started = process.hrtime.bigint();
  let after = 0;
  let count = 0;
  for (;;) {
    const batch = await store.readAll({ after, maxCount: 1000 });
    if (batch.length === 0) break;
    count += batch.length;
    after = batch[batch.length - 1].position;
  }
  return { rate: count / (Number(process.hrtime.bigint() - started) / 1e9), count };
}

async function baselineReadRate(sql: SqlDriver): Promise<number> {
  const started = process.hrtime.bigint();
  let after = 0;
  let count = 0;
  for (;;) {
    const rows = await sql.query<{ position: string }>(
      `SELECT position, event_id, stream_id, revision, type, data, metadata, recorded_at
         FROM baseline_events WHERE position > $1 ORDER BY position LIMIT 1000`,
      [after],
    );
    if (rows.length === 0) break;
    count += rows.length;
    after = Number(rows[rows.length - 1].position);
  }
  return count / (Number(process.hrtime.bigint() - started) / 1e9);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

interface Row {
  store: string;
  case: string;
  events: number;
  baseline: number;
}

async function measure(
  name: string,
  sql: SqlDriver,
  store: EventStore,
  rows: Row[],
  peakRss: { value: number },
) {
  await sql.query(BASELINE_TABLE);
  for (const c of CASES) {
    // Taking turns, so a noisy neighbour on this shared machine hits both sides alike.
    const baselines: number[] = [];
    const stores: number[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      baselines.push(await baselineRate(sql, c));
      stores.push(await appendRate(store, c));
    }
    const baseline = median(baselines);
    const events = median(stores);
    peakRss.value = Math.max(peakRss.value, process.memoryUsage().rss);
    rows.push({
      store: name,
      case: `append, ${c.writers} writer(s), ${c.eventsPerTx} event(s)/tx`,
      events,
      baseline,
    });
    console.log(`${name} ${rows[rows.length - 1].case}: ${formatRate(events)} vs ${formatRate(baseline)}`);
  }
  const read = await readAllRate(store);
  const baselineRead = await baselineReadRate(sql);
  rows.push({
    store: name,
    case: `read all (${read.count.toLocaleString('en')} events, batches of 1000)`,
    events: read.rate,
    baseline: baselineRead,
  });
  console.log(`${name} read all: ${formatRate(read.rate)} vs ${formatRate(baselineRead)}`);
}

/** The issue 21 comparison: 16 writers, one event per transaction, three appenders on one server. */
const SIDE_BY_SIDE_WRITERS = 16;

interface SideBySide {
  name: string;
  rates: number[];
  /** This process's CPU time per event (µs): unlike a rate, hardly moved by other work on the machine. */
  cpu: number[];
  /** The server's CPU time per event (µs), summed over the side's own connections; NaN if unknown. */
  serverCpu: number[];
  /** Events per transaction (this store's positions tell its transactions); 0 for the others. */
  perTx: number[];
}

/** Transaction ids of this store's appends in the current run (a position is `xid * 16384 + index`). */
let transactionsThisRun = new Set<number>();

async function sideBySide(
  store: EventStore,
  peers: { raw: AppendPeer; emmett: AppendPeer },
  variants: { name: string; store: EventStore; app: string }[] = [],
  probe: SqlDriver,
) {
  const ours = (store: EventStore) => (): AppendOne => {
    const run = randomUUID().slice(0, 8);
    const revisions = new Map<number, number>();
    return async (writer, event) => {
      const last = revisions.get(writer);
      const result = await store.appendToStream(`uppdrag-${run}-${writer}`, [event], {
        expectedRevision: last === undefined ? 'no_stream' : last,
      });
      revisions.set(writer, result.nextExpectedRevision);
      transactionsThisRun.add(Math.floor(result.position / 16384));
    };
  };
  const newSide = (name: string): SideBySide => ({ name, rates: [], cpu: [], serverCpu: [], perTx: [] });
  const sides: { side: SideBySide; round: () => AppendOne; app: string }[] = [
    { side: newSide('raw INSERT, unique (stream, revision)'), round: () => peers.raw.round(), app: APP.raw },
    { side: newSide('Emmett 0.42 (emmett-postgresql)'), round: () => peers.emmett.round(), app: APP.emmett },
    { side: newSide('this store'), round: ours(store), app: APP.store },
    ...variants.map((v) => ({ side: newSide(v.name), round: ours(v.store), app: v.app })),
  ];
  const loads: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    // Taking turns, a different one first each round, so load that comes and goes hits all three.
    for (let k = 0; k < sides.length; k++) {
      const { side, round: start, app } = sides[(round + k) % sides.length];
      const append = start();
      transactionsThisRun = new Set();
      let events = 0;
      const serverBefore = await backendCpu(probe, app);
      const cpu = process.cpuUsage();
      side.rates.push(
        await runFor(SIDE_BY_SIDE_WRITERS, async (w, i) => {
          await append(w, sampleEvent(i));
          events++;
          return 1;
        }),
      );
      const used = process.cpuUsage(cpu);
      side.cpu.push((used.user + used.system) / events);
      const serverAfter = await backendCpu(probe, app);
      const serverNs = [...serverAfter].reduce(
        (sum, [pid, ns]) => sum + ns - (serverBefore.get(pid) ?? 0),
        0,
      );
      side.serverCpu.push(serverAfter.size > 0 ? serverNs / 1000 / events : NaN);
      side.perTx.push(transactionsThisRun.size > 0 ? events / transactionsThisRun.size : 0);
      loads.push(loadavg()[0]);
      console.log(
        `side by side, round ${round + 1}, ${side.name}: ${formatRate(side.rates[round])}, ${side.cpu[round].toFixed(0)} µs CPU/event here, ${side.serverCpu[round].toFixed(0)} on the server, ${side.perTx[round].toFixed(1)} events/tx`,
      );
    }
  }
  return { sides: sides.map((s) => s.side), loads };
}

/** Each side's connections carry a name of their own, so the server's CPU for them can be told apart. */
const APP = { raw: 'bench-store-raw', emmett: 'bench-store-emmett', store: 'bench-store-ours' };

function named(connectionString: string, applicationName: string): string {
  const url = new URL(connectionString);
  url.searchParams.set('application_name', applicationName);
  return url.toString();
}

/**
 * CPU time (ns) each server process of the connections named `app` has used so far: read from
 * /proc/<pid>/schedstat, so only for a server on this machine that this process may look at; empty
 * otherwise. A process's CPU time, unlike a rate, hardly moves with other work on the machine.
 */
async function backendCpu(sql: SqlDriver, app: string): Promise<Map<number, number>> {
  const rows = await sql.query<{ pid: number }>(
    'SELECT pid FROM pg_stat_activity WHERE application_name = $1',
    [app],
  );
  const cpu = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      cpu.set(pid, Number(readFileSync(`/proc/${pid}/schedstat`, 'utf8').split(' ')[0]));
    } catch {
      // Not on this machine, or gone.
    }
  }
  return cpu;
}

async function main() {
  const rows: Row[] = [];

  const schema = await createTestSchema('bench');
  const pg = new PgDriver({
    connectionString: named(schema.connectionString, APP.store),
    schema: schema.schema,
    maxConnections: 16,
  });
  const pgBaseline = new PgDriver({
    connectionString: schema.connectionString,
    schema: schema.schema,
    maxConnections: 16,
  });
  let side: Awaited<ReturnType<typeof sideBySide>>;
  // Closed as a store, not only its pool: its NOTIFY connection would keep the process alive.
  const store = new PostgresEventStore(pg);
  try {
    await migrate(pg, schema.schema);
    const raw = await rawUniqueInsert(named(schema.connectionString, APP.raw), schema.schema);
    const emmett = await emmettPostgres(named(schema.connectionString, APP.emmett));
    // Each variant on a pool of its own, the same size as the others'.
    const variantDrivers = IN_FLIGHT_ALSO.map(
      (n) =>
        new PgDriver({
          connectionString: named(schema.connectionString, `${APP.store}-${n}`),
          schema: schema.schema,
          maxConnections: 16,
        }),
    );
    const variants = IN_FLIGHT_ALSO.map((n, i) => ({
      name: n > 0 ? `this store, group append of ${n} at once` : 'this store, no group append',
      store: new PostgresEventStore(variantDrivers[i], {}, { maxInFlight: n }),
      app: `${APP.store}-${n}`,
    }));
    try {
      side = await sideBySide(store, { raw, emmett }, variants, pgBaseline);
    } finally {
      await raw.close();
      await emmett.close();
      await Promise.all(variants.map((v) => v.store.close()));
    }
    if (ONLY !== 'side-by-side') await measure('PostgreSQL', pgBaseline, store, rows, { value: 0 });
  } finally {
    await store.close();
    await pgBaseline.close();
    await schema.drop();
  }

  const sideTable = sideBySideTable(side.sides);
  if (ONLY === 'side-by-side') {
    console.log(
      `\n${sideTable}\n\nLoad average (1 min) after each run: ${side.loads.map((l) => l.toFixed(1)).join(', ')}`,
    );
    return;
  }

  const dir = mkdtempSync(join(tmpdir(), 'sparbar-bench-'));
  const rssBefore = process.memoryUsage().rss;
  const peak = { value: rssBefore };
  const embedded = await PgliteDriver.open(dir);
  try {
    await migrate(embedded);
    await measure('embedded (PGlite, file)', embedded, new PostgresEventStore(embedded), rows, peak);
  } finally {
    await embedded.close();
    rmSync(dir, { recursive: true, force: true });
  }

  const table = [
    '| store | case | events/s | baseline events/s | ratio |',
    '|---|---|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.store} | ${r.case} | ${formatRate(r.events)} | ${formatRate(r.baseline)} | ${(r.events / r.baseline).toFixed(2)} |`,
    ),
  ].join('\n');
  const rawRate = median(side.sides[0].rates);
  const ratio = median(side.sides[2].rates) / rawRate;
  const verdict = `Target (issue 21: this store ≥ 0.80 of the raw INSERT with uniqueness, 16 writers, one event per transaction): **${ratio.toFixed(2)}** — ${ratio >= 0.8 ? 'met' : 'NOT met'}.`;
  const load = `Load average (1 min) after each of the ${side.loads.length} side-by-side runs: ${side.loads.map((l) => l.toFixed(1)).join(', ')} (2 cores; other work shared the machine).`;
  await writeBenchmarkSection(
    'store',
    [
      '## Event store (`npm run bench:store`)',
      '',
      machineDescription(),
      '',
      `### Append, side by side on one PostgreSQL (issue 21)`,
      '',
      `${SIDE_BY_SIDE_WRITERS} writers, one event per transaction, each writer appending to a stream of its own and saying the revision it expects; ${ROUNDS} rounds of ${SECONDS_PER_CASE} s each, the three taking turns (a different one first each round); medians. Raw: a single-row \`INSERT … VALUES\` (prepared) into a table with what an event store needs for order and concurrency, \`position bigserial\` and unique (stream, revision), nothing read before it. Emmett: \`@event-driven-io/emmett-postgresql\` 0.42.0 (\`appendToStream\` with the expected stream version) in a database of its own on the same server. This store: \`PostgresEventStore.appendToStream\` with the expected revision (besides what the raw table has: a unique event id for idempotent retries, positions no reader can skip, the append's answer with its recorded time, a LISTEN/NOTIFY hint). Each has a pool of 16 connections. CPU µs/event: the benchmark process's own CPU time (user + system) per event stored, and the server's, summed over the side's own connections (from /proc/<pid>/schedstat; this store's NOTIFY connection is not counted) — CPU time is hardly moved by other work on the machine, a rate is; events/transaction shows how many appends this store's group append put in one transaction.`,
      '',
      sideTable,
      '',
      verdict,
      '',
      load,
      '',
      `### Every case, against a plain table`,
      '',
      `Each case runs ${ROUNDS} rounds of ${SECONDS_PER_CASE} s for the store and for the baseline, taking turns; the medians are shown. Baseline: plain \`INSERT\`s of the same row shape (uuid, stream, revision, type, jsonb data and metadata, timestamp) into a plain table with only a primary key, one stream per writer (each append says the revision it expects, as the API does), same number of concurrent writers and events per transaction, same connection pool size (16), measured in the same run. "read all" pages through everything written by the cases above, 1000 events a page; its baseline pages the plain table by primary key.`,
      '',
      table,
      '',
      `Embedded store memory: RSS ${mb(rssBefore)} before opening PGlite, peak ${mb(peak.value)} during the run (the whole benchmark process).`,
    ].join('\n'),
  );
}

function sideBySideTable(sides: SideBySide[]): string {
  const rawRate = median(sides[0].rates);
  return [
    `| appender | events/s (median) | rounds | ratio to raw (of medians) | ratio to raw, round by round | benchmark process CPU µs/event (median) | server CPU µs/event (median) | events/transaction (median) |`,
    '|---|---:|---|---:|---|---:|---:|---:|',
    ...sides.map(
      (s) =>
        `| ${s.name} | ${formatRate(median(s.rates))} | ${s.rates.map(formatRate).join(', ')} | ${(median(s.rates) / rawRate).toFixed(2)} | ${s.rates.map((r, i) => (r / sides[0].rates[i]).toFixed(2)).join(', ')} | ${median(s.cpu).toFixed(0)} | ${Number.isNaN(median(s.serverCpu)) ? '—' : median(s.serverCpu).toFixed(0)} | ${median(s.perTx) > 0 ? median(s.perTx).toFixed(1) : '—'} |`,
    ),
  ].join('\n');
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
