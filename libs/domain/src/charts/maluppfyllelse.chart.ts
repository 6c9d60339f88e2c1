/**
 * The måluppfyllelse charts, defined once for Översikt and the DOCX/PDF reports: how many indikatorer
 * and delmål are uppfyllda helt, delvis, inte, or lack an utfall/bedömning, as the delårsrapport draws
 * them ("Indikatorer uppfylls… Helt Delvis Inte Utfall Saknas", seed 000). Each chart is plain data:
 * an Apache ECharts option (rendered by the web app in the browser and by libs/reports in Node, with
 * no library imported here) and the rows of the table that stands beside it for those who do not see it.
 */
import { type Bedomning, BEDOMNINGAR } from '../delmal/bedomning';
import { parsePeriod } from '../period/period';
import { periodLabel } from '../period/period.labels';

export type BedomningTally = Record<Bedomning, number>;

export interface ChartRow {
  /** Short, for the chart's axis (a nämnd's kortnamn, "T1"). */
  label: string;
  /** In full, for the table (the nämnd's name, "Tertial 1 2023"). */
  name: string;
  counts: BedomningTally;
}

export interface MaluppfyllelseChart {
  /** The heading above the chart and the table's caption. */
  title: string;
  /** The table's first column ("Period", "Nämnd"). */
  rowHeader: string;
  rows: ChartRow[];
}

/**
 * The app's traffic lights (apps/web/src/styles.css, --green --yellow --red --grey), each with the
 * colour its number is written in so that it reads (contrast 4.5:1 or more).
 */
export const CHART_SERIES: readonly { key: Bedomning; label: string; colour: string; text: string }[] = [
  { key: 'helt', label: 'Helt', colour: '#1d7a3a', text: '#ffffff' },
  { key: 'delvis', label: 'Delvis', colour: '#b98900', text: '#1f2328' },
  { key: 'inte', label: 'Inte', colour: '#b3261e', text: '#ffffff' },
  { key: 'saknas', label: 'Saknas', colour: '#6b7480', text: '#ffffff' },
];

const total = (c: BedomningTally) => BEDOMNINGAR.reduce((sum, b) => sum + c[b], 0);
const tally = (c: BedomningTally): BedomningTally => ({
  helt: c.helt,
  delvis: c.delvis,
  inte: c.inte,
  saknas: c.saknas,
});

/** One organ in one period: its indikatorer and its delmål, one bar each. */
export function periodChart(counts: {
  indikatorer: BedomningTally;
  delmal: BedomningTally;
}): MaluppfyllelseChart {
  return {
    title: 'Indikatorer och delmål uppfylls…',
    rowHeader: 'Slag',
    rows: [
      { label: 'Indikatorer', name: 'Indikatorer', counts: tally(counts.indikatorer) },
      { label: 'Delmål', name: 'Delmål', counts: tally(counts.delmal) },
    ],
  };
}

export type ChartKind = 'delmal' | 'indikatorer';
const KIND_WORD: Record<ChartKind, string> = { delmal: 'Delmål', indikatorer: 'Indikatorer' };

/** One organ across the year's periods: one bar per period, for delmål or indikatorer. */
export function trendChart(
  kind: ChartKind,
  periods: { period: string; counts: Record<ChartKind, BedomningTally> }[],
): MaluppfyllelseChart {
  return {
    title: `${KIND_WORD[kind]} per period`,
    rowHeader: 'Period',
    rows: periods.map(({ period, counts }) => ({
      label: shortPeriod(period),
      name: fullPeriod(period),
      counts: tally(counts[kind]),
    })),
  };
}

/** The nämnder side by side in one period; a nämnd with nothing to count is left out. */
export function organsChart(
  kind: ChartKind,
  organs: { kortnamn: string; namn: string; counts: Record<ChartKind, BedomningTally> }[],
): MaluppfyllelseChart {
  return {
    title: `${KIND_WORD[kind]} per nämnd`,
    rowHeader: 'Nämnd',
    rows: organs
      .filter((o) => total(o.counts[kind]) > 0)
      .map((o) => ({ label: o.kortnamn, name: o.namn, counts: tally(o.counts[kind]) })),
  };
}

