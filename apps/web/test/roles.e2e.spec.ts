/**
 * The other roles in real Chromium: the regiondirektör sees an officer's report in Översikt; the
 * auditor searches the trail and verifies the chain but is offered nothing that changes anything; a
 * secretary registers an uppdrag. axe-core finds nothing at any impact level on those pages.
 */
import { eventually } from '../../api/test/support/api-harness';
import {
  allA11yViolations,
  signIn,
  type ProblemPage,
  usePagePerTest,
  type WebTest,
  widerThanPhone,
} from './support/browser';

let web: WebTest;
let page: ProblemPage;
usePagePerTest({ web: (w) => (web = w), page: (p) => (page = p) });

const U01 = 'rv-2023-u01-samverkansstrukturer';

it('shows the regiondirektör an officer’s new report in Översikt, as a change since the tertial before', async () => {
  const report = await web.api.request('POST', `/api/uppdrag/${U01}/reports`, {
    as: 'person-johan',
    body: {
      period: '2023-T2',
      status: 'pagaende_ej_enligt_plan',
      kommentar: 'Behöver stöd: två förvaltningar saknar resurser.',
    },
  });
  expect(report.status).toBe(200);
  await eventually(
    () => web.api.request('GET', '/api/perioder/2023-T2/uppdrag?organ=rs', { as: 'person-regiondirektor' }),
    (a) =>
      a.body.rows?.some(
        (r: { uppdragId: string; status: string }) =>
          r.uppdragId === U01 && r.status === 'pagaende_ej_enligt_plan',
      ),
  );

  await signIn(page, 'Regiondirektören');
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await page.getByLabel('Nämnd eller styrelse').selectOption('rs');
  await page.getByLabel('Period', { exact: true }).selectOption('2023-T2');
  await page.getByRole('heading', { name: 'Ändrat sedan Tertial 1 2023' }).waitFor();
  const changed = page.locator('section', {
    has: page.getByRole('heading', { name: 'Ändrat sedan Tertial 1 2023' }),
  });
  await expect(changed.textContent()).resolves.toMatch(
    /Kartlägga och optimera samverkans.*Pågående enligt plan.*Pågående, ej enligt plan \/ behöver stöd/,
  );
  const row = page.getByRole('row', { name: /Kartlägga och optimera samverkans/ });
  await expect(row.textContent()).resolves.toContain('Behöver stöd: två förvaltningar saknar resurser.');
  const uppdragCounts = page.locator('section', {
    has: page.getByRole('heading', { name: /^Uppdrag \(\d+\)$/ }),
  });
  await expect(uppdragCounts.textContent()).resolves.toMatch(/Ej enligt plan \/ behöver stöd1/);
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  // Drill down: the row links to the uppdrag's history.
  await row.getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: 'Historik' }).waitFor();
  await expect(page.locator('.timeline-item').first().textContent()).resolves.toContain('Behöver stöd');
});

it('lets the auditor search the trail and verify the chain, and offers no edit control anywhere', async () => {
  await signIn(page, 'Per Revisor');
  await page.getByRole('heading', { level: 1, name: 'Granskning' }).waitFor();
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await expect(nav.getByRole('link').allTextContents()).resolves.toEqual([
    'Översikt',
    'Granskning',
    'Uppsikt',
    'Intern kontroll',
    'Rapporter',
    'Inkorg',
  ]);

  await page.getByLabel('Person').selectOption('person-johan');
  await page.getByRole('button', { name: 'Sök' }).click();
  await page.getByText(/\d+ händelser visas\./).waitFor();
  const entries = await page.locator('.audit .timeline-item').allTextContents();
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) expect(entry).toContain('Johan Lindström');

  await page.getByRole('button', { name: 'Kontrollera kedjan' }).click();
  await page.getByText('Kedjan är obruten.').waitFor();

  await page.getByLabel('Per datum').fill('2023-04-30');
  await page.getByRole('button', { name: 'Visa tabellen' }).click();
  await page.getByRole('table').waitFor();
  await expect(page.locator('caption').textContent()).resolves.toContain('per 2023-04-30');
  // On 30 April no T1 report was in yet, nor due (by 15 May): every uppdrag read as the plan printed it.
  const statuses = await page.locator('tbody tr td:nth-child(2) .badge').allTextContents();
  expect(statuses.length).toBeGreaterThan(0);
  expect(new Set(statuses)).toEqual(new Set(['Ej påbörjad']));
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  // No page offers the auditor a control that writes.
  const writes = /Rapportera|Registrera|Skicka|Spara|Rätta|Avsluta|Återkalla/;
  for (const path of ['/granskning', `/uppdrag/${U01}/historik`, '/oversikt', `/uppdrag/${U01}/rapportera`]) {
    await page.goto(path);
    await page.locator('h1').waitFor();
    await page.locator('.loading').first().waitFor({ state: 'detached' });
    await expect(page.getByRole('button', { name: writes }).count()).resolves.toBe(0);
    await expect(page.getByRole('link', { name: writes }).count()).resolves.toBe(0);
    await expect(page.locator('textarea').count()).resolves.toBe(0);
  }
  await expect(page.getByText('Du kan inte rapportera på det här uppdraget.').isVisible()).resolves.toBe(
    true,
  );
});

it('lets a secretary register an uppdrag', async () => {
  await signIn(page, 'Ida Berglund');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Register' }).click();
  await page.getByRole('heading', { level: 1, name: 'Register' }).waitFor();
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  // Sent incomplete, the API's refusal is shown by field.
  await page.getByRole('button', { name: 'Registrera uppdraget' }).click();
  await page.getByRole('alert').waitFor();
  await expect(page.locator('.field-error').count()).resolves.toBeGreaterThan(0);

  const text = 'Ta fram en regional plan för digital vård i glesbygd';
  // The page also offers "Ändra ett uppdrag", whose chooser is labelled Uppdrag too.
  const nytt = page.getByRole('form', { name: 'Nytt uppdrag' });
  await nytt.getByLabel('Uppdrag', { exact: true }).fill(text);
  await expect(page.getByRole('checkbox', { name: 'Regionstyrelsen' }).isChecked()).resolves.toBe(true);
  await page.getByRole('checkbox', { name: 'Hälso- och sjukvårdsnämnden' }).check();
  await page.getByLabel('Samordnande organ (valfritt)').selectOption('rs');
  await page.getByLabel('Ansvarig tjänsteperson').selectOption('person-johan');
  await page.getByLabel('Planår').fill('2026');
  await page.getByLabel('Slutdatum').fill('2026-12-31');
  await page.getByRole('button', { name: 'Registrera uppdraget' }).click();
  await page.getByText(`Uppdraget ”${text}” är registrerat.`).waitFor();

  const listed = await eventually(
    () => web.api.request('GET', '/api/uppdrag?organ=hsn&limit=500', { as: 'person-ida' }),
    (a) => a.body.items?.some((u: { text: string }) => u.text === text),
  );
  expect(listed.body.items.find((u: { text: string }) => u.text === text)).toMatchObject({
    riktasTill: ['rs', 'hsn'],
    samordnare: 'rs',
    ansvarigPersonId: 'person-johan',
    givenBy: 'regionfullmaktige',
  });
});
