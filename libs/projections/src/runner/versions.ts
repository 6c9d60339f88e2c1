/**
 * Versions of a projection: the live one readers are served from (through a view per table), and at
 * most one being built beside it. Creating, indexing and switching are each one transaction.
 */
import { type ProjectionTx, type ProjectionDb } from '../db/projection-db';
import { type Projection, tableNamesOf, versionedName } from '../projection';
import { adoptLegacyVersion } from './adopt-legacy';
import { createTable, indexSql } from './tables';
import { fingerprintOf } from './fingerprint';

export type VersionState = 'building' | 'live' | 'retired';

/** What a runner applies to: one version of one projection, as far as its checkpoint. */
export interface Target {
  projection: Projection;
  version: number;
  state: 'building' | 'live';
  checkpoint: number;
  /** The shape of the code that built the version; null for a version from before fingerprints. */
  fingerprint?: string | null;
}

/** True when the version was built by this code's shape: tables and fold. */
export function isCurrent(target: Target): boolean {
  return target.fingerprint === fingerprintOf(target.projection);
}

/** Serialises creating and switching versions of one projection across processes. */
export async function lockProjection(tx: ProjectionTx, name: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(7246033, hashtext(current_schema() || '/' || $1))`, [name]);
}

interface VersionRow {
  version: number;
  state: VersionState;
  checkpoint: string | number;
  fingerprint: string | null;
}

async function versionIn(
  tx: Pick<ProjectionTx, 'query'>,
  name: string,
  state: 'building' | 'live',
): Promise<VersionRow | undefined> {
  const [row] = await tx.query<VersionRow>(
    'SELECT version, state, checkpoint, fingerprint FROM projection_versions WHERE projection = $1 AND state = $2',
    [name, state],
  );
  return row;
}

function targetOf(projection: Projection, row: VersionRow): Target {
  return {
    projection,
    version: row.version,
    state: row.state as Target['state'],
    checkpoint: Number(row.checkpoint),
    fingerprint: row.fingerprint,
  };
}

async function createTables(tx: ProjectionTx, projection: Projection, version: number, indexed: boolean) {
  for (const table of projection.tables)
    await createTable(tx, table, versionedName(table.name, version), indexed);
}

/** The live version; the first time, an empty version 1 is created and served at once. */
export async function ensureLive(db: ProjectionDb, projection: Projection): Promise<Target> {
  return db.transaction(async (tx) => {
    await lockProjection(tx, projection.name);
    const live = await versionIn(tx, projection.name, 'live');
    if (live && live.fingerprint === null) live.fingerprint = await adoptLegacyVersion(tx, projection, live);
    if (live) return targetOf(projection, live);
    const [{ next }] = await tx.query<{ next: number }>(
      'SELECT coalesce(max(version), 0) + 1 AS next FROM projection_versions WHERE projection = $1',
      [projection.name],
    );
    await createTables(tx, projection, next, true);
    const fingerprint = fingerprintOf(projection);
    await tx.query(
      `INSERT INTO projection_versions (projection, version, state, live_since, fingerprint)
       VALUES ($1, $2, 'live', now(), $3)`,
      [projection.name, next, fingerprint],
    );
    await tx.query(
      'INSERT INTO projection_registry (projection, live_version) VALUES ($1, $2) ON CONFLICT (projection) DO UPDATE SET live_version = EXCLUDED.live_version',
      [projection.name, next],
    );
    await pointViews(tx, projection, next);
    return { projection, version: next, state: 'live', checkpoint: 0, fingerprint };
  });
}

/** Resumes the unfinished build if there is one (a rebuild killed half-way), else starts a new version. */
export async function beginBuild(db: ProjectionDb, projection: Projection): Promise<Target> {
  return db.transaction(async (tx) => {
    await lockProjection(tx, projection.name);
    const fingerprint = fingerprintOf(projection);
    const building = await versionIn(tx, projection.name, 'building');
    if (building?.fingerprint === fingerprint) return targetOf(projection, building);
    // Half built by other code (an older release, or before fingerprints): this code cannot finish it.
    if (building) await dropVersion(tx, projection, building.version);
    const [{ next }] = await tx.query<{ next: number }>(
      'SELECT coalesce(max(version), 0) + 1 AS next FROM projection_versions WHERE projection = $1',
      [projection.name],
    );
    await createTables(tx, projection, next, false);
    await tx.query(
      `INSERT INTO projection_versions (projection, version, state, fingerprint) VALUES ($1, $2, 'building', $3)`,
      [projection.name, next, fingerprint],
    );
    return { projection, version: next, state: 'building', checkpoint: 0, fingerprint };
  });
}

/** Retires a version that is not live and drops its tables. */
async function dropVersion(tx: ProjectionTx, projection: Projection, version: number): Promise<void> {
  await tx.query(
    `UPDATE projection_versions SET state = 'retired', retired_at = now() WHERE projection = $1 AND version = $2`,
    [projection.name, version],
  );
  for (const table of projection.tables)
    await tx.exec(`DROP TABLE IF EXISTS ${versionedName(table.name, version)}`);
}

/** The secondary indexes a build left out; idempotent, so a crash here is simply repeated. */
export async function indexBuild(db: ProjectionDb, target: Target): Promise<void> {
  await db.transaction(async (tx) => {
    // Sorting a million keys in the default 64 MB spills to disk; this is one session's, for this build.
    // No parallel workers: the projections' indexes are already built side by side (see rebuild.ts), and
    // a parallel build only adds CPU (the workers' sorted runs written to temporary files and merged).
    if (db.kind === 'postgres')
      await tx.exec(
        `SET LOCAL maintenance_work_mem = '256MB'; SET LOCAL max_parallel_maintenance_workers = 0`,
      );
    for (const table of target.projection.tables) {
      const name = versionedName(table.name, target.version);
      for (const index of table.indexes) await tx.exec(indexSql(index, name));
    }
  });
}

/**
 * Inside the switch transaction: the built version becomes live, the views point at it, and the old
 * version's tables are dropped. The old live row is locked first, so a live runner's batch on the old
 * version either commits before or sees the version retired and re-reads where to apply.
 */
export async function switchLive(tx: ProjectionTx, target: Target): Promise<number | undefined> {
  const { projection, version } = target;
  await lockProjection(tx, projection.name);
  const old = await tx.query<{ version: number }>(
    `SELECT version FROM projection_versions WHERE projection = $1 AND state = 'live' FOR UPDATE`,
    [projection.name],
  );
  await tx.query(
    `UPDATE projection_versions SET state = 'retired', retired_at = now() WHERE projection = $1 AND state = 'live'`,
    [projection.name],
  );
  await tx.query(
    `UPDATE projection_versions SET state = 'live', live_since = now() WHERE projection = $1 AND version = $2`,
    [projection.name, version],
  );
  await tx.query(
    'INSERT INTO projection_registry (projection, live_version) VALUES ($1, $2) ON CONFLICT (projection) DO UPDATE SET live_version = EXCLUDED.live_version',
    [projection.name, version],
  );
  await pointViews(tx, projection, version);
  for (const { version: retired } of old) {
    for (const table of projection.tables)
      await tx.exec(`DROP TABLE IF EXISTS ${versionedName(table.name, retired)}`);
  }
  return old[0]?.version;
}

/** A view per table, so readers never name a version and a switch is invisible to them. */
async function pointViews(tx: ProjectionTx, projection: Projection, version: number): Promise<void> {
  const names = tableNamesOf(projection, version);
  for (const table of projection.tables) {
    await tx.exec(
      `DROP VIEW IF EXISTS ${table.name}; CREATE VIEW ${table.name} AS SELECT * FROM ${names[table.name]}`,
    );
  }
}

export interface VersionStatus {
  projection: string;
  version: number;
  state: VersionState;
  checkpoint: number;
  eventsApplied: number;
  startedAt: string;
  liveSince: string | null;
}

export async function versionStatus(
  db: Pick<ProjectionDb, 'query'>,
  name?: string,
): Promise<VersionStatus[]> {
  const rows = await db.query<Record<string, unknown>>(
    `SELECT projection, version, state, checkpoint, events_applied, started_at, live_since
       FROM projection_versions WHERE ($1::text IS NULL OR projection = $1) AND state <> 'retired'
      ORDER BY projection, version`,
    [name ?? null],
  );
  return rows.map((r) => ({
    projection: String(r.projection),
    version: Number(r.version),
    state: r.state as VersionState,
    checkpoint: Number(r.checkpoint),
    eventsApplied: Number(r.events_applied),
    startedAt: new Date(r.started_at as string).toISOString(),
    liveSince: r.live_since ? new Date(r.live_since as string).toISOString() : null,
  }));
}

/**
 * How far the live version of projection `name` has applied the log: its version and checkpoint, or
 * undefined before a runner has created it. What a reader outside the runner waits on or keys a cache
 * by, instead of reading the runner's own table.
 */
export async function liveCheckpoint(
  db: Pick<ProjectionDb, 'query'>,
  name: string,
): Promise<{ version: number; checkpoint: number } | undefined> {
  const row = await versionIn(db, name, 'live');
  return row && { version: Number(row.version), checkpoint: Number(row.checkpoint) };
}

export async function liveTarget(
  db: Pick<ProjectionDb, 'query'>,
  projection: Projection,
): Promise<Target | undefined> {
  const row = await versionIn(db, projection.name, 'live');
  return row && targetOf(projection, row);
}
