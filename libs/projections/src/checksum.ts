/**
 * A digest of a read model's content: every row of every table of one version, in the table's key
 * order, as PostgreSQL's text form of the row, fed to sha256. Two builds from the same log give the
 * same digest; the session settings that shape the text (time zone, date and float output) are fixed
 * so that the digest does not depend on who computes it.
 */
import { createHash } from 'node:crypto';
import { type ProjectionDb } from './db/projection-db';
import { type Projection, versionedName } from './projection';
import { liveTarget } from './runner/versions';

export interface Checksum {
  projection: string;
  version: number;
  rows: number;
  sha256: string;
}

const PAGE = 5_000;

export async function checksum(
  db: ProjectionDb,
  projection: Projection,
  version?: number,
): Promise<Checksum> {
  const chosen = version ?? (await liveTarget(db, projection))?.version;
  if (chosen === undefined) throw new Error(`Projection ${projection.name} has no live version`);
  return db.transaction(async (tx) => {
    // One snapshot for every table of the version, even while a worker keeps applying to it.
    await tx.exec(`SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY;
      SET LOCAL TimeZone = 'UTC'; SET LOCAL DateStyle = 'ISO, YMD'; SET LOCAL extra_float_digits = 1;
      SET LOCAL IntervalStyle = 'postgres'`);
    const hash = createHash('sha256');
    let rows = 0;
    for (const table of projection.tables) {
      hash.update(`# ${table.name}\n`);
      // A cursor keeps memory flat however large the table.
      await tx.exec(`DECLARE checksum_rows NO SCROLL CURSOR FOR
        SELECT t::text AS line FROM ${versionedName(table.name, chosen)} t ORDER BY ${table.orderBy}`);
      for (;;) {
        const page = await tx.query<{ line: string }>(`FETCH ${PAGE} FROM checksum_rows`);
        for (const { line } of page) hash.update(`${line}\n`);
        rows += page.length;
        if (page.length < PAGE) break;
      }
      await tx.exec('CLOSE checksum_rows');
    }
    return { projection: projection.name, version: chosen, rows, sha256: hash.digest('hex') };
  });
}
