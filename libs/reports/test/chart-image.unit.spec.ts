/**
 * The chart as the documents carry it: libs/domain's chart definition rendered by ECharts without a DOM,
 * the same SVG every time (whatever else ECharts drew before in the process), and a PNG twice as sharp.
 */
import { CHART_SERIES, chartHeight, periodChart } from '@sparbar/domain';
import { CHART_WIDTH, chartPng, chartSvg } from '../src/charts/chart-image';

const chart = periodChart({
  indikatorer: { helt: 21, delvis: 7, inte: 9, saknas: 1 },
  delmal: { helt: 14, delvis: 6, inte: 3, saknas: 0 },
});

it('draws the bars in the traffic lights, with the legend and the counts as text', () => {
  const svg = chartSvg(chart);
  for (const s of CHART_SERIES) {
    expect(svg).toContain(`fill="${s.colour}"`);
    expect(svg).toContain(`>${s.label}</text>`);
  }
  for (const n of ['21', '7', '9', '14', '6', '3']) expect(svg).toContain(`>${n}</text>`);
  expect(svg).toContain('>Indikatorer</text>');
});

it('is the same SVG and the same PNG when drawn again', () => {
  const first = chartSvg(chart);
  chartSvg(periodChart({ indikatorer: chart.rows[1].counts, delmal: chart.rows[0].counts }));
  expect(chartSvg(chart)).toBe(first);
  expect(chartPng(chart).png.equals(chartPng(chart).png)).toBe(true);
});

it('is a PNG of twice the size it is shown at', () => {
  const image = chartPng(chart);
  expect(image.png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(image.png.readUInt32BE(16)).toBe(2 * CHART_WIDTH);
  expect(image.png.readUInt32BE(20)).toBe(2 * chartHeight(chart));
  expect({ width: image.width, height: image.height }).toEqual({
    width: CHART_WIDTH,
    height: chartHeight(chart),
  });
});
