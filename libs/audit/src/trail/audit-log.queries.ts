/**
 * Searching the audit trail (for the API and the auditor): by date range in business or recorded
 * time, organ, person (who did it, by id or by a part of their name), item and words in the texts,
 * newest first, a page at a time. Paging is by key, not by
 * offset: the cursor is the position of the last entry returned, so a page stays correct while new
 * events arrive and costs the same however deep it is.
 */
import { isIsoDate, isIsoTimestamp } from '@sparbar/domain';
import { type SqlExecutor } from '@sparbar/event-store';
import { type FieldChange } from './changes';
import { type ItemKind } from './describe';

export interface AuditSearch {
  /** Inclusive. A date (`2023-05-01`) is a whole Swedish calendar day; else an ISO timestamp with zone. */
  from?: string;
  /** Inclusive, as `from`. */
  to?: string;
  /** Which time `from`/`to` and the order refer to: when it happened (default) or when it was recorded. */
  time?: 'business' | 'recorded';
  /** Events concerning this organ (an uppdrag's recipients, samordnare and giver; a delmål's nämnd; …). */
  organ?: string;
  /** Events this person did (the actor). */
  person?: string;
  /** Events done by someone whose name (then or now) contains this, case-insensitive. */
  personName?: string;
  /**
   * Words that must all occur (case-insensitive, anywhere in a word) in the description, the reason or
   * a changed text (`AUDIT_TEXT_FIELDS`: a kommentar, a text, an answer), e.g. `avtal inköp`.
   */
  words?: string;
  item?: { kind: ItemKind; id: string };
  /** 1–500, default 50. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

export interface AuditEntry {
  position: number;
  eventId: string;
  eventType: string;
  item: { kind: ItemKind; id: string };
  /** The name as the log gave it when the event happened, else the person's latest known name. */
  actor: { personId: string; name: string | null };
  /** Business time: when it happened in the world. */
  occurredAt: string;
  /** When the system stored it. */
  recordedAt: string;
  organs: string[];
  period: string | null;
  description: string;
  changes: FieldChange[];
  reason: string | null;
}

