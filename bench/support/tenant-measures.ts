/**
 * The measures of the tenants benchmark: a page under a paced load spread over every tenant and on one
 * tenant alone, what the installation costs with every tenant idle (CPU of the API, the worker,
 * PostgreSQL and Redis from /proc), and provisioning through the platform API into the full
 * installation, as a platform administrator does it.
 */
import { performance } from 'node:perf_hooks';
import { issuePlatformToken, platformKey } from '@sparbar/tenancy';
import { pacedLoad, type PacedLoadResult } from './paced-load';
import { cpuBetween, cpuOfTrees } from './proc-stats';
import { machineCpuSeconds } from './report';
import { KOMMUN_ORGANS } from './tenant-shapes';

type Target = { url: string; headers: Record<string, string> };

/**
 * One page: a warm-up (plans, caches, JIT of its code), then `rounds` rounds of the same paced load
 * spread over every tenant's target, on one kommun's alone and on one region's alone, interleaved so a
 * pause of the shared machine falls on all three alike; of each, the round with the median p99.
 */
export async function spreadAndAlone(
  spread: readonly Target[],
  kommun: readonly Target[],
  region: readonly Target[],
  load: { clients: number; rate: number; seconds: number; rounds: number },
  label: string,
): Promise<{ spread: PacedLoadResult; kommun: PacedLoadResult; region: PacedLoadResult }> {
  const paced = (targets: readonly Target[], seconds: number) =>
    pacedLoad({ ...targets[0], targets, clients: load.clients, rate: load.rate, seconds });
  await paced(spread, Math.min(3, load.seconds));
  const runs = {
    spread: [] as PacedLoadResult[],
    kommun: [] as PacedLoadResult[],
    region: [] as PacedLoadResult[],
  };
  for (let round = 0; round < load.rounds; round++) {
    for (const [mode, targets] of [
      ['spread', spread],
      ['kommun', kommun],
      ['region', region],
    ] as const) {
      const r = await paced(targets, load.seconds);
      runs[mode].push(r);
      console.log(label, mode, `p50 ${r.p50} p99 ${r.p99} errors ${r.errors}`);
    }
  }
  const median = (rs: PacedLoadResult[]) => [...rs].sort((a, b) => a.p99 - b.p99)[Math.floor(rs.length / 2)];
  return { spread: median(runs.spread), kommun: median(runs.kommun), region: median(runs.region) };
}

export interface IdleCost {
  /** CPU seconds by process: api, worker, postgres (all backends), redis, other (the servers' keeper). */
  bySource: Record<string, number>;
  /** The whole machine's CPU seconds meanwhile (other sessions included). */
  machine: number | undefined;
}

export async function idleCost(
  processes: { api?: number; worker?: number; servers: number },
  seconds: number,
): Promise<IdleCost> {
  const roots = [processes.api ?? 0, processes.worker ?? 0, processes.servers].filter(Boolean);
  const before = cpuOfTrees(roots);
  const machineBefore = machineCpuSeconds();
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const after = cpuOfTrees(roots);
  const machineAfter = machineCpuSeconds();
  const bySource = cpuBetween(before, after, (s) =>
    s.pid === processes.api
      ? 'api'
      : s.pid === processes.worker
        ? 'worker'
        : /redis/.test(s.comm)
          ? 'redis'
          : /postgres|postmaster/.test(s.comm)
            ? 'postgres'
            : 'other',
  );
  const machine =
    machineBefore !== undefined && machineAfter !== undefined ? machineAfter - machineBefore : undefined;
  return { bySource, machine };
}

/** Provisions `count` kommuner through POST /api/plattform/organisationer; the milliseconds of each. */
export async function provisionThroughApi(
  base: string,
  platformSecret: string,
  serverUrl: string,
  count: number,
): Promise<number[]> {
  const token = await issuePlatformToken(platformKey(platformSecret), 'bench');
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const tenantId = `extra-${i + 1}`;
    const started = performance.now();
    const answer = await fetch(`${base}/api/plattform/organisationer`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        tenantId,
        namn: `Kommun ${tenantId}`,
        kind: 'kommun',
        hosts: [`${tenantId}.sparbar.bench`],
        serverUrl,
        organs: KOMMUN_ORGANS,
      }),
    });
    if (answer.status !== 201)
      throw new Error(`provisioning ${tenantId}: ${answer.status} ${await answer.text()}`);
    times.push(performance.now() - started);
  }
  return times;
}
