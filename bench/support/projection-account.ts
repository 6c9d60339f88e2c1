/**
 * `BENCH_ACCOUNT=1` in bench:projections: the CPU account per projection. After the timed rounds, the
 * log is read once applying nothing and then each projection is rebuilt alone (read, apply, indexes,
 * switch), each after the same settling as a round; what a projection costs is its rebuild less the
 * read. It answers "where do the CPU-seconds per million go" before anyone optimises (the process
 * profile alone leaves out the server, which spends about as much). The parts do not add up exactly to
 * the whole rebuild: alone, each pays for the read of the log, which the whole rebuild shares.
 */
import { type Projection } from '../../libs/projections/src/projection';
import { type ProjectionEnvironment } from '../../libs/projections/src/environment';
import { rebuild } from '../../libs/projections/src/runner/rebuild';

export interface AccountRow {
  /** A projection's name, or undefined for the read of the log alone. */
  projection: string | undefined;
  nodeCpu: number;
  serverCpu: number | undefined;
}

export interface AccountTools {
  /** Events in the log, for the figures per million. */
  events: number;
  batchSize: number;
  /** Brings the database to rest before each part, as before a round. */
  settle: (env: ProjectionEnvironment) => Promise<void>;
  serverCpuSeconds: (env: ProjectionEnvironment) => Promise<number | undefined>;
}

export async function accountPerProjection(
  env: ProjectionEnvironment,
  projections: readonly Projection[],
  tools: AccountTools,
): Promise<AccountRow[]> {
  const rows: AccountRow[] = [];
  for (const projection of [undefined, ...projections]) {
    await tools.settle(env);
    const server = await tools.serverCpuSeconds(env);
    const node = process.cpuUsage();
    if (projection) {
      await rebuild(env, [projection], { until: await env.store.headPosition(), batchSize: tools.batchSize });
    } else {
      // As the pump reads: pages of 1,000 (its default `readSize`).
      for (let after = 0; ;) {
        const page = await env.store.readAll({ after, maxCount: 1_000 });
        if (page.length === 0) break;
        after = page[page.length - 1].position;
      }
    }
    const used = process.cpuUsage(node);
    const serverAfter = await tools.serverCpuSeconds(env);
    rows.push({
      projection: projection?.name,
      nodeCpu: (used.user + used.system) / 1e6,
      serverCpu: server === undefined || serverAfter === undefined ? undefined : serverAfter - server,
    });
    console.log(
      `[account] ${projection?.name ?? 'read only'} (CPU-s per million: process, server, together, above the read): ${line(rows[rows.length - 1], rows[0], 1_000_000 / tools.events)}`,
    );
  }
  return rows;
}

/** The account as a table, in CPU-seconds per million events. */
export function accountLines(rows: readonly AccountRow[], events: number): string[] {
  const scale = 1_000_000 / events;
  return [
    '| rebuilt alone | this process | PostgreSQL server | together | above reading the log |',
    '|---|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.projection ?? '(read the log only)'} | ${line(r, rows[0], scale).split(', ').join(' | ')} |`,
    ),
  ];
}

function line(row: AccountRow, read: AccountRow, scale: number): string {
  const total = (r: AccountRow) => r.nodeCpu + (r.serverCpu ?? 0);
  const f = (x: number | undefined) => (x === undefined ? '–' : (x * scale).toFixed(1));
  return [f(row.nodeCpu), f(row.serverCpu), f(total(row)), f(total(row) - total(read))].join(', ');
}
