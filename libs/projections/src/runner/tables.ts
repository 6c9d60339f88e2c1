/** A version's table from its definition: what a new version and the legacy check both create. */
import { type ProjectionTx } from '../db/projection-db';
import { type ProjectionTable } from '../projection';

export async function createTable(
  tx: ProjectionTx,
  table: ProjectionTable,
  name: string,
  indexed: boolean,
): Promise<void> {
  await tx.exec(`CREATE TABLE IF NOT EXISTS ${name} (${table.columns})`);
  if (indexed) for (const index of table.indexes) await tx.exec(indexSql(index, name));
}

export function indexSql(template: string, table: string): string {
  return template.replace(/\{table\}/g, table);
}
