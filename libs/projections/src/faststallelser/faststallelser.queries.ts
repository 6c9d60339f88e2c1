/**
 * Reading the fastställanden: the adoption and handling events of some organs' periods as the log
 * holds them, oldest first, cut at a time point in SQL. A reader that combines them with the period
 * facts first waits (`adoptionsCaughtUp`) until this read model has come as far as the facts it
 * combines them with, so it never shows a table newer than the adoptions beside it.
 */
import { type FaststallelseEvent, type PeriodReportAdopted } from '@sparbar/domain';
import { liveCheckpoint } from '../runner/versions';
import { type SqlReader } from '../uppdrag-now/uppdrag-now.queries';
import { type TimePoint, timeBounds, withinTime } from '../periods/time-point';
import { faststallelserProjection } from './faststallelser.projection';

/** One adoption or handling as stored, with where it is in the log and when it was recorded. */
export type FaststallelseFact = FaststallelseEvent & {
  position: number;
  eventId: string;
  /** The stream's revision after it: what the faststallelse stream's ETag says. */
  revision: number;
  actor: string;
  occurredAt: string;
  recordedAt: string;
};

export interface FaststallelseFactsQuery extends TimePoint {
  /** Only these organs; all when not given. */
  organIds?: readonly string[];
  /** Only these periods ('2023-T1', '2023-04'); all when not given. */
  periods?: readonly string[];
  /** Only adoptions, no handlings. */
  adoptedOnly?: boolean;
}

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export async function faststallelseFacts(
  db: SqlReader,
  query: FaststallelseFactsQuery = {},
): Promise<FaststallelseFact[]> {
  const bounds = timeBounds(query);
  const params: unknown[] = [bounds.occurredBefore, bounds.recordedBy, bounds.upToPosition];
  const where = [withinTime('f', '$1', '$2', '$3')];
  if (query.organIds !== undefined) {
    params.push([...query.organIds]);
    where.push(`f.organ_id = ANY($${params.length}::text[])`);
  }
  if (query.periods !== undefined) {
    params.push([...query.periods]);
    where.push(`f.period = ANY($${params.length}::text[])`);
  }
  if (query.adoptedOnly) where.push(`f.event_type = 'PeriodReportAdopted'`);
  const rows = await db.query<{
    position: string | number;
    event_id: string;
    event_type: FaststallelseEvent['type'];
    stream_revision: number;
    actor: string;
    occurred_at: string;
    recorded_at: string;
    data: FaststallelseEvent['data'];
  }>(
    `SELECT f.position, f.event_id, f.event_type, f.stream_revision, f.actor, f.data,
            ${iso('f.occurred_at')} AS occurred_at, ${iso('f.recorded_at')} AS recorded_at
       FROM faststallelse_facts f
      WHERE ${where.join(' AND ')}
      ORDER BY f.position`,
    params,
  );
  return rows.map(
    (r) =>
      ({
        type: r.event_type,
        data: r.data,
        position: Number(r.position),
        eventId: r.event_id,
        revision: Number(r.stream_revision),
        actor: r.actor,
        occurredAt: r.occurred_at,
        recordedAt: r.recorded_at,
      }) as FaststallelseFact,
  );
}

/** An adoption with where in the log (and when) it was recorded: the open data's unit. */
export interface AdoptionFact {
  organId: string;
  period: string;
  meetingDate: string;
  paragraf: string;
  position: number;
  recordedAt: string;
  eventId: string;
}

/** Every adoption up to a position, oldest first (re-adoptions included). */
export async function adoptionsUpTo(db: SqlReader, upToPosition: number): Promise<AdoptionFact[]> {
  const facts = await faststallelseFacts(db, { upToPosition, adoptedOnly: true });
  return facts.map((f) => {
    const data = f.data as PeriodReportAdopted['data'];
    return {
      organId: data.organId,
      period: data.period,
      meetingDate: data.meetingDate,
      paragraf: data.paragraf,
      position: f.position,
      recordedAt: f.recordedAt,
      eventId: f.eventId,
    };
  });
}

/** The read model has not come as far as a reader needs, within the wait: "not yet", retry. */
export class ReadModelBehindError extends Error {
  readonly code = 'READ_MODEL_BEHIND';
  constructor(
    readonly projection: string,
    readonly position: number,
  ) {
    super(`The read model ${projection} has not reached position ${position}`);
  }
}

/**
 * Waits until the fastställanden's live checkpoint is at or past `position` (polling every 50 ms, at
 * most `waitMs`); throws ReadModelBehindError after that. The worker applies each projection in its
 * own lane, so the adoptions may trail the period facts by a batch; they are few, so it is short.
 */
export async function adoptionsCaughtUp(db: SqlReader, position: number, waitMs = 10_000): Promise<void> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const live = await liveCheckpoint(db, faststallelserProjection.name);
    if (live && live.checkpoint >= position) return;
    if (Date.now() >= deadline) throw new ReadModelBehindError(faststallelserProjection.name, position);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
