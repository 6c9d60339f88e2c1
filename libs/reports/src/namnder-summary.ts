/**
 * The nämnder side by side, for a report that covers several of them (the uppdrag regionfullmäktige or
 * regionstyrelsen gave): each nämnd's delmål and indikatorer helt / delvis / inte / saknas in the
 * period, as Översikt's "Nämnderna sida vid sida" draws them (libs/domain's `organsChart`). The axis
 * names a nämnd by its kortnamn from the register (HSN, RS); the table beside it by its full name.
 */
import { organsChart, periodLabel, parsePeriod } from '@sparbar/domain';
import { type Maluppfyllelse } from '@sparbar/projections';
import { type MaluppfyllelseSection } from './maluppfyllelse-summary';
import { type ReportOrgan } from './uppdrag-table';

/** Nämnder and styrelser with a plan of their own; not fullmäktige, not its beredningar. */
export const ORGAN_TYPES_WITH_PLAN: ReadonlySet<ReportOrgan['typ']> = new Set([
  'regionstyrelse',
  'kommunstyrelse',
  'namnd',
  'styrelse',
]);

/** The section, or none when no nämnd has a delmål or an indikator to count in the period. */
export function buildNamnderSection(
  period: string,
  namnder: readonly { organ: ReportOrgan; maluppfyllelse: Maluppfyllelse }[],
): MaluppfyllelseSection | null {
  const side = namnder.map(({ organ, maluppfyllelse: m }) => ({
    kortnamn: organ.kortnamn ?? organ.namn,
    namn: organ.namn,
    counts: { delmal: m.counts.delmal, indikatorer: m.counts.indikatorer },
  }));
  const charts = [organsChart('delmal', side), organsChart('indikatorer', side)].filter(
    (chart) => chart.rows.length > 0,
  );
  if (charts.length === 0) return null;
  const parsed = parsePeriod(period);
  return {
    title: 'Nämndernas måluppfyllelse',
    sammanfattning: `Delmål och indikatorer per nämnd, ${parsed ? periodLabel(parsed) : period}. En nämnd utan delmål och indikatorer att räkna står inte med.`,
    charts,
    tables: [],
  };
}
