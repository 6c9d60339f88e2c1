/**
 * The period table with its adoptions: the header's "Fastställd av hälso- och sjukvårdsnämnden
 * 2023-05-24 § 45" per organ, and `andradEfterFaststallande` on every row or part whose shown report was
 * stored after its organ's adoption was recorded — which is exactly when the lock marked it
 * (`afterAdoption` on the event; the period facts do not keep that field yet, so the times are compared).
 *
 * Read from the adoption streams, not the period facts: adoptions are few (one per organ and period).
 * A table read as of an earlier time (`asOf`, `recordedAt`) counts only the adoptions known then.
 */
import { type Application } from '@sparbar/application';
import {
  adoptionLabel,
  faststallelseStream,
  formatPeriod,
  parsePeriod,
  reportOrgansOf,
} from '@sparbar/domain';
import { type PeriodTable, type PeriodTableRow } from '@sparbar/projections';

export type TableAdoption = { organId: string; meetingDate: string; paragraf: string; text: string };

type Marked<R> = R & { andradEfterFaststallande: boolean };
export type MarkedRow = Marked<PeriodTableRow> & {
  parts: Marked<NonNullable<PeriodTableRow['parts']>[number]>[] | null;
};
export type MarkedPeriodTable = Omit<PeriodTable, 'rows'> & {
  rows: MarkedRow[];
  faststallelser: TableAdoption[];
};

type Known = TableAdoption & { recordedAt: string };

export async function withAdoptionMarks(
  app: Application,
  table: PeriodTable,
  at: { asOf?: string; recordedAt?: string },
): Promise<MarkedPeriodTable> {
  const parsed = parsePeriod(table.period);
  const organs = new Set(
    table.rows.flatMap((r) => [...r.riktasTill, ...(r.samordnare ? [r.samordnare] : [])]),
  );
  const adoptions = new Map<string, Known>();
  if (parsed) {
    const period = formatPeriod(parsed);
    await Promise.all(
      [...organs].map(async (organId) => {
        const known = await adoptionOf(app, organId, period, at);
        if (known) adoptions.set(organId, known);
      }),
    );
  }
  const changed = (organIds: readonly string[], recordedAt: string | null) =>
    recordedAt !== null &&
    organIds.some((o) => {
      const a = adoptions.get(o);
      return a !== undefined && Date.parse(recordedAt) > Date.parse(a.recordedAt);
    });
  const rows = table.rows.map((row) => ({
    ...row,
    andradEfterFaststallande: changed(
      row.part !== null ? [row.part] : reportOrgansOf(row, null),
      row.recordedAt,
    ),
    parts: row.parts
      ? row.parts.map((p) => ({ ...p, andradEfterFaststallande: changed([p.organId], p.recordedAt) }))
      : null,
  }));
  const shown = table.organ !== null ? [table.organ] : [...adoptions.keys()].sort();
  const faststallelser = shown
    .map((o) => adoptions.get(o))
    .filter((a): a is Known => a !== undefined)
    .map(({ recordedAt: _, ...a }) => a);
  return { ...table, rows, faststallelser };
}

/** The organ's latest adoption of the period known at the time point, or null. */
async function adoptionOf(
  app: Application,
  organId: string,
  period: string,
  at: { asOf?: string; recordedAt?: string },
): Promise<Known | null> {
  let known: Known | null = null;
  for (const e of await app.streams.readStream(faststallelseStream(organId, period))) {
    if (e.type !== 'PeriodReportAdopted') continue;
    if (at.recordedAt !== undefined && Date.parse(e.recordedAt) > Date.parse(at.recordedAt)) continue;
    if (at.asOf !== undefined && Date.parse(e.metadata.occurredAt) > Date.parse(at.asOf)) continue;
    const { meetingDate, paragraf } = e.data as { meetingDate: string; paragraf: string };
    // A re-adoption adopted the report as it then stood: only later changes are marked.
    known = { organId, meetingDate, paragraf, text: '', recordedAt: e.recordedAt };
  }
  if (known === null) return null;
  const namn = (await app.references.organ(organId))?.namn ?? organId;
  return { ...known, text: adoptionLabel(namn, known.meetingDate, known.paragraf) };
}
