/** The tenants benchmark's section of docs/benchmarks.md (bench/tenants.bench.ts). */
import { type PacedLoadResult } from './paced-load';
import { formatRate, machineDescription, mb, writeBenchmarkSection } from './report';
import { type ProvisionedTenant } from './tenant-setup';

export interface Measured {
  key: string;
  name: string;
  /** The load spread over every tenant's host, request i to tenant i mod n. */
  spread: PacedLoadResult;
  /** The same load on one kommun's host alone, and on one region's. */
  kommun: PacedLoadResult;
  region: PacedLoadResult;
}

type Memory = { rss: number; peak: number } | undefined;

export interface TenantsReport {
  tenants: ProvisionedTenant[];
  generationSeconds: number;
  firstAnswers: number[];
  results: Measured[];
  memoryWarm: { api: Memory; worker: Memory };
  memoryLoaded: { api: Memory; worker: Memory };
  idle: Record<string, number>;
  idleSeconds: number;
  machineIdle: number | undefined;
  provisionedViaApi: number[];
  loadBefore: number;
  loadAfter: number;
  settings: {
    years: number;
    sampleYear: number;
    seconds: number;
    rate: number;
    clients: number;
    rounds: number;
    appsMax: number;
    maxConnections: number;
    runWorker: string;
    workerProcess: boolean;
    kommun: string;
    region: string;
  };
}

const quantile = (values: readonly number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
};
const ms = (value: number) => `${Math.round(value)} ms`;
const ratio = (a: number, b: number) => (a / Math.max(1, b)).toFixed(1);
const paced = (r: PacedLoadResult) =>
  `${r.p50} / ${r.p99} / ${r.max} ms${r.errors ? ` (${r.errors} errors${r.unanswered ? `, ${r.unanswered} unanswered` : ''})` : ''}`;
const memory = (m: Memory) => (m ? `${mb(m.rss)} (peak ${mb(m.peak)})` : '—');

export async function writeTenantsReport(r: TenantsReport): Promise<void> {
  const s = r.settings;
  const regions = r.tenants.filter((t) => t.kind === 'region');
  const kommuner = r.tenants.filter((t) => t.kind === 'kommun');
  const events = r.tenants.reduce((n, t) => n + t.events, 0);
  const provision = r.tenants.map((t) => t.provisionMs);
  const core = (seconds: number) => `${((100 * seconds) / r.idleSeconds).toFixed(1)} %`;
  const idleTotal = ['api', 'worker', 'postgres', 'redis'].reduce((n, k) => n + (r.idle[k] ?? 0), 0);
  await writeBenchmarkSection(
    'tenants',
    [
      '## Many organisations in one installation (`npm run bench:tenants`)',
      '',
      machineDescription(),
      `Load average (1 min) ${r.loadBefore.toFixed(1)} at the start, ${r.loadAfter.toFixed(1)} at the end.`,
      '',
      `**Installation.** ${r.tenants.length} tenants: ${regions.length} the size of a region (100 uppdrag and 40 delmål with 5 indikatorer a year; ${formatRate(
        quantile(
          regions.map((t) => t.events),
          0.5,
        ),
      )} events each) and ${kommuner.length} of a kommun (${kommuner.length ? `${Math.min(...kommuner.map((t) => t.log.uppdragPerYear))}–${Math.max(...kommuner.map((t) => t.log.uppdragPerYear))}` : '—'} uppdrag a year, 0.4 delmål per uppdrag with 3 indikatorer; median ${formatRate(
        quantile(
          kommuner.map((t) => t.events),
          0.5,
        ),
      )} events), ${s.years} years each, ${formatRate(events)} events in all, each tenant's log generated through the real deciders with its own kind's organs, appended through its own store and projected (${Math.round(r.generationSeconds)} s for all). One PostgreSQL server of the benchmark's own (initdb in a temporary folder; max_connections ${s.maxConnections}; fsync and autovacuum off, each tenant's tables vacuumed after its load) holds the platform directory and every tenant's schema; a Redis of its own. The front is the API as a child process (\`PLATFORM_DATABASE_URL\`, routing by host), \`RUN_WORKER=${s.runWorker}\`, \`TENANT_APPS_MAX=${s.appsMax}\`; ${s.workerProcess ? 'apps/worker runs as a process of its own beside it' : 'no separate worker process (each open tenant application runs its own worker in the front with RUN_WORKER)'}.`,
      '',
      `**Provisioning one tenant** (\`provisionTenant\`: directory row, schema and migrations, organ structure, active), each of the ${provision.length} in turn into a growing installation: median ${ms(quantile(provision, 0.5))}, p90 ${ms(quantile(provision, 0.9))}, max ${ms(Math.max(...provision))}. Through the platform API (\`POST /api/plattform/organisationer\`) into the full installation with the front running, ${r.provisionedViaApi.length} kommuner: median ${ms(quantile(r.provisionedViaApi, 0.5))}, max ${ms(Math.max(...r.provisionedViaApi))}. A tenant's first request (opening its application in the front): median ${ms(quantile(r.firstAnswers, 0.5))}, p90 ${ms(quantile(r.firstAnswers, 0.9))}.`,
      '',
      `**Pages under a paced load** (\`bench/support/paced-load.ts\`): ${s.clients} clients sending ${formatRate(s.rate)} requests a second in all for ${s.seconds} s, latency counted from when each request was due; each request with its tenant's Host and an auditor's token of that tenant. *Spread*: request i to tenant i mod ${r.tenants.length}, so every tenant is asked. *One kommun* (${s.kommun}) / *one region* (${s.region}): the same load on that tenant alone, in the same run. ${s.rounds} rounds, interleaved; the round with the median p99 shown. Plan year ${s.sampleYear}; each tenant's own organ, officer and uppdrag.`,
      '',
      '| page | spread: p50 / p99 / max | one kommun: p50 / p99 / max | one region: p50 / p99 / max | spread / one kommun: p50, p99 | spread / one region: p99 |',
      '|---|---:|---:|---:|---:|---:|',
      ...r.results.map(
        (m) =>
          `| ${m.name} | ${paced(m.spread)} | ${paced(m.kommun)} | ${paced(m.region)} | ${ratio(m.spread.p50, m.kommun.p50)}, ${ratio(m.spread.p99, m.kommun.p99)} | ${ratio(m.spread.p99, m.region.p99)} |`,
      ),
      '',
      `**Memory** (resident, with every tenant asked): API ${memory(r.memoryWarm.api)} after the first request to each, ${memory(r.memoryLoaded.api)} after the load; worker process ${r.memoryLoaded.worker ? `${memory(r.memoryWarm.worker)} and ${memory(r.memoryLoaded.worker)}` : 'none (in the front)'}.`,
      '',
      `**Idle** (nothing asked of any tenant for ${r.idleSeconds} s, 5 s after the load): CPU as a share of one core — API ${core(r.idle.api ?? 0)}, worker ${r.idle.worker === undefined ? '—' : core(r.idle.worker)}, PostgreSQL (all backends) ${core(r.idle.postgres ?? 0)}, Redis ${core(r.idle.redis ?? 0)}; together ${core(idleTotal)}${r.machineIdle === undefined ? '' : ` (the whole shared machine meanwhile: ${core(r.machineIdle)})`}. Backends that ended within the window are not counted.`,
    ].join('\n'),
  );
}
