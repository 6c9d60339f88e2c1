/**
 * Översikt's måluppfyllelse charts in real Chromium (issue 18.3): regionstyrelsen in Tertial 2 2023,
 * its trend across the year's tertials and the nämnder side by side, each chart an image described in
 * words with a captioned table beside it holding the API's own numbers. axe-core finds nothing at any
 * impact, at desktop and phone width, and nothing is wider than a phone.
 */
import { type Page } from 'playwright-core';
import { eventually } from '../../api/test/support/api-harness';
import {
  allA11yViolations,
  PHONE,
  type ProblemPage,
  signIn,
  usePagePerTest,
  type WebTest,
  widerThanPhone,
} from './support/browser';

let web: WebTest;
let page: ProblemPage;
usePagePerTest({ web: (w) => (web = w), page: (p) => (page = p) });

type Counts = Record<'helt' | 'delvis' | 'inte' | 'saknas' | 'totalt', number>;

async function countsOf(period: string, organ: string): Promise<{ delmal: Counts; indikatorer: Counts }> {
  const answer = await web.api.request('GET', `/api/perioder/${period}/maluppfyllelse?organ=${organ}`, {
    as: 'person-regiondirektor',
  });
  expect(answer.status).toBe(200);
  return answer.body.counts;
}

const row = (name: string, c: Counts) => [name, c.helt, c.delvis, c.inte, c.saknas, c.totalt].map(String);

/** The rows of the table captioned `caption`, each row's cells as text. */
async function tableRows(p: Page, caption: string): Promise<string[][]> {
  const table = p.getByRole('table', { name: caption, exact: true });
  await table.waitFor();
  const rows = await table.locator('tbody tr').all();
  return Promise.all(rows.map((r) => r.locator('th, td').allTextContents()));
}

async function openCharts(p: Page) {
  // The demo is written at start and projected behind it: wait until regionstyrelsen's 2023 delmål are read.
  await eventually(
    () => countsOf('2023-T1', 'rs'),
    (c) => c.delmal.totalt > 0,
    60_000,
  );
  await signIn(p, 'Regiondirektören');
  await p.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await p.getByLabel('Nämnd eller styrelse').selectOption('rs');
  await p.getByLabel('Period', { exact: true }).selectOption('2023-T2');
  await p.getByRole('heading', { level: 2, name: 'Måluppfyllelse i diagram' }).waitFor();
  await p.getByRole('table', { name: 'Indikatorer per nämnd', exact: true }).waitFor();
}

it('shows regionstyrelsen’s måluppfyllelse as charts with the API’s numbers in a table beside each', async () => {
  await openCharts(page);
  const t2 = await countsOf('2023-T2', 'rs');
  const t1 = await countsOf('2023-T1', 'rs');

  expect(await tableRows(page, 'Indikatorer och delmål uppfylls…')).toEqual([
    row('Indikatorer', t2.indikatorer),
    row('Delmål', t2.delmal),
  ]);
  expect(await tableRows(page, 'Delmål per period')).toEqual([
    row('Tertial 1 2023', t1.delmal),
    row('Tertial 2 2023', t2.delmal),
  ]);
  const namnder = await tableRows(page, 'Delmål per nämnd');
  expect(namnder).toContainEqual(row('Regionstyrelsen', t2.delmal));

  // Each chart is one image that says its numbers, drawn as SVG bars in the app's traffic lights.
  const chart = page.getByRole('img', { name: /^Indikatorer och delmål uppfylls… Indikatorer: \d+ helt/ });
  await expect(chart.getAttribute('aria-label')).resolves.toContain(
    `Delmål: ${t2.delmal.helt} helt, ${t2.delmal.delvis} delvis, ${t2.delmal.inte} inte, ${t2.delmal.saknas} saknas`,
  );
  const fills = await chart
    .locator('svg path')
    .evaluateAll((paths) => paths.map((p) => p.getAttribute('fill')));
  expect(fills).toEqual(expect.arrayContaining(['#1d7a3a']));
  await expect(page.getByRole('img', { name: /^Delmål per period/ }).count()).resolves.toBe(1);
  await expect(page.getByRole('img', { name: /^Indikatorer per nämnd/ }).count()).resolves.toBe(1);

  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);
});

it('draws the charts at a phone’s width, with nothing wider than the phone and no axe finding', async () => {
  await page.setViewportSize(PHONE);
  await openCharts(page);
  const box = await page.getByRole('img', { name: /^Indikatorer och delmål uppfylls…/ }).boundingBox();
  expect(box!.width).toBeGreaterThan(200);
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  const svgWidth = await page
    .getByRole('img', { name: /^Indikatorer och delmål uppfylls…/ })
    .locator('svg')
    .evaluate((svg) => svg.getBoundingClientRect().width);
  expect(svgWidth).toBeLessThanOrEqual(box!.width);
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);
});
