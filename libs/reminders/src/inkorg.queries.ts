/**
 * A person's inbox, newest first, a page at a time, with the item's text (the uppdrag's from
 * `uppdrag_now`, the delmål's from `delmal_timeline`, an uppsiktsärende's and a kontrollmoment's from
 * `inkorg_amnen`), a Swedish title and where in the web application the item is. Keyset
 * paging, not offset: the cursor is the log position of the last entry returned, so a page stays
 * correct while new reminders arrive. Newest first is the order of the log (a later delivery is written
 * later), which is also the order of `sent_at`.
 */
import { parseInternkontrollPlanId, type PaminnelseKind, type ReminderItemKind } from '@sparbar/domain';
import { INKORG_AMNEN_TABLE } from './inkorg-amnen.projection';
import { INKORG_TABLE } from './inkorg.projection';
import {
  atgardReminderSubject,
  kontrollmomentReminderSubject,
  uppsiktReminderSubject,
} from './oversight-text';

/** The kinds whose id is unique within their internkontrollplan only: the entry names the plan. */
const PLAN_PARTS: ReadonlySet<ReminderItemKind> = new Set<ReminderItemKind>(['kontrollmoment', 'atgard']);
import { delmalReminderSubject, reminderSubject } from './reminder-text';

export interface InkorgEntry {
  key: string;
  /**
   * What the reminder is about: an uppdrag's report, a delmål's bedömning, the answer to an
   * uppsiktsärende, or a kontrollmoment's result.
   */
  itemKind: ReminderItemKind;
  /** The item's id; a kontrollmoment's is unique within its plan (`planId`) only. */
  itemId: string;
  /** A kontrollmoment's internkontrollplan (`hsn-2023`); null for the other kinds. */
  planId: string | null;
  /** The item's text (null if the read model does not know it yet). */
  itemText: string | null;
  /** The page of the item in the web application (`/uppsikt/<id>`, `/delmal/<id>/historik`, …). */
  link: string;
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
    job_id: string;
    text: string | null;
    period: string;
    deadline: string;
    kind: PaminnelseKind;
    sent_at: string | Date;
    position: string | number;
  }>(
    `SELECT i.idempotency_key AS key, i.item_kind, i.item_id, i.job_id,
            CASE i.item_kind
              WHEN 'delmal' THEN (SELECT d.text FROM delmal_timeline d
                                   WHERE d.delmal_id = i.item_id ORDER BY d.position DESC LIMIT 1)
              WHEN 'uppdrag' THEN u.text
              -- The job id without '.<period>.<p14|e>' names the item (see inkorg-amnen.projection.ts).
              ELSE (SELECT a.text FROM ${INKORG_AMNEN_TABLE} a
                     WHERE a.item_key = regexp_replace(i.job_id, '[.][^.]+[.][^.]+$', ''))
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
    planId: PLAN_PARTS.has(r.item_kind) ? (r.job_id.split('.')[1] ?? null) : null,
    itemText: r.text,
    link: linkOf(r.item_kind, r.item_id, r.job_id, r.period),
    uppdragId: r.item_id,
    uppdragText: r.text,
    period: r.period,
    deadline: r.deadline,
    kind: r.kind,
    title: titleOf(r.item_kind, r.kind, r.period, r.deadline, r.text),
    sentAt: new Date(r.sent_at).toISOString(),
  }));
  const last = rows[limit - 1];
  return { entries, nextCursor: rows.length > limit ? String(last.position) : null };
}

function titleOf(
  itemKind: ReminderItemKind,
  kind: PaminnelseKind,
  period: string,
  deadline: string,
  text: string | null,
): string {
  switch (itemKind) {
    case 'delmal':
      return delmalReminderSubject(kind, period, deadline, text);
    case 'uppsiktsarende':
      return uppsiktReminderSubject(kind, deadline, text);
    case 'kontrollmoment':
      return kontrollmomentReminderSubject(kind, period, deadline, text);
    case 'atgard':
      return atgardReminderSubject(deadline, text);
    default:
      return reminderSubject(kind, period, deadline);
  }
}

/** Where the web application shows the item (as the e-mail's link, without the host). */
function linkOf(itemKind: ReminderItemKind, itemId: string, jobId: string, period: string): string {
  const id = encodeURIComponent(itemId);
  switch (itemKind) {
    case 'uppsiktsarende':
      return `/uppsikt/${id}`;
    case 'kontrollmoment':
    case 'atgard': {
      const plan = parseInternkontrollPlanId(jobId.split('.')[1] ?? '');
      const query = itemKind === 'atgard' ? `atgard=${id}` : `kontrollmoment=${id}&period=${period}`;
      return plan ? `/internkontroll/${encodeURIComponent(plan.organId)}/${plan.year}?${query}` : '/inkorg';
    }
    default:
      return `/${itemKind}/${id}/historik`;
  }
}
