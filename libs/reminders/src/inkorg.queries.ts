/** A person's inbox, newest first, with the uppdrag's text and whether the period has been reported since. */
export interface InkorgEntry {
  key: string;
  uppdragId: string;
  uppdragText: string | null;
  period: string;
  deadline: string;
  kind: 'paminnelse' | 'eskalering';
  sentAt: string;
}

export async function inkorgOf(
  sql: { query<R>(text: string, params?: readonly unknown[]): Promise<R[]> },
  personId: string,
  limit = 100,
): Promise<InkorgEntry[]> {
  const rows = await sql.query<{
    key: string;
    uppdrag_id: string;
    text: string | null;
    period: string;
    deadline: string | Date;
    kind: 'paminnelse' | 'eskalering';
    sent_at: string | Date;
  }>(
    `SELECT i.idempotency_key AS key, i.uppdrag_id, u.text, i.period, to_char(i.deadline, 'YYYY-MM-DD') AS deadline,
            i.kind, i.sent_at
       FROM inkorg i LEFT JOIN uppdrag_now u ON u.uppdrag_id = i.uppdrag_id
      WHERE i.person_id = $1
      ORDER BY i.sent_at DESC, i.idempotency_key
      LIMIT $2`,
    [personId, limit],
  );
  return rows.map((r) => ({
    key: r.key,
    uppdragId: r.uppdrag_id,
    uppdragText: r.text,
    period: r.period,
    deadline: String(r.deadline),
    kind: r.kind,
    sentAt: new Date(r.sent_at).toISOString(),
  }));
}
