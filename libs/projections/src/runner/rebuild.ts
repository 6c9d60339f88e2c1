/**
 * Rebuild: build a new version of each projection from position 0 beside the live one (which keeps
 * serving and keeps being applied by the workers), index it, then switch in one transaction and drop
 * the old version. Killed half-way, the next rebuild resumes the unfinished version from its checkpoint.
 */
import { type Projection } from '../projection';
import { type Lease } from '../lease/lease';
import { type ProjectionEnvironment } from '../environment';
import { applyToTarget } from './apply';
import { pump, type PumpOptions } from './pump';
import { beginBuild, indexBuild, switchLive, type Target } from './versions';

export interface RebuildOptions {
  batchSize?: number;
  onBatch?: PumpOptions['onBatch'];
  /** Called between the phases (tests stop a rebuild at a chosen point). */
  onPhase?: (phase: 'loaded' | 'indexed' | 'switched', projection: string) => void | Promise<void>;
}

export interface RebuildResult {
  projection: string;
  version: number;
  retiredVersion: number | undefined;
  checkpoint: number;
}

export class RebuildInProgressError extends Error {
  constructor(readonly projection: string) {
    super(`Projection ${projection} is being rebuilt by another process`);
  }
}

export async function rebuild(
  env: ProjectionEnvironment,
  projections: readonly Projection[],
  options: RebuildOptions = {},
): Promise<RebuildResult[]> {
  const batchSize = options.batchSize ?? 5_000;
  const leases: Lease[] = [];
  try {
    for (const projection of projections) {
      const lease = await env.leases.tryAcquire(`rebuild:${projection.name}`);
      if (!lease) throw new RebuildInProgressError(projection.name);
      leases.push(lease);
    }
    const targets: Target[] = [];
    for (const projection of projections) targets.push(await beginBuild(env.db, projection));

    // One read of the log serves every projection being rebuilt.
    const loaded = await pump(env.store, env.db, targets, { batchSize, onBatch: options.onBatch });
    if (loaded.outcome !== 'caught-up') {
      throw new Error(
        `Rebuild of ${loaded.outcome === 'fenced' ? loaded.targets[0].projection.name : '?'} was interrupted`,
      );
    }
    for (const target of targets) await options.onPhase?.('loaded', target.projection.name);
    for (const target of targets) {
      await indexBuild(env.db, target);
      await options.onPhase?.('indexed', target.projection.name);
    }

    const results: RebuildResult[] = [];
    for (const target of targets) {
      const retiredVersion = await env.db.transaction(async (tx) => {
        // What arrived while indexing is applied in the switch transaction itself, so the new version
        // is never behind the one it replaces.
        for (let round = 0; round < 5; round++) {
          const events = await env.store.readAll({ after: target.checkpoint, maxCount: batchSize });
          if (events.length === 0) break;
          if ((await applyToTarget(tx, target, events)) === 'fenced') {
            throw new Error(`Version ${target.version} of ${target.projection.name} moved during the switch`);
          }
          target.checkpoint = events[events.length - 1].position;
        }
        return switchLive(tx, target);
      });
      await options.onPhase?.('switched', target.projection.name);
      results.push({
        projection: target.projection.name,
        version: target.version,
        retiredVersion,
        checkpoint: target.checkpoint,
      });
    }
    return results;
  } finally {
    for (const lease of leases) await lease.release();
  }
}
