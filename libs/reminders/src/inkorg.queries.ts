/**
 * A person's inbox, newest first, a page at a time, without the reminders the nämnd's adoption of the
 * period settled (inkorg-faststallda.projection.ts), with the item's text (the uppdrag's from
 * `uppdrag_now`, the delmål's from `delmal_timeline`, an uppsiktsärende's and a kontrollmoment's from
 * `inkorg_amnen`), a Swedish title and where in the web application the item is. Keyset
 * paging, not offset: the cursor is the log position of the last entry returned, so a page stays
 * correct while new reminders arrive. Newest first is the order of the log (a later delivery is written
 * later), which is also the order of `sent_at`.
 */
import {
  inboxReminderSettled,
  parseInternkontrollPlanId,
  type PaminnelseKind,
  type ReminderItemKind,
} from '@sparbar/domain';
import { INKORG_AMNEN_TABLE } from './inkorg-amnen.projection';
import { INKORG_FASTSTALLDA_TABLE, INKORG_MOTTAGARE_TABLE } from './inkorg-faststallda.projection';
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

type Sql = { query<R>(text: string, params?: readonly unknown[]): Promise<R[]> };

export async function inkorgOf(sql: Sql, personId: string, search: InkorgSearch = {}): Promise<InkorgPage> {
  const limit = search.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1 || limit > 500)
    throw new InkorgQueryError('limit', 'limit måste vara ett heltal från 1 till 500.');
  if (search.cursor !== undefined && !INKORG_CURSOR_PATTERN.test(search.cursor))
    throw new InkorgQueryError('cursor', 'Ogiltig cursor.');
  // Reminders settled by adoption are left out (faststallelse.reminders.ts): read on past them until
  // the page is full, so a page is as long as asked while older entries remain.
  const kept: Row[] = [];
  let cursor = search.cursor ?? null;
  for (let more = true; more && kept.length <= limit;) {
    const rows = await pageOf(sql, personId, cursor, limit + 1);
    more = rows.length === limit + 1;
    for (const r of rows) {
      cursor = String(r.position);
      if (!settledByAdoption(r)) kept.push(r);
    }
  }
  const rows = kept;
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

type Row = {
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
  owed_by: string[] | null;
  recipient_organ: string | null;
  adopted: string[] | null;
};

function settledByAdoption(r: Row): boolean {
  if (!r.owed_by || !r.adopted) return false;
  return inboxReminderSettled(r.owed_by, r.recipient_organ, new Set(r.adopted));
}

/**
 * Up to `limit` entries older than `cursor`, with what adoption needs: the organs the item is owed by
 * (an uppdrag's recipients, a delmål's nämnd; none for the other kinds), the recipient's organ, and the
 * organs that adopted the period.
 */
function pageOf(sql: Sql, personId: string, cursor: string | null, limit: number): Promise<Row[]> {
  return sql.query<Row>(
    `SELECT i.idempotency_key AS key, i.item_kind, i.item_id, i.job_id,
            CASE i.item_kind
              WHEN 'delmal' THEN d.text
              WHEN 'uppdrag' THEN u.text
              -- The job id without '.<period>.<p14|e>' names the item (see inkorg-amnen.projection.ts).
              ELSE (SELECT a.text FROM ${INKORG_AMNEN_TABLE} a
                     WHERE a.item_key = regexp_replace(i.job_id, '[.][^.]+[.][^.]+$', ''))
            END AS text,
            i.period, to_char(i.deadline, 'YYYY-MM-DD') AS deadline, i.kind, i.sent_at, i.position,
            CASE i.item_kind WHEN 'uppdrag' THEN u.riktas_till WHEN 'delmal' THEN ARRAY[d.organ_id] END
              AS owed_by,
            (SELECT m.organ_id FROM ${INKORG_MOTTAGARE_TABLE} m WHERE m.person_id = i.person_id)
              AS recipient_organ,
            (SELECT array_agg(f.organ_id) FROM ${INKORG_FASTSTALLDA_TABLE} f WHERE f.period = i.period)
              AS adopted
       FROM ${INKORG_TABLE} i
       LEFT JOIN uppdrag_now u ON i.item_kind = 'uppdrag' AND u.uppdrag_id = i.item_id
       LEFT JOIN LATERAL (SELECT t.text, t.organ_id FROM delmal_timeline t
                           WHERE i.item_kind = 'delmal' AND t.delmal_id = i.item_id
                           ORDER BY t.position DESC LIMIT 1) d ON true
      WHERE i.person_id = $1 AND ($2::bigint IS NULL OR i.position < $2::bigint)
      ORDER BY i.position DESC
      LIMIT $3`,
    [personId, cursor, limit],
  );
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
