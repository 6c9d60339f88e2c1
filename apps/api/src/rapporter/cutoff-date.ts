/**
 * The date a cutoff is from, for the footers and file names: the business date the event at the cutoff
 * was recorded. Read through the event store port (the one event after the chain's previous position),
 * so it is the same whichever store holds the log, and the same for a cutoff however long ago it was.
 */
import { businessDateOf } from '@sparbar/domain';
import { type EventStore, type SqlExecutor } from '@sparbar/event-store';
import { type ReportCutoff } from '@sparbar/reports';

export async function withCutoffDate(
  store: EventStore,
  sql: SqlExecutor,
  cutoff: ReportCutoff,
): Promise<ReportCutoff> {
  const [previous] = await sql.query<{ position: string | number }>(
    'SELECT position FROM event_chain WHERE position < $1 ORDER BY position DESC LIMIT 1',
    [cutoff.position],
  );
  const after = previous === undefined ? {} : { after: Number(previous.position) };
  for await (const event of store.readRange({ ...after, upTo: cutoff.position }))
    if (event.position === cutoff.position) return { ...cutoff, date: businessDateOf(event.recordedAt) };
  return cutoff;
}
