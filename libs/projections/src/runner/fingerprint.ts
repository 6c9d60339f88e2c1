/**
 * A projection version's shape: a hash of its tables' definitions (columns, indexes, order) and the fold
 * version the projection declares. Stored with each version, so a worker running newer code can tell
 * that the live version was built by other code and must be rebuilt beside it.
 */
import { createHash } from 'node:crypto';
import { type Projection } from '../projection';

/** Whitespace does not change a definition: re-indenting a column list must not cost a rebuild. */
const normal = (sql: string) => sql.replace(/\s+/g, ' ').trim();

export function fingerprintOf(projection: Projection): string {
  const shape = {
    fold: projection.foldVersion ?? 1,
    tables: projection.tables.map((t) => ({
      name: t.name,
      columns: normal(t.columns),
      indexes: t.indexes.map(normal),
      orderBy: normal(t.orderBy),
    })),
  };
  return createHash('sha256').update(JSON.stringify(shape)).digest('hex').slice(0, 32);
}
