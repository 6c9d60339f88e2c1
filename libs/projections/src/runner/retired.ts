/**
 * A projection the code no longer builds: its tables stay (and keep serving readers of older code)
 * until what replaces it is live in this code's shape, then a worker drops its views and every
 * version's tables. Idempotent, and done under the projection's lock, so two workers may both try.
 */
import { type ProjectionDb } from '../db/projection-db';
import { versionedName } from '../projection';
import { lockProjection } from './versions';

export interface RetiredProjection {
  name: string;
  /** Base names of its tables (the views readers queried). */
  tables: readonly string[];
  /** The projections that serve what it served: it is dropped only once these are current. */
  replacedBy: readonly string[];
}

/** Drops `retired`'s views and tables, and marks its versions retired. */
export async function dropRetired(db: ProjectionDb, retired: RetiredProjection): Promise<void> {
  return db.transaction(async (tx) => {
    await lockProjection(tx, retired.name);
    const versions = await tx.query<{ version: number }>(
      `SELECT version FROM projection_versions WHERE projection = $1 AND state <> 'retired'`,
      [retired.name],
    );
    for (const table of retired.tables) {
      await tx.exec(`DROP VIEW IF EXISTS ${table}`);
      for (const { version } of versions)
        await tx.exec(`DROP TABLE IF EXISTS ${versionedName(table, version)}`);
    }
    await tx.query(
      `UPDATE projection_versions SET state = 'retired', retired_at = now() WHERE projection = $1 AND state <> 'retired'`,
      [retired.name],
    );
    await tx.query('DELETE FROM projection_registry WHERE projection = $1', [retired.name]);
  });
}

/** Whether `retired` still has tables to drop. */
export async function stillThere(
  db: Pick<ProjectionDb, 'query'>,
  retired: RetiredProjection,
): Promise<boolean> {
  const rows = await db.query(
    `SELECT 1 FROM projection_versions WHERE projection = $1 AND state <> 'retired' LIMIT 1`,
    [retired.name],
  );
  return rows.length > 0;
}
