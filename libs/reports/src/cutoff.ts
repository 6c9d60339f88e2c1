/**
 * A report's cutoff: the chain head (libs/audit's event_chain) at or before a position. Reports are
 * read with `upToPosition` = that position, so the same cutoff gives the same table however much the
 * log has grown since, and the hash lets a reader tie the document to the verified chain.
 */
import { type ReportCutoff } from './uppdrag-table';

interface Reader {
  query<T>(text: string, params?: unknown[]): Promise<T[]>;
}

export class CutoffNotFoundError extends Error {
  readonly code = 'CUTOFF_NOT_FOUND';
}

export async function reportCutoff(db: Reader, position?: number): Promise<ReportCutoff> {
  const rows = await db.query<{ position: string | number; hash: string }>(
    position === undefined
      ? 'SELECT position, hash FROM event_chain ORDER BY position DESC LIMIT 1'
      : 'SELECT position, hash FROM event_chain WHERE position <= $1 ORDER BY position DESC LIMIT 1',
    position === undefined ? [] : [position],
  );
  if (rows.length === 0)
    throw new CutoffNotFoundError('Det finns ingen kedjad händelse vid eller före positionen.');
  return { position: Number(rows[0].position), hash: rows[0].hash.trim() };
}
