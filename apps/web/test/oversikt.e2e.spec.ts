/**
 * Issue 18, points 5, 7 and 9, in real Chromium. Översikt tells one story: for Tertial 2 2023, when no
 * report came in, the counts and the table both say "Ej rapporterad", the statuses carried forward from
 * Tertial 1 are counted apart and labelled as such, and "Ändrat sedan" says no report came in rather than
 * "ingen status har ändrats" (which it says only once reports did come in); the period picker offers 2023
 * and this year together. On a 390 px phone Översikt, Uppsikt, the riskmatris and Alla uppdrag show their
 * important columns without sideways scrolling. Every page has its own tab title, and Uppsikt's
 * "Registrera ärendet" looks like the app's other primary buttons. axe-core finds nothing at any impact.
 */
import { businessDateOf } from '@sparbar/domain';
import { type Locator, type Page } from 'playwright-core';
import { TEST_NOW } from '../../../test/support/clock';
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

const YEAR = Number(businessDateOf(TEST_NOW).slice(0, 4));
const U01 = 'rv-2023-u01-samverkansstrukturer';

/** Laid out at 390 px: nothing wider than the phone, no axe finding, the page's document not scrolling sideways. */
async function checkPhone(p: Page): Promise<void> {
  await p.setViewportSize(PHONE);
  expect(await widerThanPhone(p)).toEqual([]);
  await expect(p.evaluate<number>('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(390);
  expect(await allA11yViolations(p)).toEqual([]);
}

/** Run in the page (the Node type check has no DOM library); what they use of it. */
interface InPage {
  getBoundingClientRect(): { left: number; right: number; width: number };
  closest(selector: string): { scrollWidth: number; clientWidth: number; scrollLeft: number } | null;
}
type BrowserGlobals = { innerWidth: number; getComputedStyle(el: unknown): Record<string, string> };

/** Whether the element lies inside the phone's width, its table not scrolled nor scrollable sideways. */
function onScreen(locator: Locator): Promise<boolean> {
  return locator.evaluate((el: unknown) => {
    const box = (el as InPage).getBoundingClientRect();
    const wrap = (el as InPage).closest('.table-wrap');
    const inside =
      box.width > 0 && box.left >= 0 && box.right <= (globalThis as unknown as BrowserGlobals).innerWidth;
    return inside && (!wrap || (wrap.scrollWidth <= wrap.clientWidth && wrap.scrollLeft === 0));
  });
}

async function openOversikt(organ: string, period: string, heading: string): Promise<void> {
  await signIn(page, 'Regiondirektören');
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await expect(page.title()).resolves.toBe('Översikt – Spårbar');
  await page.getByLabel('Nämnd eller styrelse').selectOption(organ);
  await page.getByLabel('Period', { exact: true }).selectOption(period);
  await page.getByRole('heading', { name: heading }).waitFor();
}

const section = (name: string | RegExp) =>
  page.locator('section', { has: page.getByRole('heading', { name }) });

it('counts and prints Ej rapporterad alike when no report came in, the carried green counted apart', async () => {
  await openOversikt('hsn', '2023-T2', 'Uppdragen i Tertial 2 2023');
  // Every year with data and this year's, whichever is chosen.
  const period = page.getByLabel('Period', { exact: true });
  for (const value of ['2023-T1', `${YEAR}-T2`, `${YEAR - 3}-T1`]) {
    await expect(period.locator(`option[value="${value}"]`).count()).resolves.toBe(1);
  }

  const counts = section(/^Uppdrag \(4\)$/);
  const countText = (await counts.textContent()) ?? '';
  expect(countText).toMatch(/Enligt plan0/);
  expect(countText).toMatch(/Ej rapporterad4/);
  expect(countText).toMatch(/Av de ej rapporterade, senast rapporterat:Enligt plan4/);

  const rows = section('Uppdragen i Tertial 2 2023').locator('tbody tr');
  await expect(rows.count()).resolves.toBe(4);
  for (const row of await rows.all()) {
    const status = row.locator('td[data-label="Status"]');
    await expect(status.textContent()).resolves.toMatch(
      /^Ej rapporteradSenast rapporterat (Tertial 1|april) 2023: Pågående enligt plan$/,
    );
    await expect(row.locator('td[data-label="Kommentar"]').textContent()).resolves.toMatch(
      /^Från (Tertial 1|april) 2023: /,
    );
  }

  const changes = (await section('Ändrat sedan Tertial 1 2023').textContent()) ?? '';
  expect(changes).toContain('Ingen rapport har kommit in för Tertial 2 2023. 4 av 4 uppdrag saknar rapport');
  expect(changes).not.toContain('ingen status har ändrats');
  expect(await allA11yViolations(page)).toEqual([]);

  await checkPhone(page);
  for (const row of await rows.all()) {
    await expect(onScreen(row.getByRole('link'))).resolves.toBe(true);
    await expect(onScreen(row.locator('td[data-label="Status"]'))).resolves.toBe(true);
    await expect(onScreen(row.locator('td[data-label="Ansvarig"]'))).resolves.toBe(true);
  }
});

it('says reports came in but no status changed, once one did with the same status', async () => {
  const report = await web.api.request('POST', `/api/uppdrag/${U01}/reports`, {
    as: 'person-johan',
    body: { period: '2023-T2', status: 'pagaende_enligt_plan', kommentar: 'Fortsatt enligt plan.' },
  });
  expect(report.status).toBe(200);
  await eventually(
    () => web.api.request('GET', '/api/perioder/2023-T2/uppdrag?organ=rs', { as: 'person-regiondirektor' }),
    (a) =>
      a.body.rows?.some(
        (r: { uppdragId: string; rapportering: string }) =>
          r.uppdragId === U01 && r.rapportering === 'rapporterad',
      ),
  );
  await openOversikt('rs', '2023-T2', 'Uppdragen i Tertial 2 2023');
  const changes = (await section('Ändrat sedan Tertial 1 2023').textContent()) ?? '';
  expect(changes).toContain(
    '1 av 5 uppdrag har rapporterats eller avslutats i perioden; ingen status har ändrats. 4 av 5 uppdrag saknar rapport',
  );
  const countText = (await section(/^Uppdrag \(5\)$/).textContent()) ?? '';
  expect(countText).toMatch(/^Uppdrag \(5\)Enligt plan1/);
  expect(countText).toMatch(/Ej rapporterad4/);
  expect(countText).toMatch(/senast rapporterat:Enligt plan4/);
  const row = page.getByRole('row', { name: /Kartlägga och optimera samverkans/ });
  await expect(row.locator('td[data-label="Status"]').textContent()).resolves.toMatch(
    /^Pågående enligt plan/,
  );
  await expect(row.locator('td[data-label="Kommentar"]').textContent()).resolves.toMatch(
    /^Fortsatt enligt plan\./,
  );
  await checkPhone(page);
});

it('shows Uppsikt’s counts per organ on a phone, with its own title and a primary button', async () => {
  await signIn(page, 'Ida Berglund');
  await page.goto('/register');
  await page.getByRole('heading', { level: 1, name: 'Register' }).waitFor();
  await expect(page.title()).resolves.toBe('Register – Spårbar');
  const style = (button: Locator) =>
    button.evaluate((el: unknown) => {
      const css = (globalThis as unknown as BrowserGlobals).getComputedStyle(el);
      return [css.backgroundColor, css.color, css.borderRadius, css.fontWeight].join(' ');
    });
  const primary = await style(page.getByRole('button', { name: 'Registrera uppdraget' }));

  await page.goto('/uppsikt');
  await page.getByRole('heading', { level: 1, name: 'Uppsikt' }).waitFor();
  await expect(page.title()).resolves.toBe('Uppsikt – Spårbar');
  const button = page.getByRole('button', { name: 'Registrera ärendet' });
  await expect(style(button)).resolves.toBe(primary);
  await page.getByRole('table').waitFor();
  await checkPhone(page);
  const row = page.getByRole('row', { name: /Hälso- och sjukvårdsnämnden/ });
  for (const label of ['Uppdrag', 'Sena', 'Saknas', 'Röda', 'Passerat slutdatum']) {
    await expect(onScreen(row.locator(`td[data-label="${label}"]`))).resolves.toBe(true);
  }
});

it('shows the riskmatris’s high risks on a phone without sideways scrolling', async () => {
  const base = `/api/internkontroll/hsn/${YEAR}`;
  const post = async (path: string, body: Record<string, unknown>) =>
    expect((await web.api.request('POST', path, { as: 'person-maria', body })).status).toBeLessThan(300);
  await post('/api/internkontroll', { organId: 'hsn', year: YEAR });
  await post(`${base}/risks`, {
    riskId: 'risk-journal',
    text: 'Behörigheter i journalsystemet tas inte bort när anställningen upphör',
    sannolikhet: 4,
    konsekvens: 4,
  });
  await post(`${base}/risks`, {
    riskId: 'risk-attest',
    text: 'Fakturor attesteras av fel person',
    sannolikhet: 1,
    konsekvens: 1,
  });

  await signIn(page, 'Maria Holm');
  await page.goto(`/internkontroll?organ=hsn&year=${YEAR}`);
  await page.getByRole('heading', { level: 1, name: 'Intern kontroll' }).waitFor();
  await expect(page.title()).resolves.toBe('Intern kontroll – Spårbar');
  const matris = page.getByRole('table', { name: 'Riskmatris' });
  await matris.waitFor();
  await checkPhone(page);
  const high = matris.locator('td', { hasText: 'Behörigheter i journalsystemet' });
  await expect(high.textContent()).resolves.toMatch(/^16 · mycket hög1 risk/);
  await expect(onScreen(high)).resolves.toBe(true);
  await expect(
    onScreen(matris.locator('td', { hasText: 'Fakturor attesteras av fel person' })),
  ).resolves.toBe(true);
});

it('shows Alla uppdrag’s status and slutdatum on a phone', async () => {
  await signIn(page, 'Johan Lindström');
  await page.goto('/mina-uppdrag');
  await page.getByRole('heading', { level: 1, name: 'Mina uppdrag' }).waitFor();
  await expect(page.title()).resolves.toBe('Mina uppdrag – Spårbar');
  const rows = section(/^Alla uppdrag \(\d+\)$/).locator('tbody tr');
  await rows.first().waitFor();
  await checkPhone(page);
  for (const row of await rows.all()) {
    for (const label of ['Status', 'Slutdatum', 'Periodicitet']) {
      await expect(onScreen(row.locator(`td[data-label="${label}"]`))).resolves.toBe(true);
    }
    await expect(onScreen(row.getByRole('link', { name: /^Historik/ }))).resolves.toBe(true);
  }
});
