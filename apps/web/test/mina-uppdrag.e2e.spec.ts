/**
 * Mina uppdrag in real Chromium, as Johan (officer, ansvarig for five of the demo's 2023 uppdrag, most
 * of them with missed periods on the test day): one card per uppdrag listing what it owes; several
 * periods reported in one go, each stored as its own report; a period someone else reported meanwhile
 * refused on its own while the others are stored and what was typed stays; organ and status narrow the
 * cards. axe finds nothing at any impact, and nothing is wider than a phone.
 */
import { readFileSync } from 'node:fs';
import { type Page } from 'playwright-core';
import { eventually } from '../../api/test/support/api-harness';
import {
  type AxeViolation,
  type ProblemPage,
  signIn,
  usePagePerTest,
  type WebTest,
  widerThanPhone,
} from './support/browser';

let web: WebTest;
let page: ProblemPage;
usePagePerTest({ web: (w) => (web = w), page: (p) => (page = p) });

// The read models catch up with the demo data after the API starts; the page reads what they hold.
beforeAll(async () => {
  await eventually(
    () => web.api.request('GET', '/api/uppfoljning/aldrande', { as: 'person-johan' }),
    (a) =>
      a.body.open?.some(
        (o: { uppdragId: string; missingReports: unknown[] }) =>
          o.uppdragId === PRIMARVARD && o.missingReports.length > 0,
      ) &&
      a.body.open?.some(
        (o: { uppdragId: string; missingReports: unknown[] }) =>
          o.uppdragId === FOLKHALSA && o.missingReports.length === 3,
      ),
    60_000,
  );
}, 90_000);

const FOLKHALSA = 'rv-2023-u09-folkhalsopolitisk-strategi';
const FOLKHALSA_TEXT = 'Utarbeta folkhälsopolitisk strategi';
const PRIMARVARD = 'rv-2023-u05-primarvardsbestallning';

