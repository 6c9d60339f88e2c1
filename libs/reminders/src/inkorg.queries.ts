/**
 * A person's inbox, newest first, a page at a time, with the uppdrag's text and a Swedish title. Keyset
 * paging, not offset: the cursor is the log position of the last entry returned, so a page stays
 * correct while new reminders arrive. Newest first is the order of the log (a later delivery is written
 * later), which is also the order of `sent_at`.
 */
import { type PaminnelseKind } from '@sparbar/domain';
import { reminderSubject } from './reminder-text';

export interface InkorgEntry {
  key: string;
  uppdragId: string;
  uppdragText: string | null;
  period: string;
  deadline: string;
  kind: PaminnelseKind;
  /** What the e-mail's subject says: "Påminnelse: rapport för april 2023 senast måndag 15 maj 2023". */
  title: string;
  sentAt: string;
}

export interface InkorgPage {
  entries: InkorgEntry[];
  /** Pass as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

export interface InkorgSearch {
  /** 1–500; 50 when left out. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

/** A search the query cannot answer, naming the parameter. */
export class InkorgQueryError extends Error {
  constructor(
    readonly field: 'limit' | 'cursor',
    message: string,
  ) {
    super(message);
  }
}

export const INKORG_CURSOR_PATTERN = /^\d{1,18}$/;

export async function inkorgOf(
  sql: { query<R>(text: string, params?: readonly unknown[]): Promise<R[]> },
  personId: string,
  search: InkorgSearch = {},
): Promise<InkorgPage> {
  const limit = search.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new InkorgQueryError('limit', 'limit måste vara ett heltal från 1 till 500.');
  if (search.cursor !== undefined && !INKORG_CURSOR_PATTERN.test(search.cursor))
    throw new InkorgQueryError('cursor', 'Ogiltig cursor.');
  const rows = await sql.query<{
    key: string;
    uppdrag_id: string;
    text: string | null;
    period: string;
    deadline: string;
    kind: PaminnelseKind;
    sent_at: string | Date;
    position: string | number;
  }>(
    `SELECT i.idempotency_key AS key, i.uppdrag_id, u.text, i.period,
            to_char(i.deadline, 'YYYY-MM-DD') AS deadline, i.kind, i.sent_at, i.position
       FROM inkorg i LEFT JOIN uppdrag_now u ON u.uppdrag_id = i.uppdrag_id
      WHERE i.person_id = $1 AND ($2::bigint IS NULL OR i.position < $2::bigint)
      ORDER BY i.position DESC
      LIMIT $3`,
    [personId, search.cursor ?? null, limit + 1],
  );
  const entries = rows.slice(0, limit).map((r) => ({
    key: r.key,
    uppdragId: r.uppdrag_id,
    uppdragText: r.text,
    period: r.period,
    deadline: r.deadline,
    kind: r.kind,
    title: reminderSubject(r.kind, r.period, r.deadline),
    sentAt: new Date(r.sent_at).toISOString(),
  }));
  const last = rows[limit - 1];
  return { entries, nextCursor: rows.length > limit ? String(last.position) : null };
}
