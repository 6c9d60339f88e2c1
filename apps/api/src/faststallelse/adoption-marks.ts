/**
 * The period table with its adoptions: the header's "Fastställd av hälso- och sjukvårdsnämnden
 * 2023-05-24 § 45" per organ, and `andradEfterFaststallande` on every row or part whose shown report was
 * stored after its organ's adoption was recorded — which is exactly when the lock marked it
 * (`afterAdoption` on the event; the period facts do not keep that field yet, so the times are compared),
 * with the reason the event gave (`faststallandeSkal`).
 *
 * Read from the adoption streams, not the period facts: adoptions are few (one per organ and period).
 * A table read as of an earlier time (`asOf`, `recordedAt`) or a report's cutoff (`upToPosition`)
 * counts only the adoptions known then.
 */
import { type Application } from '@sparbar/application';
import {
  adoptionLabel,
  adoptionPeriodsOfTable,
  coveringAdoptionLabel,
  faststallelseStream,
  handlingLabel,
  type PeriodReportAdopted,
  type PeriodReportHandlingRecorded,
  parsePeriod,
  periodLabel,
  reportOrgansOf,
  yearReportPeriod,
} from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';
import { type PeriodTable, type PeriodTableRow } from '@sparbar/projections';
import { changeReasons } from './adoption-reasons';

export type TableAdoption = { organId: string; meetingDate: string; paragraf: string; text: string };

type Marked<R> = R & { andradEfterFaststallande: boolean; faststallandeSkal: string | null };
export type MarkedRow = Omit<Marked<PeriodTableRow>, 'parts'> & {
  parts: Marked<NonNullable<PeriodTableRow['parts']>[number]>[] | null;
};
export type MarkedPeriodTable = Omit<PeriodTable, 'rows'> & {
  rows: MarkedRow[];
  faststallelser: TableAdoption[];
};

export type AdoptionTimePoint = { asOf?: string; recordedAt?: string; upToPosition?: number };

/** An adoption known at a time point, with where it is in the log and the handlings known then. */
export type KnownAdoption = TableAdoption & { recordedAt: string; position: number; handlings: string[] };

export async function withAdoptionMarks(
  app: Application,
  table: PeriodTable,
  at: AdoptionTimePoint,
): Promise<MarkedPeriodTable> {
  return (await markedTable(app, table, at)).table;
}

/** The marked table, and the adoptions of its header with their handlings (for the report files). */
export async function markedTable(
  app: Application,
  table: PeriodTable,
  at: AdoptionTimePoint,
): Promise<{ table: MarkedPeriodTable; known: KnownAdoption[] }> {
  const organs = new Set(
    table.rows.flatMap((r) => [...r.riktasTill, ...(r.samordnare ? [r.samordnare] : [])]),
  );
  const adoptions = await adoptionsOf(app, [...organs], table.period, at);
  const changed = (organIds: readonly string[], recordedAt: string | null) =>
    recordedAt !== null &&
    organIds.some((o) => {
      const a = adoptions.get(o);
      return a !== undefined && Date.parse(recordedAt) > Date.parse(a.recordedAt);
    });
  const marked = table.rows.map((row) => ({
    ...row,
    andradEfterFaststallande: changed(
      row.part !== null ? [row.part] : reportOrgansOf(row, null),
      row.recordedAt,
    ),
    parts: row.parts
      ? row.parts.map((p) => ({ ...p, andradEfterFaststallande: changed([p.organId], p.recordedAt) }))
      : null,
  }));
  const reasons = await changeReasons(app, marked);
  const rows = marked.map((row) => ({
    ...row,
    faststallandeSkal: row.andradEfterFaststallande ? reasons(row) : null,
    parts: row.parts
      ? row.parts.map((p) => ({ ...p, faststallandeSkal: p.andradEfterFaststallande ? reasons(p) : null }))
      : null,
  }));
  const shown = table.organ !== null ? [table.organ] : [...adoptions.keys()].sort();
  const known = shown.map((o) => adoptions.get(o)).filter((a): a is KnownAdoption => a !== undefined);
  const faststallelser = known.map(({ organId, meetingDate, paragraf, text }) => ({
    organId,
    meetingDate,
    paragraf,
    text,
  }));
  return { table: { ...table, rows, faststallelser }, known };
}

/**
 * Each organ's latest adoption of the period known at the time point; organs without one are left out.
 * A period is adopted also through the period it lies in (adopting Tertial 1 adopts April: the
 * domain's `adoptionPeriodsOfTable`), the period's own adoption first; a year's table names the
 * årsrapport's. An adoption of another period says which in its text.
 */
export async function adoptionsOf(
  app: Application,
  organIds: readonly string[],
  tablePeriod: string,
  at: AdoptionTimePoint,
): Promise<Map<string, KnownAdoption>> {
  const adoptions = new Map<string, KnownAdoption>();
  const periods = adoptionPeriodsOfTable(tablePeriod);
  await Promise.all(
    organIds.map(async (organId) => {
      const found = await Promise.all(periods.map((p) => adoptionOf(app, organId, p, at)));
      const i = found.findIndex((a) => a !== null);
      if (i < 0) return;
      const known = found[i]!;
      const adopted = parsePeriod(periods[i]);
      const text =
        periods[i] === tablePeriod || !adopted
          ? known.text
          : coveringAdoptionLabel(
              known.text,
              periodLabel(adopted),
              periods[i] === yearReportPeriod(tablePeriod),
            );
      adoptions.set(organId, { ...known, text });
    }),
  );
  return adoptions;
}

const knownAt = (e: StoredEvent, at: AdoptionTimePoint) =>
  (at.recordedAt === undefined || Date.parse(e.recordedAt) <= Date.parse(at.recordedAt)) &&
  (at.asOf === undefined || Date.parse(e.metadata.occurredAt) <= Date.parse(at.asOf)) &&
  (at.upToPosition === undefined || e.position <= at.upToPosition);

/** The organ's latest adoption of the period known at the time point, or null. */
async function adoptionOf(
  app: Application,
  organId: string,
  period: string,
  at: AdoptionTimePoint,
): Promise<KnownAdoption | null> {
  let known: KnownAdoption | null = null;
  let handlings: string[] = [];
  for (const e of await app.streams.readStream(faststallelseStream(organId, period))) {
    if (!knownAt(e, at)) continue;
    if (e.type === 'PeriodReportAdopted') {
      const { meetingDate, paragraf } = e.data as PeriodReportAdopted['data'];
      // A re-adoption adopted the report as it then stood: only later changes are marked.
      known = {
        organId,
        meetingDate,
        paragraf,
        text: '',
        recordedAt: e.recordedAt,
        position: e.position,
        handlings: [],
      };
    } else if (e.type === 'PeriodReportHandlingRecorded') {
      const { by, kind, date, paragraf } = e.data as PeriodReportHandlingRecorded['data'];
      handlings = [...handlings, handlingLabel(by, kind, date, paragraf)];
    }
  }
  if (known === null) return null;
  const namn = (await app.references.organ(organId))?.namn ?? organId;
  return { ...known, handlings, text: adoptionLabel(namn, known.meetingDate, known.paragraf) };
}
