/**
 * One måluppfyllelse chart in the browser: the ECharts option from libs/domain's chart definition (the
 * same the DOCX and PDF reports render on the server), drawn as SVG at the width it is given and redrawn
 * when that changes. The picture is one image with its numbers said in words; the table beside it
 * (chart-table.tsx) carries them for anyone who reads rather than looks. Loaded on its own (a lazy
 * import in Översikt), so the chart library is fetched only by the page that draws charts.
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
  type MaluppfyllelseChart,
} from '@sparbar/domain/shared-with-web';

echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

export default function Chart({ chart }: { chart: MaluppfyllelseChart }) {
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
