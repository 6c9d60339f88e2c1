/**
 * The runner's own tables, versioned apart from the event store's (`projection_migrations`, not
 * `schema_migrations`), so either can move on without the other.
 *
 * - `projection_registry`: one row per projection, naming the version readers are served from.
 * - `projection_versions`: every version built, its state and its checkpoint (the position of the last
 *   event applied). A version's tables and its checkpoint change only together, in one transaction.
 *   Its `fingerprint` is the shape of the code that built it (see runner/fingerprint.ts).
 */
import { type ProjectionDb } from '../db/projection-db';

interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'registry and versions',
    sql: `
CREATE TABLE projection_registry (
  projection   text PRIMARY KEY,
  live_version int
);
CREATE TABLE projection_versions (
  projection     text        NOT NULL,
  version        int         NOT NULL,
  state          text        NOT NULL CHECK (state IN ('building', 'live', 'retired')),
  checkpoint     bigint      NOT NULL DEFAULT 0,
  events_applied bigint      NOT NULL DEFAULT 0,
  started_at     timestamptz NOT NULL DEFAULT now(),
  live_since     timestamptz,
  retired_at     timestamptz,
  PRIMARY KEY (projection, version)
);
-- At most one live and one building version per projection.
CREATE UNIQUE INDEX projection_versions_one_live ON projection_versions (projection) WHERE state = 'live';
CREATE UNIQUE INDEX projection_versions_one_building ON projection_versions (projection) WHERE state = 'building';
`,
  },
  {
    version: 2,
    name: 'version fingerprints',
    // Null for versions built before fingerprints: see `adoptLegacyVersion` for what happens to them.
    sql: `ALTER TABLE projection_versions ADD COLUMN fingerprint text;`,
  },
];

/**
 * One lock per schema (the event store's has another name in it), so two starting workers on one
 * schema do not race while the tenants of a server migrate side by side.
 */
export const MIGRATION_LOCK_SQL = `SELECT pg_advisory_xact_lock(hashtextextended('sparbar:projections:' || current_schema(), 0))`;

/** Applies what is missing, in one transaction, under a lock so two starting workers do not race. */
export async function migrateProjections(db: ProjectionDb): Promise<number[]> {
  return db.transaction(async (tx) => {
    await tx.query(MIGRATION_LOCK_SQL);
    await tx.query(`CREATE TABLE IF NOT EXISTS projection_migrations (
      version int PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const done = new Set(
      (await tx.query<{ version: number }>('SELECT version FROM projection_migrations')).map(
        (r) => r.version,
      ),
    );
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.version)) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO projection_migrations (version, name) VALUES ($1, $2)', [
        m.version,
        m.name,
      ]);
      applied.push(m.version);
    }
    return applied;
  });
}
