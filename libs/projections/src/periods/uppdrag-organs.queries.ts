/**
 * Every organ whose period answers an uppdrag can appear in: each it was ever directed to (riktas
 * till), gave it or coordinates it, in any row of its timeline. The API asks this to tell which
 * organs' kept tables a report leaves as they were (apps/api/src/perioder/period-changes.ts): a
 * superset is safe, so rows after any checkpoint are counted too.
 */
import { type SqlReader } from '../uppdrag-now/uppdrag-now.queries';

export async function organsOfUppdrag(db: SqlReader, uppdragIds: readonly string[]): Promise<Set<string>> {
  if (uppdragIds.length === 0) return new Set();
  const rows = await db.query<{ organ: string | null }>(
    `SELECT DISTINCT o.organ FROM uppdrag_timeline t
       CROSS JOIN LATERAL (
         SELECT jsonb_array_elements_text(t.riktas_till) UNION ALL SELECT t.given_by UNION ALL SELECT t.samordnare
       ) o(organ)
      WHERE t.uppdrag_id = ANY($1::text[])`,
    [uppdragIds],
  );
  return new Set(rows.map((r) => r.organ).filter((o): o is string => o !== null));
}
