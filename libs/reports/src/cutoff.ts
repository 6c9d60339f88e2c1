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

/**
 * The cutoff at exactly `position`, which must be a chained event: a position past the head would name
 * a different document tomorrow, so it is refused rather than rounded down.
 */
export async function exactCutoff(db: Reader, position: number): Promise<ReportCutoff> {
  const rows = await db.query<{ position: string | number; hash: string }>(
    'SELECT position, hash FROM event_chain WHERE position = $1',
    [position],
  );
  if (rows.length === 0)
    throw new CutoffNotFoundError(`Position ${position} finns inte i den verifierade kedjan.`);
  return { position: Number(rows[0].position), hash: rows[0].hash.trim() };
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
