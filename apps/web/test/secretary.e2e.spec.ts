/**
 * A secretary's register of delmål in real Chromium: she registers a delmål in her nämnd's plan, adds an
 * indikator and records its utfall, each refusal of the API shown by its field, and then sees the delmål
 * in Översikt. The regiondirektör, who reads delmål but does not write a nämnd's plan, is not offered the
 * forms. axe-core finds nothing at any impact level, and no page is wider than a phone.
 */
import { eventually } from '../../api/test/support/api-harness';
import {
  markedInvalid,
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

const TEXT = 'Fler invånare använder e-tjänsterna för egenvård';
const MAL1 = 'Mål 1. Västerbotten har världens bästa och mest jämlika hälsa';
const INDIKATOR = 'Inloggningar i e-tjänsterna per månad';

it('lets a secretary register a delmål with an indikator and its utfall, and see it in Översikt', async () => {
  await signIn(page, 'Ida Berglund');
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Register' }).click();
  await page.getByRole('heading', { level: 2, name: 'Delmål i Regionstyrelsens plan' }).waitFor();
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  // Sent empty, the API's refusal is shown by the fields it concerns.
  const define = page.getByRole('form', { name: 'Nytt delmål' });
  await define.getByRole('button', { name: 'Registrera delmålet' }).click();
  await define.getByRole('alert').waitFor();
  // No regionmål is known in this year's plan yet, so its name is asked for, and missing.
  const namn = define.getByLabel('Regionmålets namn');
  await markedInvalid(namn);
  await expect(namn.locator('xpath=..').locator('.field-error').textContent()).resolves.toBe(
    'Regionmålets namn måste fyllas i.',
  );
  await expect(define.locator('.field-error').count()).resolves.toBeGreaterThan(0);

  await define.getByLabel('Delmål', { exact: true }).fill(TEXT);
  await define.getByLabel('Planens år').fill('2023');
  const regionmal = define.getByLabel('Regionmål', { exact: true });
  await regionmal.locator('option', { hasText: MAL1 }).first().waitFor({ state: 'attached' });
  await regionmal.selectOption({ label: MAL1 });
  await define.getByRole('button', { name: 'Registrera delmålet' }).click();
  await page.getByText(`Delmålet ”${TEXT}” är registrerat.`).waitFor();
  await page.getByRole('heading', { level: 3, name: TEXT }).waitFor();

  // An indikator: without a direction it is refused by that field; with one it is added.
  const indikator = page.getByRole('form', { name: 'Lägg till indikator' });
  await indikator.getByLabel('Indikator', { exact: true }).fill(INDIKATOR);
  await indikator.getByLabel('Enhet (valfri)').fill('antal');
  await indikator.getByLabel('Målvärde (valfritt)').fill('12 000');
  await indikator.getByRole('button', { name: 'Lägg till indikatorn' }).click();
  const riktning = indikator.getByRole('group', { name: 'Riktning' });
  await riktning.locator('.field-error').waitFor();
  await markedInvalid(riktning);
  await riktning.getByRole('radio', { name: 'Högre värde är bättre' }).check();
  await indikator.getByLabel('Jämförelseår (valfritt)').fill('2022');
  await indikator.getByLabel('Utfall jämförelseåret (valfritt)').fill('9500');
  await indikator.getByRole('button', { name: 'Lägg till indikatorn' }).click();
  await page.getByText(`Indikatorn ”${INDIKATOR}” är tillagd.`).waitFor();

  // Its utfall for tertial 2: a word is refused by the utfall field, a number is recorded and assessed.
  const utfall = page.getByRole('form', { name: `Utfall för ${INDIKATOR}` });
  await utfall.getByLabel('Period', { exact: true }).selectOption('2023-T2');
  const value = utfall.getByLabel('Utfall (antal), tomt om svar saknas');
  await value.fill('tolvtusen');
  await utfall.getByRole('button', { name: 'Registrera utfallet' }).click();
  await utfall.locator('.field-error').waitFor();
  await markedInvalid(value);
  await value.fill('12 400');
  await utfall.getByRole('button', { name: 'Registrera utfallet' }).click();
  await page.getByText(`Utfallet för ${INDIKATOR}, Tertial 2 2023, är registrerat.`).waitFor();
  await expect(page.locator('.card', { hasText: INDIKATOR }).first().textContent()).resolves.toMatch(
    /Tertial 2 2023: 12\s400/,
  );
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  // The read model follows the log: wait until it has taken in the utfall too, not only the delmål.
  type Row = { text: string; indikatorer?: { utfall: number | null }[] };
  const stored = await eventually(
    () => web.api.request('GET', '/api/perioder/2023-T2/maluppfyllelse?organ=rs', { as: 'person-ida' }),
    (a) => a.body.delmal?.some((d: Row) => d.text === TEXT && d.indikatorer?.[0]?.utfall != null),
  );
  expect(stored.body.delmal.find((d: { text: string }) => d.text === TEXT)).toMatchObject({
    regionmal: { namn: MAL1 },
    indikatorer: [{ namn: INDIKATOR, utfall: 12400, malvarde: 12000 }],
  });

  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt' }).click();
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
  await page.getByLabel('Nämnd eller styrelse').selectOption('rs');
  await page.getByLabel('Period', { exact: true }).selectOption('2023-T2');
  const list = page.locator('section', { has: page.getByRole('heading', { name: 'Delmål', exact: true }) });
  const item = list.locator('li', { hasText: TEXT });
  await item.waitFor();
  await expect(item.textContent()).resolves.toMatch(/· 1 indikator$/);
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);
});

it('does not offer the regiondirektör the delmål forms: a nämnd’s plan is its own', async () => {
  await signIn(page, 'Regiondirektören');
  await page.goto('/register');
  await page.getByRole('heading', { level: 2, name: 'Delmål' }).waitFor();
  await expect(
    page.getByText('Delmål läggs in i en nämnds plan av nämndens sekreterare.').isVisible(),
  ).resolves.toBe(true);
  await expect(page.getByRole('button', { name: /delmål|indikator|utfall/i }).count()).resolves.toBe(0);
});
