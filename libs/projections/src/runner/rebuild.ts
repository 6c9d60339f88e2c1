/**
 * Rebuild: build a new version of each projection from position 0 beside the live one (which keeps
 * serving and keeps being applied by the workers), index it, then switch in one transaction and drop
 * the old version. Killed half-way, the next rebuild resumes the unfinished version from its checkpoint.
 */
import { type ProjectionDb } from '../db/projection-db';
import { type Projection, tableNamesOf } from '../projection';
import { type Lease } from '../lease/lease';
import { type ProjectionEnvironment } from '../environment';
import { applyToTarget } from './apply';
import { pumpUntil, type PumpOptions } from './pump';
import { beginBuild, indexBuild, switchLive, type Target } from './versions';

export interface RebuildOptions {
  batchSize?: number;
  /** A position the new versions must have applied before the switch (see `pumpUntil`). */
  until?: number;
  onBatch?: PumpOptions['onBatch'];
  /** Asked before each batch while loading: true abandons the rebuild (it resumes next time). */
  shouldStop?: PumpOptions['shouldStop'];
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
  const batchSize = options.batchSize ?? 10_000;
  const leases: Lease[] = [];
  try {
    for (const projection of projections) {
      const lease = await env.leases.tryAcquire(`rebuild:${projection.name}`);
      if (!lease) throw new RebuildInProgressError(projection.name);
      leases.push(lease);
    }
    const targets: Target[] = [];
    for (const projection of projections) targets.push(await beginBuild(env.db, projection));
    for (const target of targets) await autovacuumWhileLoading(env.db, target, false);

    // One read of the log serves every projection being rebuilt.
    const loaded = await pumpUntil(env.store, env.db, targets, {
      batchSize,
      onBatch: options.onBatch,
      shouldStop: options.shouldStop,
      until: options.until,
    });
    if (loaded.outcome !== 'caught-up') {
      throw new Error(
        `Rebuild of ${loaded.outcome === 'fenced' ? loaded.targets[0].projection.name : '?'} was interrupted`,
      );
    }
    for (const target of targets) await options.onPhase?.('loaded', target.projection.name);
    // Each projection's indexes on their own connection, side by side: the server builds them in parallel.
    await Promise.all(
      targets.map(async (target) => {
        await indexBuild(env.db, target);
        await autovacuumWhileLoading(env.db, target, true);
        await options.onPhase?.('indexed', target.projection.name);
      }),
    );

    const results: RebuildResult[] = [];
    for (const target of targets) {
      // What arrived while indexing is read before and applied in the switch transaction, so the new
      // version is not behind the one it replaces. (Read outside the transaction: embedded, PGlite has
      // one connection, and a read inside would wait for the transaction holding it.)
      const late = await env.store.readAll({ after: target.checkpoint, maxCount: batchSize });
      const retiredVersion = await env.db.transaction(async (tx) => {
        if ((await applyToTarget(tx, target, late)) === 'fenced') {
          throw new Error(`Version ${target.version} of ${target.projection.name} moved during the switch`);
        }
        return switchLive(tx, target);
      });
      if (late.length > 0) target.checkpoint = Math.max(target.checkpoint, late[late.length - 1].position);
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

/**
 * Autovacuum off on a version's tables while it loads, and back on (with one ANALYZE) once it is
 * indexed. Each batch grows a table past autovacuum's thresholds again, so the server analysed the
 * growing tables over and over during a load (a 30 000-row sample each time): a sixth of the server's
 * CPU in a rebuild. Analysed once at the end instead, the new version has its statistics before it
 * serves; the vacuum an insert-only table needs (visibility map, freezing) autovacuum does once, later.
 * A rebuild killed while loading leaves autovacuum off on a version that is not live; the rebuild that
 * resumes it turns it back on.
 */
async function autovacuumWhileLoading(db: ProjectionDb, target: Target, loaded: boolean): Promise<void> {
  if (db.kind !== 'postgres') return;
  const tables = Object.values(tableNamesOf(target.projection, target.version));
  await db.transaction(async (tx) => {
    for (const table of tables) {
      await tx.exec(
        loaded
          ? `ALTER TABLE ${table} RESET (autovacuum_enabled, toast.autovacuum_enabled)`
          : `ALTER TABLE ${table} SET (autovacuum_enabled = false, toast.autovacuum_enabled = false)`,
      );
    }
  });
  if (loaded) await db.query(`ANALYZE ${tables.join(', ')}`);
}