/**
 * The periods a trend shows for a chosen period: a tertial's year up to it (T1…Tn), a month's year up
 * to it (januari…the month); a year: its three tertials.
 */
export function trendPeriods(period: string): string[] {
  const tertial = /^(\d{4})-T([1-3])$/.exec(period);
  if (tertial) return Array.from({ length: Number(tertial[2]) }, (_, i) => `${tertial[1]}-T${i + 1}`);
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month)
    return Array.from(
      { length: Number(month[2]) },
      (_, i) => `${month[1]}-${String(i + 1).padStart(2, '0')}`,
    );
  const year = /^(\d{4})$/.exec(period);
  return year ? [1, 2, 3].map((t) => `${year[1]}-T${t}`) : [period];
}

function fullPeriod(period: string): string {
  const parsed = parsePeriod(period);
  return parsed ? periodLabel(parsed) : period;
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'];
function shortPeriod(period: string): string {
  const tertial = /^\d{4}-(T[1-3])$/.exec(period);
  if (tertial) return tertial[1];
  const month = /^\d{4}-(\d{2})$/.exec(period);
  return month ? MONTHS[Number(month[1]) - 1] : period;
}

/** The table beside the chart: a row per bar, the counts in the legend's order, and the total. */
export function chartTable(chart: MaluppfyllelseChart): { columns: string[]; rows: string[][] } {
  return {
    columns: [chart.rowHeader, ...CHART_SERIES.map((s) => s.label), 'Totalt'],
    rows: chart.rows.map((r) => [
      r.name,
      ...CHART_SERIES.map((s) => String(r.counts[s.key])),
      String(total(r.counts)),
    ]),
  };
}

/** What the chart shows in one sentence, for the image's text alternative. */
export function chartSummary(chart: MaluppfyllelseChart): string {
  if (chart.rows.length === 0) return `${chart.title}: inget att visa.`;
  const parts = chart.rows.map(
    (r) => `${r.name}: ${CHART_SERIES.map((s) => `${r.counts[s.key]} ${s.label.toLowerCase()}`).join(', ')}`,
  );
  return `${chart.title} ${parts.join('; ')}.`;
}

const ROW_HEIGHT = 34;
/** Legend above, axis below: the room the bars need, so every renderer draws the same picture. */
export const chartHeight = (chart: MaluppfyllelseChart) => 74 + ROW_HEIGHT * Math.max(chart.rows.length, 1);

/**
 * The ECharts option: horizontal bars stacked Helt · Delvis · Inte · Saknas, the count written in each
 * part (none for an empty part), no animation (the documents render once; reduced motion on the web).
 */
export function chartOption(chart: MaluppfyllelseChart, fontFamily = 'sans-serif'): Record<string, unknown> {
  return {
    animation: false,
    textStyle: { fontFamily, fontSize: 13, color: '#1f2328' },
    legend: {
      top: 0,
      left: 0,
      selectedMode: false,
      itemWidth: 16,
      itemHeight: 12,
      textStyle: { fontFamily, fontSize: 13, color: '#1f2328' },
      data: CHART_SERIES.map((s) => s.label),
    },
    // A fixed room for the row names rather than ECharts measuring them: browsers and the documents'
    // renderer measure text apart, and "Indikatorer" must not be cut in either.
    grid: { left: 100, right: 24, top: 40, bottom: 28 },
    xAxis: { type: 'value', minInterval: 1, axisLabel: { color: '#4a525c' } },
    yAxis: {
      type: 'category',
      inverse: true,
      data: chart.rows.map((r) => r.label),
      axisLabel: { color: '#1f2328', width: 90, overflow: 'truncate' },
      axisTick: { show: false },
    },
    series: CHART_SERIES.map((s) => ({
      type: 'bar',
      name: s.label,
      stack: 'antal',
      barMaxWidth: 24,
      itemStyle: { color: s.colour },
      label: { show: true, color: s.text, fontFamily, fontSize: 12 },
      data: chart.rows.map((r) =>
        r.counts[s.key] === 0 ? { value: 0, label: { show: false } } : { value: r.counts[s.key] },
      ),
    })),
  };
}
