/**
 * Översikt's charts of måluppfyllelse (issue 18.3): the chosen organ in the chosen period, the same
 * organ across the year's periods up to it, and the nämnder side by side in the period; each chart with
 * its table beside it. Read from the same endpoint as the counts above, once per period and per nämnd.
 */
import {
  type BedomningTally,
  chartHeight,
  type MaluppfyllelseChart,
  organsChart,
  periodChart,
  trendChart,
  trendPeriods,
  TYPER_MED_PLAN,
} from '@sparbar/domain/shared-with-web';
import { lazy, Suspense } from 'react';
import { getJson } from '../api';
import { ChartTable } from '../chart-table';
import { type Directory } from '../directory';
import { ErrorMessage, Loading, useAsync } from '../ui';
import { type Maluppfyllelse } from '../wire';
import '../charts.css';

const Chart = lazy(() => import('../chart'));

type Counts = { delmal: BedomningTally; indikatorer: BedomningTally };

/** Nämnder and styrelser that have a plan of their own; not fullmäktige, not its beredningar. */
const HAS_PLAN = new Set<string>(TYPER_MED_PLAN);

const countsOf = (m: Maluppfyllelse): Counts => ({
  delmal: m.counts.delmal,
  indikatorer: m.counts.indikatorer,
});

async function load(organ: string, period: string, directory: Directory) {
  const read = (p: string, o: string) =>
    getJson<Maluppfyllelse>(`/api/perioder/${p}/maluppfyllelse`, { organ: o }).then(countsOf);
  const periods = trendPeriods(period);
  const organs = directory.organs.filter((o) => o.active && HAS_PLAN.has(o.typ));
  const [trend, side] = await Promise.all([
    Promise.all(periods.map(async (p) => ({ period: p, counts: await read(p, organ) }))),
    Promise.all(
      organs.map(async (o) => ({
        kortnamn: o.kortnamn,
        namn: o.namn,
        counts: await read(period, o.organId),
      })),
    ),
  ]);
  const now = trend.find((t) => t.period === period)?.counts ?? (await read(period, organ));
  return {
    period: [periodChart(now)],
    trend: [trendChart('delmal', trend), trendChart('indikatorer', trend)],
    organs: [organsChart('delmal', side), organsChart('indikatorer', side)],
  };
}

export function OversiktCharts(props: { organ: string; period: string; directory: Directory }) {
  const { organ, period, directory } = props;
  const ready = directory.organs.length > 0;
  const state = useAsync(
    () => (ready ? load(organ, period, directory) : new Promise<never>(() => undefined)),
    `${organ}/${period}/${ready}`,
  );
  return (
    <section aria-labelledby="diagram" className="oversikt-charts">
      <h2 id="diagram">Måluppfyllelse i diagram</h2>
      <ErrorMessage error={state.error} />
      {state.loading && <Loading />}
      {state.data && !state.loading && (
        <>
          <ChartGroup
            id="diagram-period"
            heading={`${directory.organName(organ)} i perioden`}
            charts={state.data.period}
          />
          <ChartGroup id="diagram-trend" heading="Utvecklingen under året" charts={state.data.trend} />
          <ChartGroup id="diagram-namnder" heading="Nämnderna sida vid sida" charts={state.data.organs} />
        </>
      )}
    </section>
  );
}

/** Bars of nothing but an axis say less than a sentence does. */
const hasCounts = (chart: MaluppfyllelseChart) =>
  chart.rows.some((r) => Object.values(r.counts).some((n) => n > 0));

function ChartGroup(props: { id: string; heading: string; charts: MaluppfyllelseChart[] }) {
  return (
    <section aria-labelledby={props.id}>
      <h3 id={props.id}>{props.heading}</h3>
      {props.charts.map((chart) => (
        <figure key={chart.title} className="chart-figure">
          <figcaption className="chart-title">{chart.title}</figcaption>
          <div className="chart-box">
            {hasCounts(chart) ? (
              <Suspense fallback={<div style={{ height: chartHeight(chart) }} />}>
                <Chart chart={chart} />
              </Suspense>
            ) : (
              <p className="muted">Inga delmål eller indikatorer att räkna.</p>
            )}
          </div>
          <ChartTable chart={chart} />
        </figure>
      ))}
    </section>
  );
}
