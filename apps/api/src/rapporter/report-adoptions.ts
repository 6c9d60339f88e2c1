/**
 * What the adoptions add to a report file: per organ "Fastställd av … § 45" and its handling by
 * regionstyrelsen and fullmäktige, the mark (with its reason) on rows changed after adoption, and, for
 * a report asked for "as adopted" (`version=faststalld`), the adoption it is made at: its cutoff is the
 * adoption's own position in the log, so the file shows the report exactly as the nämnd adopted it.
 */
import { type Application } from '@sparbar/application';
import { asAdoptedLabel, changedAfterAdoptionText, parsePeriod, periodLabel } from '@sparbar/domain';
import { type ReportAdoptions, type ReportOrgan } from '@sparbar/reports';
import { problem, ProblemError } from '../http/problem';
import { adoptionsOf, type KnownAdoption, type MarkedPeriodTable } from '../faststallelse/adoption-marks';

export const REPORT_VERSIONS = ['nu', 'faststalld'] as const;
export type ReportVersion = (typeof REPORT_VERSIONS)[number];

/**
 * The organ's adoption of the period a report "as adopted" is made at: the latest one at or before
 * `cutoff` when given. 400 naming the field when there is none (or no organ was named).
 */
export async function adoptionToReportAt(
  app: Application,
  query: { period: string; organ?: string; cutoff?: number },
): Promise<KnownAdoption> {
  if (query.organ === undefined)
    throw invalid('organ', 'Ange organ: en rapport som fastställd gäller ett organs fastställande.');
  // Without a cutoff: as far as the log's head, so an adoption recorded a moment ago is found.
  const at = query.cutoff !== undefined ? { upToPosition: query.cutoff } : { atHead: true };
  const adoption = (await adoptionsOf(app, [query.organ], query.period, at)).get(query.organ);
  if (!adoption) {
    const parsed = parsePeriod(query.period);
    const period = parsed ? periodLabel(parsed) : query.period;
    const namn = (await app.references.organ(query.organ))?.namn ?? query.organ;
    throw invalid(
      'version',
      `Rapporten för ${period} är inte fastställd av ${namn}${query.cutoff !== undefined ? ` vid position ${query.cutoff}` : ''}. ` +
        'Välj version=nu för läget nu.',
    );
  }
  return adoption;
}

function invalid(field: string, reason: string): ProblemError {
  return new ProblemError(problem(400, 'VALIDATION_FAILED', reason, { errors: [{ field, reason }] }));
}

/** The lines, marks and version a report file prints, from the marked table at its cutoff. */
export function reportAdoptions(
  table: MarkedPeriodTable,
  known: readonly KnownAdoption[],
  organs: readonly ReportOrgan[],
  asAdopted: KnownAdoption | null,
): ReportAdoptions {
  const namn = (id: string) => organs.find((o) => o.organId === id)?.namn ?? id;
  const marks = new Map<string, string>();
  for (const row of table.rows) {
    if (row.andradEfterFaststallande)
      marks.set(row.uppdragId, changedAfterAdoptionText(row.faststallandeSkal));
    const parts = (row.parts ?? []).filter((p) => p.andradEfterFaststallande);
    if (!row.andradEfterFaststallande && parts.length > 0)
      marks.set(
        row.uppdragId,
        parts.map((p) => `${namn(p.organId)}: ${changedAfterAdoptionText(p.faststallandeSkal)}`).join('; '),
      );
  }
  return {
    lines: known.flatMap((a) => [a.text, ...a.handlings]),
    marks,
    asAdopted: asAdopted ? asAdoptedLabel(asAdopted.meetingDate, asAdopted.paragraf) : null,
  };
}
