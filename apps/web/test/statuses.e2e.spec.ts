/**
 * The statuses people count, in real Chromium on the demo data: after HSN has closed its four uppdrag
 * at the year end, Översikt counts four Avslutad (not four green "Enligt plan") and its table prints
 * Avslutad, as the report files do; a newly registered uppdrag reads "Ej påbörjad" in Mina uppdrag.
 */
import { type Actor } from '@sparbar/domain';
import { eventually } from '../../api/test/support/api-harness';
import { uppdragBody } from '../../api/test/support/fixtures';
import { allA11yViolations, signIn, type ProblemPage, usePagePerTest, type WebTest } from './support/browser';

let web: WebTest;
let page: ProblemPage;
usePagePerTest({ web: (w) => (web = w), page: (p) => (page = p) });

const migrering: Actor = {
  personId: 'person-migrering',
  roles: ['regiondirektor', 'importer'],
  organId: null,
};

it('counts and prints Avslutad in Översikt for the uppdrag HSN closed at the year end', async () => {
  const table = await eventually(
    () => web.api.request('GET', '/api/perioder/2023-T3/uppdrag?organ=hsn', { as: 'person-regiondirektor' }),
    (a) => a.status === 200 && a.body.rows?.length === 4,
    60_000,
  );
  const ids: string[] = table.body.rows.map((r: { uppdragId: string }) => r.uppdragId);
  for (const id of ids) {
    const closed = await web.api.request('POST', `/api/uppdrag/${id}/close`, {
      as: migrering,
      body: { kommentar: 'Uppdraget är genomfört.', occurredAt: '2024-01-20T10:00:00+01:00' },
    });
    expect(closed.status).toBe(200);
  }
  await eventually(
    () => web.api.request('GET', '/api/perioder/2023-T3/maluppfyllelse?organ=hsn', { as: 'person-ida' }),
    (a) => a.body.counts?.uppdrag?.avslutad === 4,
    60_000,
  );

  await signIn(page, 'Regiondirektören');
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await page.getByLabel('Nämnd eller styrelse').selectOption('hsn');
  await page.getByLabel('Period', { exact: true }).selectOption('2023-T3');
  await page.getByRole('heading', { name: 'Uppdragen i Tertial 3 2023' }).waitFor();
  const counts = page.locator('section', { has: page.getByRole('heading', { name: /^Uppdrag \(\d+\)$/ }) });
  const text = await counts.textContent();
  expect(text).toContain('Avslutad4');
  expect(text).toContain('Enligt plan0');
  const rows = page.locator('section', {
    has: page.getByRole('heading', { name: 'Uppdragen i Tertial 3 2023' }),
  });
  await expect(rows.locator('tbody tr').count()).resolves.toBe(4);
  for (const status of await rows.locator('tbody tr td:nth-child(2) .badge').allTextContents())
    expect(status).toBe('Avslutad');
  expect(await allA11yViolations(page)).toEqual([]);
});

it('shows a newly registered uppdrag as Ej påbörjad in Mina uppdrag', async () => {
  const body = uppdragBody({
    text: 'Införa digitala hembesök i hela länet',
    riktasTill: ['rs'],
    samordnare: null,
  });
  const registered = await web.api.request('POST', '/api/uppdrag', { as: 'person-regiondirektor', body });
  expect(registered.status).toBe(201);
  await eventually(
    () => web.api.request('GET', '/api/uppdrag?ansvarig=person-johan&limit=500', { as: 'person-johan' }),
    (a) => a.body.items?.some((u: { uppdragId: string }) => u.uppdragId === body.uppdragId),
  );

  await signIn(page, 'Johan Lindström');
  await page.getByRole('heading', { level: 1, name: 'Mina uppdrag' }).waitFor();
  const row = page.getByRole('row', { name: /Införa digitala hembesök i hela länet/ });
  await expect(row.locator('.badge').textContent()).resolves.toBe('Ej påbörjad');
  expect(await allA11yViolations(page)).toEqual([]);
});