export interface AuditPage {
  entries: AuditEntry[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export class AuditQueryError extends Error {
  readonly code = 'INVALID_AUDIT_QUERY';
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/**
 * The changed fields that hold people's own words (a kommentar, a text, an answer), which a search by
 * words reads beside the description and the reason; not ids, dates or enum keys.
 */
export const AUDIT_TEXT_FIELDS: readonly string[] = [
  'kommentar',
  'text',
  'beskrivning',
  'namn',
  'svar',
  'conclusion',
  'vad',
  'hur',
];

const BUSINESS_ZONE = 'Europe/Stockholm';
const ITEM_KINDS: readonly ItemKind[] = ['uppdrag', 'delmal', 'organ', 'person', 'other'];
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

export async function searchAuditLog(
  db: Pick<SqlExecutor, 'query'>,
  search: AuditSearch = {},
): Promise<AuditPage> {
  const column = search.time === 'recorded' ? 'recorded_at' : 'occurred_at';
  if (search.time !== undefined && search.time !== 'business' && search.time !== 'recorded')
    throw new AuditQueryError('time', 'time måste vara business eller recorded.');
  const limit = search.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new AuditQueryError('limit', 'limit måste vara ett heltal från 1 till 500.');

  const params: unknown[] = [];
  const where: string[] = [];
  const param = (value: unknown) => `$${params.push(value)}`;
  if (search.from !== undefined)
    where.push(`a.${column} >= ${param(lowerBound(search.from, 'from'))}::timestamptz`);
  if (search.to !== undefined) {
    const bound = upperBound(search.to, 'to');
    where.push(`a.${column} ${bound.op} ${param(bound.value)}::timestamptz`);
  }
  if (search.organ !== undefined)
    where.push(`a.organs @> jsonb_build_array(${param(text(search.organ, 'organ'))}::text)`);
  if (search.person !== undefined) where.push(`a.actor = ${param(text(search.person, 'person'))}`);
  if (search.personName !== undefined) {
    const p = param(contains(text(search.personName, 'personName')));
    where.push(`(a.actor_name ILIKE ${p} OR n.name ILIKE ${p})`);
  }
  let textFields: string | undefined;
  const texts = () => (textFields ??= param(AUDIT_TEXT_FIELDS));
  if (search.words !== undefined)
    for (const word of wordsOf(search.words)) {
      const p = param(contains(word));
      // No index: ILIKE on the texts scans the rows the other filters leave (a trigram index would need
      // the pg_trgm extension); the audit trail of one region is small enough for that.
      where.push(
        `(a.description ILIKE ${p} OR a.reason ILIKE ${p} OR EXISTS (SELECT 1 FROM json_array_elements(a.changes) c
           WHERE c->>'field' = ANY(${texts()}::text[]) AND (c->>'to' ILIKE ${p} OR c->>'from' ILIKE ${p})))`,
      );
    }
  if (search.item !== undefined) {
    if (!ITEM_KINDS.includes(search.item.kind))
      throw new AuditQueryError('item.kind', `Okänd sorts post: ${search.item.kind}.`);
    where.push(
      `a.item_kind = ${param(search.item.kind)} AND a.item_id = ${param(text(search.item.id, 'item.id'))}`,
    );
  }
  if (search.cursor !== undefined) {
    if (!/^\d{1,18}$/.test(search.cursor)) throw new AuditQueryError('cursor', 'Ogiltig cursor.');
    const p = param(search.cursor);
    where.push(
      `(a.${column}, a.position) < (SELECT c.${column}, c.position FROM audit_log c WHERE c.position = ${p}::bigint)`,
    );
  }
  const rows = await db.query<Record<string, unknown>>(
    `SELECT a.position, a.event_id, a.event_type, a.item_kind, a.item_id, a.actor,
            coalesce(a.actor_name, n.name) AS actor_name, ${iso('a.occurred_at')} AS occurred_at,
            ${iso('a.recorded_at')} AS recorded_at, a.organs, a.period, a.description, a.changes, a.reason
       FROM audit_log a LEFT JOIN audit_names n ON n.key = 'person:' || a.actor
      ${where.length > 0 ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY a.${column} DESC, a.position DESC LIMIT ${param(limit + 1)}`,
    params,
  );
  const entries = rows.slice(0, limit).map(toEntry);
  return { entries, nextCursor: rows.length > limit ? String(entries[entries.length - 1].position) : null };
}

function toEntry(r: Record<string, unknown>): AuditEntry {
  return {
    position: Number(r.position),
    eventId: r.event_id as string,
    eventType: r.event_type as string,
    item: { kind: r.item_kind as ItemKind, id: r.item_id as string },
    actor: { personId: r.actor as string, name: (r.actor_name as string | null) ?? null },
    occurredAt: r.occurred_at as string,
    recordedAt: r.recorded_at as string,
    organs: r.organs as string[],
    period: (r.period as string | null) ?? null,
    description: r.description as string,
    changes: r.changes as FieldChange[],
    reason: (r.reason as string | null) ?? null,
  };
}

function lowerBound(value: string, field: string): string {
  if (isIsoDate(value)) return `${value} 00:00:00 ${BUSINESS_ZONE}`;
  if (isIsoTimestamp(value)) return value;
  throw new AuditQueryError(
    field,
    `${field} måste vara ett datum (ÅÅÅÅ-MM-DD) eller en tidpunkt med tidszon.`,
  );
}

/** A date includes its whole day: everything before the next day's midnight, Swedish time. */
function upperBound(value: string, field: string): { op: '<' | '<='; value: string } {
  if (isIsoDate(value)) {
    const next = new Date(`${value}T00:00:00Z`);
    next.setUTCDate(next.getUTCDate() + 1);
    return { op: '<', value: `${next.toISOString().slice(0, 10)} 00:00:00 ${BUSINESS_ZONE}` };
  }
  return { op: '<=', value: lowerBound(value, field) };
}

/**
 * The last position recorded before the end of `date` (a whole Swedish calendar day), or null when
 * nothing was: the head of the log as it stood at midnight, as far as the trail has read it.
 */
export async function lastPositionRecordedBy(
  db: Pick<SqlExecutor, 'query'>,
  date: string,
): Promise<number | null> {
  if (!isIsoDate(date)) throw new AuditQueryError('date', 'Datumet måste vara på formen ÅÅÅÅ-MM-DD.');
  const [row] = await db.query<{ position: string | number | null }>(
    `SELECT max(position) AS position FROM audit_log
      WHERE recorded_at < (($1::date + 1)::timestamp AT TIME ZONE '${BUSINESS_ZONE}')`,
    [date],
  );
  return row?.position === null || row?.position === undefined ? null : Number(row.position);
}

/** The names the trail knows, keyed `organ:<id>` / `person:<id>`, for the keys asked. */
export async function auditNames(
  db: Pick<SqlExecutor, 'query'>,
  keys: readonly string[],
): Promise<Map<string, string>> {
  if (keys.length === 0) return new Map();
  const rows = await db.query<{ key: string; name: string }>(
    'SELECT key, name FROM audit_names WHERE key = ANY($1::text[])',
    [[...new Set(keys)]],
  );
  return new Map(rows.map((r) => [r.key, r.name]));
}

const MAX_WORDS = 10;

function wordsOf(value: unknown): string[] {
  const words = text(value, 'words').split(/\s+/u).filter(Boolean);
  if (words.length === 0) throw new AuditQueryError('words', 'words måste innehålla minst ett ord.');
  if (words.length > MAX_WORDS) throw new AuditQueryError('words', `Högst ${MAX_WORDS} ord.`);
  return words;
}

/** `%value%` for ILIKE, with the pattern's own characters taken literally. */
const contains = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function text(value: unknown, field: string): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200)
    throw new AuditQueryError(field, `${field} måste vara en icke-tom text.`);
  return value;
}
