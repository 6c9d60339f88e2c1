/**
 * The måluppfyllelse charts as pictures for the documents: the option that Översikt draws in the browser
 * (libs/domain's chart definition), rendered here by ECharts' server-side SVG mode without a DOM, and
 * turned into PNG by resvg for Word and PDF (Word takes no SVG without a PNG beside it). Deterministic:
 * no animation, no clock, and ECharts' class names, counted across the process, are numbered afresh.
 */
import { crc32, deflateSync } from 'node:zlib';
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
  return {
    png: rgbPng(rendered.pixels, rendered.width, rendered.height),
    width: CHART_WIDTH,
    height: chartHeight(chart),
  };
}

/**
 * The picture as a PNG without alpha (it is drawn on white): pdfkit embeds an RGBA PNG by splitting its
 * alpha channel asynchronously, and with several pictures the PDF's objects then come in varying order.
 */
function rgbPng(rgba: Buffer, width: number, height: number): Buffer {
  const raw = Buffer.alloc(height * (1 + width * 3));
  for (let y = 0; y < height; y++) {
    const row = y * (1 + width * 3);
    raw[row] = 0; // filter: none
    for (let x = 0; x < width; x++)
      rgba.copy(raw, row + 1 + x * 3, (y * width + x) * 4, (y * width + x) * 4 + 3);
  }
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, truecolour, deflate, no filter method, not interlaced
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