const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Every axe finding, whatever its impact: the page is to have none. */
async function a11yViolations(p: Page): Promise<string[]> {
  await p.evaluate(AXE);
  const violations = await p.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe;
    return (await axe.run()).violations;
  });
  return violations.map(
    (v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

/** Run in the page (the Node type check has no DOM library). */
const isFocused = (el: unknown) =>
  el === (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement;

const cardOf = (text: string | RegExp) =>
  page.locator('.due-card', { has: page.getByRole('heading', { level: 3, name: text }) });

async function openMinaUppdrag(): Promise<void> {
  await signIn(page, 'Johan Lindström');
  await page.getByRole('heading', { level: 1, name: 'Mina uppdrag' }).waitFor();
  await page.locator('.due-card').first().waitFor();
}

async function reportsOf(
  uppdragId: string,
): Promise<{ period: string; status: string; kommentar: string }[]> {
  const answer = await web.api.request('GET', `/api/uppdrag/${uppdragId}`, { as: 'person-johan' });
  expect(answer.status).toBe(200);
  return answer.body.reports;
}

it('shows one card per uppdrag with its missed periods listed, deadlines and days late', async () => {
  await openMinaUppdrag();
  const headings = await page.locator('.due-card h3').allTextContents();
  expect(headings.length).toBeGreaterThan(1);
  expect(new Set(headings).size).toBe(headings.length);

  const card = cardOf(FOLKHALSA_TEXT);
  await expect(card.count()).resolves.toBe(1);
  const periods = await card.locator('.due-periods > li').allTextContents();
  expect(periods.map((p) => /(Tertial \d 2023)/.exec(p)?.[1])).toEqual([
    'Tertial 1 2023',
    'Tertial 2 2023',
    'Tertial 3 2023',
  ]);
  for (const p of periods) expect(p).toMatch(/Försenad \d+ dagar.*· senast \d+ \w+ 20\d\d/);
  // The uppdrag's text is on the card once, not once per period.
  await expect(card.getByText(FOLKHALSA_TEXT, { exact: true }).count()).resolves.toBe(1);
  expect(await a11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);
});

// Before the reports below: Folkhälsa is then the one uppdrag not yet reported at all.
it('narrows the cards by organ and by status', async () => {
  await openMinaUppdrag();
  const all = await page.locator('.due-card h3').allTextContents();
  const organ = page.getByLabel('Organ', { exact: true });
  await organ.selectOption({ label: 'Beredningen för folkhälsa' });
  await expect(page.locator('.due-card h3').allTextContents()).resolves.toEqual([FOLKHALSA_TEXT]);
  await expect(page.getByRole('row').filter({ hasText: 'Historik' }).count()).resolves.toBe(1);

  await organ.selectOption({ label: 'Alla organ' });
  await expect(page.locator('.due-card h3').allTextContents()).resolves.toEqual(all);
  const status = page.getByLabel('Senaste status');
  const folkhalsa = await cardOf(FOLKHALSA_TEXT).locator('.due-facts .badge').textContent();
  const options = await status.locator('option').allTextContents();
  const chosen = options.find((o) => folkhalsa!.startsWith(o))!;
  expect(chosen).toBeDefined();
  await status.selectOption({ label: chosen });
  const shown = await page.locator('.due-card .due-facts .badge').allTextContents();
  expect(shown.length).toBeGreaterThan(0);
  expect(shown.length).toBeLessThan(all.length);
  for (const badge of shown) expect(badge.startsWith(chosen)).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Visar' }).textContent()).resolves.toMatch(
    /^Visar \d+ av \d+ uppdrag\.$/,
  );
  expect(await a11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);
});

it('reports two missed periods in one go, each with its own status and kommentar, both stored', async () => {
  await openMinaUppdrag();
  const card = cardOf(FOLKHALSA_TEXT);
  const open = card.getByRole('button', { name: /Rapportera flera perioder/ });
  await open.click();
  await expect(open.getAttribute('aria-expanded')).resolves.toBe('true');
  const form = page.getByRole('form', { name: `Rapportera flera perioder: ${FOLKHALSA_TEXT}` });
  await form.getByRole('group', { name: 'Perioder att rapportera' }).waitFor();
  for (const period of ['Tertial 1 2023', 'Tertial 2 2023', 'Tertial 3 2023'])
    await expect(form.getByRole('checkbox', { name: period }).isChecked()).resolves.toBe(true);

  // Sent empty, it says what is missing and takes the focus there.
  await form.getByRole('button', { name: 'Skicka 3 rapporter' }).click();
  const missing = form.getByRole('alert');
  await expect(missing.textContent()).resolves.toContain('Välj en status.');
  await expect(missing.evaluate(isFocused)).resolves.toBe(true);

  // One status and kommentar typed for all, then each period its own: T2 keeps what was typed, T1 differs.
  await form.getByRole('radio', { name: 'Pågående enligt plan' }).check();
  await form.getByLabel('Kommentar', { exact: true }).fill('Remissversion klar i augusti.');
  await form.getByRole('checkbox', { name: 'Tertial 3 2023' }).uncheck();
  await form.getByRole('checkbox', { name: 'Samma status och kommentar för alla valda perioder' }).uncheck();
  const t1 = form.getByRole('group', { name: 'Tertial 1 2023' });
  const t2 = form.getByRole('group', { name: 'Tertial 2 2023' });
  await expect(form.getByRole('group', { name: 'Tertial 3 2023' }).count()).resolves.toBe(0);
  await expect(t2.getByRole('radio', { name: 'Pågående enligt plan' }).isChecked()).resolves.toBe(true);
  await t1.getByRole('radio', { name: 'Ej påbörjad' }).check();
  await t1
    .getByLabel('Kommentar', { exact: true })
    .fill('Arbetet startade inte förrän beredningen tillsatts.');
  expect(await a11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  await form.getByRole('button', { name: 'Skicka 2 rapporter' }).click();
  const result = form.getByRole('status');
  await result.getByText('Sparade: Tertial 1 2023, Tertial 2 2023.').waitFor();
  // The card says so; the period not chosen is still owed and still offered.
  await expect(card.locator('.due-periods > li').allTextContents()).resolves.toEqual([
    expect.stringContaining('Rapporterad nu'),
    expect.stringContaining('Rapporterad nu'),
    expect.stringMatching(/Försenad \d+ dagar/),
  ]);
  const left = form.getByRole('group', { name: 'Perioder att rapportera' }).getByRole('checkbox');
  await expect(left.count()).resolves.toBe(1);
  await form.getByRole('checkbox', { name: 'Tertial 3 2023' }).waitFor();

  const stored = await reportsOf(FOLKHALSA);
  expect(stored.map((r) => [r.period, r.status, r.kommentar])).toEqual([
    ['2023-T1', 'ej_paborjad', 'Arbetet startade inte förrän beredningen tillsatts.'],
    ['2023-T2', 'pagaende_enligt_plan', 'Remissversion klar i augusti.'],
  ]);
  expect(await a11yViolations(page)).toEqual([]);
});

it('stores the periods it can and keeps what was typed for one reported meanwhile', async () => {
  await openMinaUppdrag();
  const before = (await reportsOf(PRIMARVARD)).map((r) => r.period);
  const text = (await web.api.request('GET', `/api/uppdrag/${PRIMARVARD}`, { as: 'person-johan' })).body
    .text as string;
  const primarvard = cardOf(text);
  await expect(primarvard.count()).resolves.toBe(1);
  await primarvard.getByRole('button', { name: /Rapportera flera perioder/ }).click();
  const form = page.getByRole('form', { name: `Rapportera flera perioder: ${text}` });
  await form.getByRole('group', { name: 'Perioder att rapportera' }).waitFor();
  const owed = await form
    .getByRole('group', { name: 'Perioder att rapportera' })
    .getByRole('checkbox')
    .count();
  expect(owed).toBeGreaterThanOrEqual(2);
  const labels = await form
    .getByRole('group', { name: 'Perioder att rapportera' })
    .locator('label')
    .allTextContents();
  const taken = labels.at(-1)!;
  const kept = labels.slice(0, -1);

  await form.getByRole('radio', { name: 'Pågående, delvis enligt plan' }).check();
  await form
    .getByLabel('Kommentar', { exact: true })
    .fill('Beställningen omarbetas; förslag till nämnden i höst.');

  // Meanwhile the regiondirektör reports the last of them.
  const periodOf = (label: string) => {
    const [, n, year] = /Tertial (\d) (\d{4})/.exec(label)!;
    return `${year}-T${n}`;
  };
  const theirs = await web.api.request('POST', `/api/uppdrag/${PRIMARVARD}/reports`, {
    as: 'person-regiondirektor',
    body: {
      period: periodOf(taken),
      status: 'pagaende_enligt_plan',
      kommentar: 'Regiondirektörens rapport.',
    },
  });
  expect(theirs.status).toBe(200);

  await form.getByRole('button', { name: `Skicka ${owed} rapporter` }).click();
  const result = form.getByRole('status');
  await result.getByText(`Sparade: ${kept.join(', ')}.`).waitFor();
  await expect(result.textContent()).resolves.toContain(`${taken}: ${taken} är redan rapporterad.`);
  await expect(form.getByLabel('Kommentar', { exact: true }).inputValue()).resolves.toBe(
    'Beställningen omarbetas; förslag till nämnden i höst.',
  );
  await expect(form.getByRole('checkbox', { name: new RegExp(taken) }).isChecked()).resolves.toBe(true);

  const stored = await reportsOf(PRIMARVARD);
  expect(stored.map((r) => r.period).sort()).toEqual(
    [...before, periodOf(taken), ...kept.map(periodOf)].sort(),
  );
  expect(stored.find((r) => r.period === periodOf(taken))?.kommentar).toBe('Regiondirektörens rapport.');
  expect(await a11yViolations(page)).toEqual([]);
});
