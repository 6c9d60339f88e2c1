/**
 * An officer in real Chromium: signs in, reports a status with the keyboard only, sees it in Historik;
 * a report made by someone else meanwhile is shown beside theirs and resolved without losing either.
 * axe-core finds nothing at any impact level on any page visited.
 */
import { type BrowserContext, type Locator, type Page } from 'playwright-core';
import { eventually } from '../../api/test/support/api-harness';
import {
  openPage,
  allA11yViolations,
  signIn,
  startWebTest,
  type WebTest,
  widerThanPhone,
} from './support/browser';

let web: WebTest;
let context: BrowserContext;
let page: Page & { problems: string[] };

const U01 = 'rv-2023-u01-samverkansstrukturer';
const U02 = 'rv-2023-u02-styrd-inkopsprocess';

beforeAll(async () => {
  web = await startWebTest();
  context = await web.context();
  page = await openPage(context);
}, 180_000);

afterAll(async () => {
  await context?.close();
  await web?.close();
});

afterEach(() => {
  expect(page.problems).toEqual([]);
});

/** Run in the page (the Node type check has no DOM library). */
const isFocused = (el: unknown) =>
  el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement;

/** Presses Tab until `target` has focus: the way a keyboard user gets there. */
async function tabTo(target: Locator, max = 25): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate(isFocused)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reached with Tab: ${String(target)}`);
}

it('signs in as Johan and lists what is due, overdue first', async () => {
  await signIn(page, 'Johan Lindström');
  await expect(page.getByRole('heading', { level: 1, name: 'Mina uppdrag' }).isVisible()).resolves.toBe(true);
  const first = page.locator('.due').first();
  await expect(first.textContent()).resolves.toMatch(/Försenad \d+ dagar/);
  // An officer is offered no register and no audit pages.
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav.getByRole('link').allTextContents()).resolves.toEqual([
    'Mina uppdrag',
    'Översikt',
    'Uppsikt',
    'Intern kontroll',
    'Rapporter',
    'Inkorg',
  ]);
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);
});

it('reports a status with the keyboard only and sees it in Historik', async () => {
  await page.goto(`/uppdrag/${U01}/rapportera?period=2023-T2`);
  await page.getByLabel('Kommentar', { exact: true }).waitFor();
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  // U01 goes to every nämnd with regionstyrelsen to coordinate: Johan's text is the joint summary, not
  // regionstyrelsen's own part, which the page starts from; arrowing in the radio group chooses it.
  await tabTo(page.getByRole('radio', { name: 'Regionstyrelsens del' }));
  await page.keyboard.press('ArrowDown');
  await page.getByRole('heading', { level: 2, name: 'Samlad rapport för uppdraget' }).waitFor();

  // A first try without a status or comment says what is missing, by field.
  await tabTo(page.getByRole('button', { name: 'Skicka rapport' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert').textContent()).resolves.toContain('Välj en status.');

  await tabTo(page.getByRole('radio', { name: 'Ej påbörjad' }));
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('radio', { name: 'Pågående, delvis enligt plan' }).isChecked()).resolves.toBe(
    true,
  );
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Kommentar', { exact: true }).evaluate(isFocused)).resolves.toBe(true);
  await page.keyboard.type('HSF klar i juni; RSF försenad av vakanser, resten under hösten.');
  await tabTo(page.getByRole('button', { name: 'Skicka rapport' }));
  await page.keyboard.press('Enter');
  await page.getByText('Rapporten för Tertial 2 2023 är sparad.').waitFor();

  await tabTo(page.getByRole('link', { name: 'Se uppdragets historik' }));
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: 'Historik' }).waitFor();
  const latest = page.locator('.timeline-item').first();
  await expect(latest.getByRole('heading').textContent()).resolves.toBe(
    'Status rapporterad · Tertial 2 2023',
  );
  await expect(latest.textContent()).resolves.toContain('RSF försenad av vakanser');
  await expect(latest.textContent()).resolves.toContain('Pågående, delvis enligt plan');
  await expect(latest.textContent()).resolves.toContain('Johan Lindström');
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  const stored = await web.api.request('GET', `/api/uppdrag/${U01}`, { as: 'person-johan' });
  expect(stored.body.reports.at(-1)).toMatchObject({
    period: '2023-T2',
    status: 'pagaende_delvis_enligt_plan',
    reportedBy: 'person-johan',
  });
});

it('shows a report made meanwhile beside his own and saves his as a correction, nothing lost', async () => {
  await page.goto(`/uppdrag/${U02}/rapportera?period=2023-05`);
  await page.getByLabel('Kommentar', { exact: true }).waitFor();
  // U02 goes to HSN and regionstyrelsen with no samordnare: Ida writes the uppdrag's report as a whole.
  await page.getByRole('radio', { name: 'Den samlade rapporten för hela uppdraget' }).check();
  await page.getByRole('radio', { name: 'Pågående enligt plan' }).check();
  await page.getByLabel('Kommentar', { exact: true }).fill('Johans text: inköpssystemet upphandlat i maj.');

  // Meanwhile the RS secretary reports the same month.
  const theirs = await web.api.request('POST', `/api/uppdrag/${U02}/reports`, {
    as: 'person-ida',
    body: {
      period: '2023-05',
      status: 'pagaende_ej_enligt_plan',
      kommentar: 'Idas text: upphandlingen överklagad.',
    },
  });
  expect(theirs.status).toBe(200);

  await page.getByRole('button', { name: 'Skicka rapport' }).click();
  const conflict = page.locator('.conflict');
  await conflict.getByRole('heading', { name: 'Någon annan hann före' }).waitFor();
  await expect(conflict.locator('section', { hasText: 'Deras version' }).textContent()).resolves.toContain(
    'Idas text: upphandlingen överklagad.',
  );
  await expect(conflict.locator('section', { hasText: 'Din version' }).textContent()).resolves.toContain(
    'Johans text: inköpssystemet upphandlat i maj.',
  );
  await expect(page.getByLabel('Kommentar', { exact: true }).inputValue()).resolves.toBe(
    'Johans text: inköpssystemet upphandlat i maj.',
  );
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  const save = page.getByRole('button', { name: 'Spara min version som rättelse' });
  await expect(save.isDisabled()).resolves.toBe(true);
  await page.getByLabel('Skäl till rättelsen').fill('Samtidig rapport; min är efter avstämning med Ida.');
  await save.click();
  await page.getByText('Rättelsen för maj 2023 är sparad.').waitFor();

  // The history is a read model: it catches up with the log within moments.
  const history = await eventually(
    () => web.api.request('GET', `/api/uppdrag/${U02}/historik`, { as: 'person-johan' }),
    (a) => a.body.lines?.some((l: { eventType: string }) => l.eventType === 'UppdragReportCorrected'),
  );
  const may = history.body.lines.filter((l: { period: string }) => l.period === '2023-05');
  expect(may.map((l: { eventType: string; actor: string }) => [l.eventType, l.actor])).toEqual([
    ['UppdragStatusReported', 'person-ida'],
    ['UppdragReportCorrected', 'person-johan'],
  ]);
  const now = await web.api.request('GET', `/api/uppdrag/${U02}`, { as: 'person-johan' });
  expect(now.body.reports.find((r: { period: string }) => r.period === '2023-05')).toMatchObject({
    status: 'pagaende_enligt_plan',
    kommentar: 'Johans text: inköpssystemet upphandlat i maj.',
  });
});

it('has no accessibility findings at any impact level on Översikt, Rapporter and Inkorg', async () => {
  for (const [path, heading] of [
    ['/oversikt', 'Översikt'],
    ['/rapporter', 'Rapporter'],
    ['/inkorg', 'Inkorg'],
  ] as const) {
    await page.goto(path);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    await page.locator('.loading').first().waitFor({ state: 'detached' });
    expect({ path, violations: await allA11yViolations(page) }).toEqual({ path, violations: [] });
    expect({ path, wider: await widerThanPhone(page) }).toEqual({ path, wider: [] });
  }
});
