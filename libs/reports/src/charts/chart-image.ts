/**
 * The måluppfyllelse charts as pictures for the documents: the option that Översikt draws in the browser
 * (libs/domain's chart definition), rendered here by ECharts' server-side SVG mode without a DOM, and
 * turned into PNG by resvg for Word and PDF (Word takes no SVG without a PNG beside it). Deterministic:
 * no animation, no clock, and ECharts' class names, counted across the process, are numbered afresh.
 */
import { Resvg } from '@resvg/resvg-js';
import { chartHeight, chartOption, type MaluppfyllelseChart } from '@sparbar/domain';
import * as echarts from 'echarts';

/** Drawn at this width in CSS pixels; the PNG has twice as many, so it prints sharp. */
export const CHART_WIDTH = 640;
const SCALE = 2;
const FONT = 'DejaVu Sans';

export function chartSvg(chart: MaluppfyllelseChart): string {
  const height = chartHeight(chart);
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width: CHART_WIDTH, height });
  try {
    instance.setOption(chartOption(chart, `${FONT}, sans-serif`));
    return sameNames(instance.renderToSVGString());
  } finally {
    instance.dispose();
  }
}

/** ECharts counts instances and style classes across the process: number them afresh per picture. */
function sameNames(svg: string): string {
  const seen = new Map<string, number>();
  return svg.replace(/\bzr\d+-cls-(\d+)/g, (_, n: string) => {
    if (!seen.has(n)) seen.set(n, seen.size);
    return `zr0-cls-${seen.get(n)}`;
  });
}

export interface ChartImage {
  png: Buffer;
  /** Its size in CSS pixels (points in the PDF), half its pixels. */
  width: number;
  height: number;
}

export function chartPng(chart: MaluppfyllelseChart): ChartImage {
  const svg = chartSvg(chart);
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: SCALE },
    background: '#ffffff',
    font: { loadSystemFonts: true, defaultFontFamily: FONT, sansSerifFamily: FONT },
  }).render();
  return { png: rendered.asPng(), width: CHART_WIDTH, height: chartHeight(chart) };
}
