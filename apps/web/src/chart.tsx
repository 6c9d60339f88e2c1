/**
 * One måluppfyllelse chart in the browser: the ECharts option from libs/domain's chart definition (the
 * same the DOCX and PDF reports render on the server), drawn as SVG at the width it is given and redrawn
 * when that changes. The picture is one image with its numbers said in words; the table beside it
 * (ChartTable) carries them for anyone who reads rather than looks.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';
import {
  chartHeight,
  chartOption,
  chartSummary,
  chartTable,
  type MaluppfyllelseChart,
} from '@sparbar/domain/shared-with-web';

echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export function Chart({ chart }: { chart: MaluppfyllelseChart }) {
  const ref = useRef<HTMLDivElement>(null);
  const option = JSON.stringify(chartOption(chart, FONT));
  const height = chartHeight(chart);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'svg', height });
    instance.setOption(JSON.parse(option) as echarts.EChartsCoreOption);
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
    };
  }, [option, height]);
  return <div ref={ref} className="chart" role="img" aria-label={chartSummary(chart)} style={{ height }} />;
}

/** The chart's numbers as a table, captioned with the chart's title. */
export function ChartTable({ chart }: { chart: MaluppfyllelseChart }) {
  const table = chartTable(chart);
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={`${chart.title} som tabell`}>
      <table className="chart-table">
        <caption>{chart.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={c} scope="col" className={i > 0 ? 'num' : undefined}>
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map(([name, ...counts]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              {counts.map((n, i) => (
                <td key={table.columns[i + 1]} className="num">
                  {n}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
