/**
 * Versions from before fingerprints: taken as this code's when their tables are what this code makes.
 */
import { type ProjectionTx } from '../db/projection-db';
import { type Projection, versionedName } from '../projection';
import { fingerprintOf } from './fingerprint';
import { createTable } from './tables';

/**
 * A live version built before fingerprints existed. Rebuilding every one of them on the first start
 * of every installation would cost as much as a full rebuild for nothing, so the version is taken as
 * this code's when its tables are exactly what this code creates (columns with their types, nullability
 * and defaults, and the indexes: compared in information_schema and pg_indexes with the code's tables
 * created and rolled back beside them) and the projection still has its first fold (`foldVersion` 1:
 * a fold changed since would not show in the tables). Otherwise it stays without a fingerprint, which
 * differs from the code's, and a worker rebuilds it. Returns the fingerprint now recorded, or null.
 */
export async function adoptLegacyVersion(
  tx: ProjectionTx,
  projection: Projection,
  live: { version: number },
): Promise<string | null> {
  if ((projection.foldVersion ?? 1) !== 1) return null;
  let same = true;
  await tx.exec('SAVEPOINT fingerprint_probe');
  try {
    for (const table of projection.tables) {
      const probe = `${table.name}_vprobe`;
      await createTable(tx, table, probe, true);
      const [actual, wanted] = [
        await tableShape(tx, versionedName(table.name, live.version)),
        await tableShape(tx, probe),
      ];
      if (actual !== wanted) same = false;
    }
  } finally {
    await tx.exec('ROLLBACK TO SAVEPOINT fingerprint_probe; RELEASE SAVEPOINT fingerprint_probe');
  }
  if (!same) return null;
  const fingerprint = fingerprintOf(projection);
  await tx.query('UPDATE projection_versions SET fingerprint = $3 WHERE projection = $1 AND version = $2', [
    projection.name,
    live.version,
    fingerprint,
  ]);
  return fingerprint;
}

/** A table's columns and indexes as text, its own name replaced, so two tables' shapes compare. */
async function tableShape(tx: ProjectionTx, name: string): Promise<string> {
  const columns = await tx.query<Record<string, unknown>>(
    `SELECT column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length,
            numeric_precision, numeric_scale
       FROM information_schema.columns
      WHERE table_schema = current_schema() AND table_name = $1 ORDER BY ordinal_position`,
    [name],
  );
  const indexes = await tx.query<{ indexdef: string }>(
    'SELECT indexdef FROM pg_indexes WHERE schemaname = current_schema() AND tablename = $1',
    [name],
  );
  const own = new RegExp(`\\b${name}(?=_|\\b)`, 'g');
  return JSON.stringify({
    columns,
    indexes: indexes.map((i) => i.indexdef.replace(own, '{table}')).sort(),
  });
}
