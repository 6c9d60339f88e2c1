import {
  CHART_SERIES,
  chartHeight,
  chartOption,
  chartSummary,
  chartTable,
  organsChart,
  periodChart,
  trendChart,
  trendPeriods,
} from './maluppfyllelse.chart';

// Seed 000, regionstyrelsen december 2023: 38 indikatorer 21/7/9 (one without utfall), 23 delmål 14/6/3.
const RS = {
  indikatorer: { helt: 21, delvis: 7, inte: 9, saknas: 1 },
  delmal: { helt: 14, delvis: 6, inte: 3, saknas: 0 },
};
const NONE = { helt: 0, delvis: 0, inte: 0, saknas: 0 };

type Series = { name: string; stack: string; itemStyle: { color: string }; data: { value: number }[] };

describe('the måluppfyllelse chart of one organ and period', () => {
  const chart = periodChart(RS);

  it('draws indikatorer and delmål as the delårsrapport does: Helt, Delvis, Inte, Saknas stacked', () => {
    const option = chartOption(chart) as { series: Series[]; yAxis: { data: string[] } };
    expect(option.yAxis.data).toEqual(['Indikatorer', 'Delmål']);
    expect(option.series.map((s) => s.name)).toEqual(['Helt', 'Delvis', 'Inte', 'Saknas']);
    expect(new Set(option.series.map((s) => s.stack)).size).toBe(1);
    expect(option.series.map((s) => s.data.map((d) => d.value))).toEqual([
      [21, 14],
      [7, 6],
      [9, 3],
      [1, 0],
    ]);
  });

  it('colours the parts with the app’s traffic lights and writes no number on an empty part', () => {
    const option = chartOption(chart) as { series: (Series & { data: { label?: { show: boolean } }[] })[] };
    expect(option.series.map((s) => s.itemStyle.color)).toEqual(['#1d7a3a', '#b98900', '#b3261e', '#6b7480']);
    expect(option.series[3].data[1].label).toEqual({ show: false });
    expect(option.series[3].data[0].label).toBeUndefined();
  });

  it('has a table beside it with the same numbers and the totals', () => {
    expect(chartTable(chart)).toEqual({
      columns: ['Slag', 'Helt', 'Delvis', 'Inte', 'Saknas', 'Totalt'],
      rows: [
        ['Indikatorer', '21', '7', '9', '1', '38'],
        ['Delmål', '14', '6', '3', '0', '23'],
      ],
    });
  });

  it('says in one sentence what it shows', () => {
    expect(chartSummary(chart)).toBe(
      'Indikatorer och delmål uppfylls… Indikatorer: 21 helt, 7 delvis, 9 inte, 1 saknas; ' +
        'Delmål: 14 helt, 6 delvis, 3 inte, 0 saknas.',
    );
  });

  it('is the same data every time, so the reports stay byte for byte', () => {
    expect(JSON.stringify(chartOption(periodChart(RS)))).toBe(JSON.stringify(chartOption(chart)));
  });
});

describe('the trend across the year', () => {
  it('shows the tertials up to the chosen one, or the months up to the chosen month', () => {
    expect(trendPeriods('2023-T2')).toEqual(['2023-T1', '2023-T2']);
    expect(trendPeriods('2023-03')).toEqual(['2023-01', '2023-02', '2023-03']);
    expect(trendPeriods('2023')).toEqual(['2023-T1', '2023-T2', '2023-T3']);
  });

  it('has a bar per period, short on the axis and in full in the table', () => {
    const chart = trendChart('delmal', [
      { period: '2023-T1', counts: { delmal: { ...NONE, saknas: 3 }, indikatorer: NONE } },
      { period: '2023-T2', counts: { delmal: { ...NONE, helt: 2, inte: 1 }, indikatorer: NONE } },
    ]);
    expect(chart.title).toBe('Delmål per period');
    expect((chartOption(chart) as { yAxis: { data: string[] } }).yAxis.data).toEqual(['T1', 'T2']);
    expect(chartTable(chart).rows).toEqual([
      ['Tertial 1 2023', '0', '0', '0', '3', '3'],
      ['Tertial 2 2023', '2', '0', '1', '0', '3'],
    ]);
    expect(chartHeight(chart)).toBeGreaterThan(chartHeight(periodChart(RS)) - 1);
  });
});

describe('the nämnder side by side', () => {
  it('leaves out a nämnd with nothing to count and names the others in full in the table', () => {
    const chart = organsChart('indikatorer', [
      { kortnamn: 'RS', namn: 'Regionstyrelsen', counts: RS },
      { kortnamn: 'FHS', namn: 'Folkhögskolestyrelsen', counts: { delmal: NONE, indikatorer: NONE } },
      {
        kortnamn: 'HSN',
        namn: 'Hälso- och sjukvårdsnämnden',
        counts: { delmal: NONE, indikatorer: { ...NONE, delvis: 2 } },
      },
    ]);
    expect(chart.rows.map((r) => r.label)).toEqual(['RS', 'HSN']);
    expect(chartTable(chart).rows.map((r) => r[0])).toEqual([
      'Regionstyrelsen',
      'Hälso- och sjukvårdsnämnden',
    ]);
    expect(chartSummary(organsChart('delmal', []))).toBe('Delmål per nämnd: inget att visa.');
  });

  it('keeps the legend in the order of the bedömningar', () => {
    expect(CHART_SERIES.map((s) => s.key)).toEqual(['helt', 'delvis', 'inte', 'saknas']);
  });
});
