/**
 * The period table with its adoptions: the header's "Fastställd av hälso- och sjukvårdsnämnden
 * 2023-05-24 § 45" per organ, and `andradEfterFaststallande` on every row or part whose shown report was
 * stored after its organ's adoption was recorded — which is exactly when the lock marked it
 * (`afterAdoption` on the event; the period facts do not keep that field yet, so the times are compared),
 * with the reason the event gave (`faststallandeSkal`).
 *
 * Read from the fastställanden read model (adoption-read-model.ts), cut where the period facts are, so
 * the header is never older than the table. A table read as of an earlier time (`asOf`, `recordedAt`)
 * or a report's cutoff (`upToPosition`) counts only the adoptions known then.
 */
import { type Application } from '@sparbar/application';
import {
  adoptionLabel,
  adoptionPeriodsOfTable,
  coveringAdoptionLabel,
  handlingLabel,
  parsePeriod,
  periodLabel,
  reportOrgansOf,
  yearReportPeriod,
} from '@sparbar/domain';
import { type PeriodTable, type PeriodTableRow } from '@sparbar/projections';
import { adoptionReadModelOf } from './adoption-read-model';
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

/**
 * `atHead`: as far as the log's head when asked (read-your-writes, for an adoption just recorded),
 * instead of as far as the period facts.
 */
export type AdoptionTimePoint = {
  asOf?: string;
  recordedAt?: string;
  upToPosition?: number;
  atHead?: boolean;
};

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
 * årsrapport's. An adoption of another period says which in its text. From the fastställanden read
 * model, as far as the period facts are (or the time point's position).
 */
export async function adoptionsOf(
  app: Application,
  organIds: readonly string[],
  tablePeriod: string,
  at: AdoptionTimePoint,
): Promise<Map<string, KnownAdoption>> {
  const adoptions = new Map<string, KnownAdoption>();
  const periods = adoptionPeriodsOfTable(tablePeriod);
  if (periods.length === 0 || organIds.length === 0) return adoptions;
  const { atHead, ...time } = at;
  const readModel = adoptionReadModelOf(app);
  const facts = atHead
    ? await readModel.atHead({ organIds, periods, ...time })
    : await readModel.besideTables({ organIds, periods, ...time });
  // Per organ and adopted period: the latest adoption known then, and the handlings of it.
  const byPeriod = new Map<string, KnownAdoption>();
  const handlings = new Map<string, string[]>();
  for (const fact of facts) {
    const key = `${fact.data.organId}/${fact.data.period}`;
    if (fact.type === 'PeriodReportAdopted') {
      const { organId, meetingDate, paragraf } = fact.data;
      // A re-adoption adopted the report as it then stood: only later changes are marked.
      byPeriod.set(key, {
        organId,
        meetingDate,
        paragraf,
        text: '',
        recordedAt: fact.recordedAt,
        position: fact.position,
        handlings: [],
      });
    } else {
      const { by, kind, date, paragraf } = fact.data;
      handlings.set(key, [...(handlings.get(key) ?? []), handlingLabel(by, kind, date, paragraf)]);
    }
  }
  await Promise.all(
    organIds.map(async (organId) => {
      const adopted = periods.find((p) => byPeriod.has(`${organId}/${p}`));
      if (adopted === undefined) return;
      const key = `${organId}/${adopted}`;
      const known = byPeriod.get(key) as KnownAdoption;
      const namn = (await app.references.organ(organId))?.namn ?? organId;
      const own = adoptionLabel(namn, known.meetingDate, known.paragraf);
      const parsed = parsePeriod(adopted);
      const text =
        adopted === tablePeriod || !parsed
          ? own
          : coveringAdoptionLabel(own, periodLabel(parsed), adopted === yearReportPeriod(tablePeriod));
      adoptions.set(organId, { ...known, handlings: handlings.get(key) ?? [], text });
    }),
  );
  return adoptions;
}
