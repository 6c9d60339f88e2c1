/**
 * Fullmäktige's handling of an adopted report in real Chromium: regionfullmäktiges secretary opens
 * Fastställande for Tertial 1 2023, where the demo has Folkhögskolestyrelsen's report adopted
 * (2023-05-30 § 31) and received by regionstyrelsen, not yet handled by fullmäktige. A meeting date
 * before the adoption is refused, told in Swedish next to the date field; with the right date the
 * handling is confirmed and listed under the adopted report. axe-core finds nothing at any impact level,
 * and the page is no wider than a phone.
 */
import {
  allA11yViolations,
  markedInvalid,
  type ProblemPage,
  signIn,
  usePagePerTest,
  widerThanPhone,
} from './support/browser';

let page: ProblemPage;
// The served app is only needed by the hooks; the test uses its page.
usePagePerTest({ web: () => undefined, page: (p) => (page = p) });

const PERIOD = '2023-T1';
const ADOPTED = 'Fastställd av folkhögskolestyrelsen 2023-05-30 § 31';

it('lets fullmäktige’s secretary record its handling, and tells a bad date by the field in Swedish', async () => {
  await signIn(page, 'Karin Öberg');
  await page
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Fastställande' })
    .click();
  await page.getByRole('heading', { level: 1, name: 'Fastställande' }).waitFor();
  await page.getByLabel('Period', { exact: true }).selectOption(PERIOD);
  const handling = page.getByRole('form', { name: 'Registrera regionfullmäktiges behandling' });
  await handling.waitFor();
  // Fullmäktige adopts nothing of its own: no adoption form.
  await expect(page.getByRole('form', { name: /^Fastställ rapporten/ }).count()).resolves.toBe(0);
  const list = page.getByRole('region', { name: 'Fastställda rapporter för Tertial 1 2023' });
  const fhs = list.getByRole('listitem').filter({ hasText: ADOPTED });
  await fhs.getByText('Regionstyrelsen: anmäld 13 juni 2023 § 119').waitFor();
  await expect(fhs.getByText(/^Regionfullmäktige:/).count()).resolves.toBe(0);
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  const organ = handling.getByLabel('Nämndens rapport');
  await organ.locator('option[value="folkhogskolestyrelsen"]').waitFor({ state: 'attached' });
  await organ.selectOption('folkhogskolestyrelsen');
  await handling.getByLabel('behandlad rapporten').check();
  const date = handling.getByLabel('Sammanträdesdag');
  const paragraf = handling.getByLabel('Paragraf (§)');

  // A meeting before the nämnd adopted the report: refused, and said by the date field.
  await date.fill('2023-05-16');
  await paragraf.fill('76');
  await handling.getByRole('button', { name: 'Registrera behandlingen' }).click();
  await markedInvalid(date);
  const dateField = handling.locator('.field').filter({ has: page.getByLabel('Sammanträdesdag') });
  await expect(dateField.locator('.field-error').textContent()).resolves.toBe(
    'Datumet 2023-05-16 ligger före nämndens fastställande 2023-05-30.',
  );
  // Only the date is wrong: the paragraf keeps its value and no mark.
  await expect(paragraf.inputValue()).resolves.toBe('76');
  await expect(paragraf.getAttribute('aria-invalid')).resolves.toBe('false');
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  // The right meeting: confirmed, and listed under Folkhögskolestyrelsen's adopted report.
  await date.fill('2023-06-20');
  await handling.getByRole('button', { name: 'Registrera behandlingen' }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `Regionfullmäktige: rapporten behandlad 2023-06-20 § 76 (${ADOPTED}).` })
    .waitFor();
  await fhs.getByText('Regionfullmäktige: behandlad 20 juni 2023 § 76').waitFor();
  await fhs.getByText('Regionstyrelsen: anmäld 13 juni 2023 § 119').waitFor();
  await expect(handling.locator('.field-error').count()).resolves.toBe(0);
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);
});
