/**
 * Fastställande in real Chromium: Hälso- och sjukvårdsnämndens secretary records that the nämnd adopted
 * its report for Tertial 2 2023 — sent empty, the API's refusal shows by the fields; sent again for the
 * same meeting, the conflict is told — and sees "Fastställd av … § …". Regionstyrelsens secretary records
 * that regionstyrelsen received it, and Uppsikt shows the nämnd's report as fastställd with date and §.
 * axe-core finds nothing at any impact level, and no page is wider than a phone.
 */
import { type Page } from 'playwright-core';
import {
  allA11yViolations,
  markedInvalid,
  openPage,
  type ProblemPage,
  signIn,
  usePagePerTest,
  type WebTest,
  widerThanPhone,
} from './support/browser';

let web: WebTest;
let page: ProblemPage;
usePagePerTest({ web: (w) => (web = w), page: (p) => (page = p) });

const PERIOD = '2023-T2';
const ADOPTED = 'Fastställd av hälso- och sjukvårdsnämnden 2023-10-17 § 112';

async function openFaststallande(page: Page, name: string) {
  await signIn(page, name);
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Fastställande' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Fastställande' }).waitFor();
  await page.getByLabel('Period', { exact: true }).selectOption(PERIOD);
}

it('lets the nämnd secretary adopt, regionstyrelsen record its handling, and Uppsikt show it', async () => {
  await openFaststallande(page, 'Maria Holm');
  const form = page.getByRole('form', { name: 'Fastställ rapporten för Tertial 2 2023' });
  await form.waitFor();
  // The nämnd's secretary adopts; she records no handling for regionstyrelsen.
  await expect(page.getByRole('form', { name: /behandling/ }).count()).resolves.toBe(0);
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  // Sent empty, the API's refusal is shown by the fields it concerns.
  await form.getByRole('button', { name: 'Fastställ rapporten för Tertial 2 2023' }).click();
  await form.getByRole('alert').waitFor();
  await markedInvalid(form.getByLabel('Sammanträdesdag'));
  expect(await allA11yViolations(page)).toEqual([]);

  await form.getByLabel('Sammanträdesdag').fill('2023-10-17');
  await form.getByLabel('Paragraf (§)').fill('112');
  await form.getByLabel('Diarienummer (frivilligt)').fill('HSN 2023/845');
  await form.getByRole('button', { name: 'Fastställ rapporten för Tertial 2 2023' }).click();
  const confirmed = page.getByRole('status').filter({ hasText: ADOPTED });
  await confirmed.waitFor();
  await expect(confirmed.textContent()).resolves.toContain('(dnr HSN 2023/845)');
  const list = page.getByRole('region', { name: 'Fastställda rapporter för Tertial 2 2023' });
  await list.getByText(ADOPTED).waitFor();
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  // The same meeting again is a conflict, told in words.
  await form.getByLabel('Sammanträdesdag').fill('2023-10-17');
  await form.getByLabel('Paragraf (§)').fill('112');
  await form.getByRole('button', { name: 'Fastställ rapporten för Tertial 2 2023' }).click();
  await form.getByRole('alert').filter({ hasText: 'Rapporten fastställdes 2023-10-17 § 112' }).waitFor();

  // Regionstyrelsen's secretary, in a browser of her own, records that regionstyrelsen received it.
  const context = await web.context();
  try {
    await handledByRegionstyrelsen(await openPage(context));
  } finally {
    await context.close();
  }
});

async function handledByRegionstyrelsen(page: ProblemPage) {
  await openFaststallande(page, 'Ida Berglund');
  const handling = page.getByRole('form', { name: 'Registrera regionstyrelsens behandling' });
  const organ = handling.getByLabel('Nämndens rapport');
  await organ.locator('option[value="hsn"]').waitFor({ state: 'attached' });
  await organ.selectOption('hsn');
  await handling.getByLabel('anmäld rapporten').check();
  await handling.getByLabel('Sammanträdesdag').fill('2023-11-07');
  await handling.getByLabel('Paragraf (§)').fill('201');
  await handling.getByRole('button', { name: 'Registrera behandlingen' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Regionstyrelsen: rapporten anmäld 2023-11-07 § 201 (${ADOPTED})` })
    .waitFor();
  await page.getByText('Regionstyrelsen: anmäld 7 november 2023 § 201').waitFor();
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  // Uppsikt: the nämnd's report for the period is fastställd, with the meeting and its §.
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppsikt' }).click();
  await page.getByRole('heading', { level: 1, name: 'Uppsikt' }).waitFor();
  await page.getByLabel('Period', { exact: true }).selectOption(PERIOD);
  const row = page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: 'Hälso- och sjukvårdsnämnden' }) });
  await row.getByRole('cell', { name: 'Fastställd 17 oktober 2023 § 112' }).waitFor();
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);
  expect(page.problems).toEqual([]);
}
