/**
 * Öppna data in real Chromium on the demo data, without signing in: HSN and RS adopt their reports for
 * Tertial 1 2023, nobody adopts Tertial 2, so the public page shows Tertial 1 only. The filters narrow
 * the list, axe finds nothing at desktop or phone width, nothing scrolls sideways at 390 px, and a
 * sign-out leaves the same public page and no way into the rest.
 */
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

const adopted = new Set<string>();
async function adoptTertial1(): Promise<void> {
  if (adopted.size > 0) return;
  for (const [organId, secretary, paragraf] of [
    ['hsn', 'person-maria', '45'],
    ['rs', 'person-ida', '112'],
  ] as const) {
    const answer = await web.api.request('POST', '/api/perioder/2023-T1/faststallelser', {
      as: secretary,
      body: { organId, meetingDate: '2023-05-24', paragraf },
    });
    expect(answer.status).toBe(200);
    adopted.add(organId);
  }
  await eventually(
    () => web.api.request('GET', '/api/oppna-data/uppdrag'),
    (a) => a.status === 200 && a.body.uppdrag.length > 0,
    60_000,
  );
}

async function openPublicPage(): Promise<void> {
  await page.goto('/oppna-data');
  await page.getByRole('heading', { level: 1, name: 'Öppna data: fullmäktiges uppdrag' }).waitFor();
  await page.getByRole('heading', { level: 2, name: /^Uppdrag \([1-9]\d*\)$/ }).waitFor();
}

it('shows the adopted statuses without signing in, only the adopted period, with 0 axe findings', async () => {
  await adoptTertial1();
  await openPublicPage();
  expect(page.url()).toMatch(/\/oppna-data$/);
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).count()).resolves.toBe(0);
  const text = (await page.locator('main').textContent()) ?? '';
  expect(text).toContain('Tertial 1 2023');
  expect(text).not.toContain('Tertial 2 2023');
  expect(text).toContain('2023-05-24 § 45');
  for (const name of [
    'JSON (urvalet)',
    'CSV (urvalet)',
    'Atom-flöde med fastställda ändringar',
    'Datakatalog (DCAT-AP-SE)',
  ])
    await page.getByRole('link', { name }).waitFor();
  expect(await allA11yViolations(page)).toEqual([]);
  await page.setViewportSize(PHONE);
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);
});

it('narrows by nämnd, year and status', async () => {
  await adoptTertial1();
  await openPublicPage();
  const heading = page.getByRole('heading', { level: 2, name: /^Uppdrag \(\d+\)$/ });
  const all = Number(/\((\d+)\)/.exec((await heading.textContent()) ?? '')?.[1]);
  await page.getByLabel('Nämnd', { exact: true }).selectOption({ label: 'Regionstyrelsen' });
  const rows = page.locator('article tbody tr');
  await expect(rows.count()).resolves.toBeGreaterThan(0);
  for (const cell of await rows.locator('td[data-label="Nämnd"]').allTextContents())
    expect(cell).toBe('Regionstyrelsen');
  await page.getByLabel('Nämnd', { exact: true }).selectOption('');
  await page.getByLabel('År', { exact: true }).selectOption('2023');
  // The demo's current year has adopted periods too, so 2023 alone is what the API gives for ar=2023.
  const of2023 = await web.api.request('GET', '/api/oppna-data/uppdrag?ar=2023');
  expect(of2023.body.uppdrag.length).toBeLessThanOrEqual(all);
  await page
    .getByRole('heading', { level: 2, name: `Uppdrag (${of2023.body.uppdrag.length})`, exact: true })
    .waitFor();
  const status = page.getByLabel('Status', { exact: true });
  const firstStatus = (await status.locator('option').nth(1).textContent()) ?? '';
  await status.selectOption({ label: firstStatus });
  for (const badge of await rows.locator('td[data-label="Status"] .badge').allTextContents())
    expect(badge).toBe(firstStatus);
  expect(await allA11yViolations(page)).toEqual([]);
});

it('after a sign-out shows the same public page and nothing else', async () => {
  await adoptTertial1();
  await openPublicPage();
  const before = await page.locator('main section').last().textContent();
  await signIn(page, 'Regiondirektören');
  // Let the landing page finish its reads: one still on its way at the sign-out would answer 401.
  await page.waitForLoadState('networkidle');
  await page.getByRole('button', { name: 'Logga ut' }).click();
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
  await page.getByRole('link', { name: 'öppna data om fullmäktiges uppdrag' }).click();
  await page.getByRole('heading', { level: 2, name: /^Uppdrag \([1-9]\d*\)$/ }).waitFor();
  await expect(page.locator('main section').last().textContent()).resolves.toBe(before);
  // The rest of the API stays closed to the signed-out browser.
  const status = (await page.request.get('/api/perioder/2023-T1/uppdrag')).status();
  expect(status).toBe(401);
  await page.goto('/oversikt');
  await page.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
});
