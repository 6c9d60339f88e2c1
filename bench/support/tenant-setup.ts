/**
 * The installation of the tenants benchmark: each tenant provisioned as a platform administrator does
 * (`provisionTenant`: directory row, schema and migrations, organ structure, each timed), then its log of
 * several years generated through the real deciders (realistic-log.ts), appended through its own store,
 * projected by the worker's projections and vacuumed, as a tenant that has been in use for years. Also
 * picks, per tenant, what the measured pages ask for (an organ, an ansvarig, an uppdrag).
 */
import { performance } from 'node:perf_hooks';
import { openProjectionEnvironment } from '../../libs/projections/src/environment';
import { catchUpLive } from '../../libs/projections/src/runner/catch-up';
import { WORKER_PROJECTIONS } from '../../libs/runtime/src';
import { appendLog, realisticLog } from '../../libs/projections/test/support/realistic-log';
import { PostgresTenantDirectory, provisionTenant, schemaOf } from '@sparbar/tenancy';
import { type BenchTenant } from './tenant-shapes';

export interface ProvisionedTenant extends BenchTenant {
  schema: string;
  provisionMs: number;
  events: number;
  /** What the pages ask for: the first uppdrag of the sampled plan year, its first organ and ansvarig. */
  sample: { uppdragId: string; organ: string; ansvarig: string; mine: number };
}

export async function provisionAll(
  directoryUrl: string,
  serverUrl: string,
  tenants: readonly BenchTenant[],
): Promise<Map<string, number>> {
  const directory = await PostgresTenantDirectory.open(directoryUrl);
  const times = new Map<string, number>();
  try {
    for (const t of tenants) {
      const started = performance.now();
      await provisionTenant(
        { directory, clock: () => new Date() },
        { tenantId: t.tenantId, namn: t.namn, kind: t.kind, hosts: [t.host], serverUrl, organs: t.organs },
        'bench',
      );
      times.set(t.tenantId, performance.now() - started);
    }
  } finally {
    await directory.close();
  }
  return times;
}

/** Generates, appends and projects one tenant's log; `parallel` tenants at a time. */
export async function fillAll(
  serverUrl: string,
  tenants: readonly BenchTenant[],
  times: Map<string, number>,
  sampleYear: number,
  parallel: number,
): Promise<ProvisionedTenant[]> {
  const done: ProvisionedTenant[] = [];
  let next = 0;
  const worker = async () => {
    while (next < tenants.length) {
      const t = tenants[next++];
      done.push(await fill(serverUrl, t, times.get(t.tenantId) ?? NaN, sampleYear));
      if (done.length % 10 === 0 || done.length === tenants.length)
        console.log(`${done.length}/${tenants.length} tenants generated`);
    }
  };
  await Promise.all(Array.from({ length: parallel }, worker));
  const order = new Map(tenants.map((t, i) => [t.tenantId, i]));
  return done.sort((a, b) => (order.get(a.tenantId) ?? 0) - (order.get(b.tenantId) ?? 0));
}

async function fill(
  serverUrl: string,
  t: BenchTenant,
  provisionMs: number,
  sampleYear: number,
): Promise<ProvisionedTenant> {
  const schema = schemaOf(t.tenantId);
  const env = await openProjectionEnvironment({ kind: 'postgres', url: serverUrl, schema });
  try {
    const events = await appendLog(env.store, realisticLog(t.log), { writers: 4 });
    await catchUpLive(env, WORKER_PROJECTIONS, { until: await env.store.headPosition(), batchSize: 10_000 });
    // autovacuum is off on the benchmark's server: settle the tables as a database in use would be.
    // Table by table: a bare VACUUM would visit every tenant's schema again for each tenant.
    const tables = await env.db.query<{ name: string }>(
      'SELECT tablename AS name FROM pg_tables WHERE schemaname = $1',
      [schema],
    );
    await env.db.query(`VACUUM (ANALYZE) ${tables.map((t) => `"${schema}"."${t.name}"`).join(', ')}`);
    const [row] = await env.db.query<{ uppdrag_id: string; organ: string; ansvarig: string; mine: string }>(
      `SELECT uppdrag_id, riktas_till[1] AS organ, ansvarig_person_id AS ansvarig,
              (SELECT count(*) FROM uppdrag_now m WHERE m.ansvarig_person_id = u.ansvarig_person_id) AS mine
         FROM uppdrag_now u WHERE plan_year = $1 ORDER BY uppdrag_id LIMIT 1`,
      [sampleYear],
    );
    if (!row) throw new Error(`${t.tenantId}: no uppdrag of ${sampleYear} in its read model`);
    return {
      ...t,
      schema,
      provisionMs,
      events,
      sample: { uppdragId: row.uppdrag_id, organ: row.organ, ansvarig: row.ansvarig, mine: Number(row.mine) },
    };
  } finally {
    await env.close();
  }
}
