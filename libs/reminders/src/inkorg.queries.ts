/**
 * A person's inbox, newest first, a page at a time, with the item's text (the uppdrag's from
 * `uppdrag_now`, the delmål's from `delmal_timeline`) and a Swedish title. Keyset
 * paging, not offset: the cursor is the log position of the last entry returned, so a page stays
 * correct while new reminders arrive. Newest first is the order of the log (a later delivery is written
 * later), which is also the order of `sent_at`.
 */
import { type PaminnelseKind, type ReminderItemKind } from '@sparbar/domain';
import { INKORG_TABLE } from './inkorg.projection';
import { delmalReminderSubject, reminderSubject } from './reminder-text';

export interface InkorgEntry {
  key: string;
  /** What the reminder is about: an uppdrag's report or a delmål's bedömning. */
  itemKind: ReminderItemKind;
  itemId: string;
  /** The uppdrag's or the delmål's text (null if the read model does not know it yet). */
  itemText: string | null;
  /** @deprecated `itemId`, whatever `itemKind` is: kept for the clients written before delmål. */
  uppdragId: string;
  /** @deprecated `itemText`, likewise. */
  uppdragText: string | null;
  period: string;
  deadline: string;
  kind: PaminnelseKind;
  /**
   * What the e-mail's subject says: "Påminnelse: rapport för april 2023 senast måndag 15 maj 2023",
   * "Påminnelse: bedömning av delmålet "…" för tertial 1 2023, senast måndag 15 maj 2023".
   */
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
    item_kind: ReminderItemKind;
    item_id: string;
    text: string | null;
    period: string;
    deadline: string;
    kind: PaminnelseKind;
    sent_at: string | Date;
    position: string | number;
  }>(
    `SELECT i.idempotency_key AS key, i.item_kind, i.item_id,
            CASE i.item_kind
              WHEN 'delmal' THEN (SELECT d.text FROM delmal_timeline d
                                   WHERE d.delmal_id = i.item_id ORDER BY d.position DESC LIMIT 1)
              ELSE u.text
            END AS text,
            i.period, to_char(i.deadline, 'YYYY-MM-DD') AS deadline, i.kind, i.sent_at, i.position
       FROM ${INKORG_TABLE} i
       LEFT JOIN uppdrag_now u ON i.item_kind = 'uppdrag' AND u.uppdrag_id = i.item_id
      WHERE i.person_id = $1 AND ($2::bigint IS NULL OR i.position < $2::bigint)
      ORDER BY i.position DESC
      LIMIT $3`,
    [personId, search.cursor ?? null, limit + 1],
  );
  const entries = rows.slice(0, limit).map((r) => ({
    key: r.key,
    itemKind: r.item_kind,
    itemId: r.item_id,
    itemText: r.text,
    uppdragId: r.item_id,
    uppdragText: r.text,
    period: r.period,
    deadline: r.deadline,
    kind: r.kind,
    title:
      r.item_kind === 'delmal'
        ? delmalReminderSubject(r.kind, r.period, r.deadline, r.text)
        : reminderSubject(r.kind, r.period, r.deadline),
    sentAt: new Date(r.sent_at).toISOString(),
  }));
  const last = rows[limit - 1];
  return { entries, nextCursor: rows.length > limit ? String(last.position) : null };
}
