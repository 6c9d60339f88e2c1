/**
 * A secretary changes what is registered, in real Chromium: she extends an uppdrag's slutdatum (first
 * without a reason, refused by that field), meets someone else's change (409) and reads the uppdrag
 * again without losing her choice, changes its ansvarig, and finds both in its Historik; then she
 * changes an indikator's målvärde, corrects an utfall, sets the bedömning for a tertial and closes the
 * delmål, the last by keyboard only. An auditor reading the same uppdrag is offered no change. axe-core
 * finds nothing at any impact level, and no page is wider than a phone.
 */
import { type Page } from 'playwright-core';
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

const UPPDRAG = 'Ta fram en plan för gemensam lokalförsörjning';
const UPPDRAG_ID = 'lokalforsorjning-edit';
const DELMAL = 'Fler patienter får sin första kontakt digitalt';
const DELMAL_ID = 'digital-forsta-kontakt';
const INDIKATOR = 'Andel digitala förstakontakter';

async function given(path: string, body: unknown, status = 200) {
  const answer = await web.api.request('POST', path, { as: 'person-ida', body });
  expect(answer.status).toBe(status);
}

async function expectClean(target: Page) {
  expect(await allA11yViolations(target)).toEqual([]);
  expect(await widerThanPhone(target)).toEqual([]);
}

it('lets a secretary extend, reassign and see it in Historik; change målvärde, correct utfall, assess, close a delmål', async () => {
  await given(
    '/api/uppdrag',
    {
      uppdragId: UPPDRAG_ID,
      text: UPPDRAG,
      riktasTill: ['rs'],
      samordnare: null,
      periodicitet: 'tertial',
      slutdatum: '2026-12-31',
      ansvarigPersonId: 'person-johan',
      origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2026 },
    },
    201,
  );
  await given(
    '/api/delmal',
    {
      delmalId: DELMAL_ID,
      organId: 'rs',
      planYear: 2023,
      regionmal: { id: 'regionmal-edit', namn: 'God och jämlik hälsa' },
      text: DELMAL,
    },
    201,
  );
  await given(`/api/delmal/${DELMAL_ID}/indikatorer`, {
    indikatorId: 'digitala',
    namn: INDIKATOR,
    enhet: 'procent',
    riktning: 'higher_is_better',
    malvarde: 40,
    baseline: null,
  });
  await given(`/api/delmal/${DELMAL_ID}/indikatorer/digitala/utfall`, { period: '2023-T1', utfall: 31 });

  // The lists the Register page chooses from are read models, a moment behind the log.
  await eventually(
    () => web.api.request('GET', '/api/uppdrag?organ=rs&status=open&limit=1000', { as: 'person-ida' }),
    (a) => a.body.items?.some((u: { uppdragId: string }) => u.uppdragId === UPPDRAG_ID),
  );
  await eventually(
    () => web.api.request('GET', '/api/perioder/2023-T1/maluppfyllelse?organ=rs', { as: 'person-ida' }),
    (a) => a.body.delmal?.some((d: { delmalId: string }) => d.delmalId === DELMAL_ID),
  );

  await signIn(page, 'Ida Berglund');
  const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
  await nav.getByRole('link', { name: 'Register' }).click();
  const choose = page.getByRole('form', { name: 'Ändra ett uppdrag' });
  await choose.getByLabel('Uppdrag').locator('option', { hasText: UPPDRAG }).waitFor({ state: 'attached' });
  await choose.getByLabel('Uppdrag').selectOption({ label: UPPDRAG });
  await choose.getByRole('button', { name: 'Öppna uppdraget' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ändra uppdrag' }).waitFor();
  await page.getByText(UPPDRAG).first().waitFor();
  // The menu still says where she is: under Register.
  await expect(nav.getByRole('link', { name: 'Register' }).getAttribute('aria-current')).resolves.toBe(
    'true',
  );
  await expectClean(page);

  // Extend slutdatum: without a reason the API refuses by the reason field; with one it is saved.
  const extend = page.getByRole('form', { name: 'Förläng slutdatum' });
  await extend.getByLabel('Nytt slutdatum').fill('2027-06-30');
  await extend.getByRole('button', { name: 'Förläng slutdatum' }).click();
  const reason = extend.getByLabel('Skäl till förlängningen');
  await extend.locator('.field-error').waitFor();
  await markedInvalid(reason);
  const describedBy = await reason.getAttribute('aria-describedby');
  await expect(page.locator(`[id="${describedBy}"]`).textContent()).resolves.toMatch(/\S/);
  await expectClean(page);
  await reason.fill('Lokalinventeringen blev klar först i höst.');
  await extend.getByRole('button', { name: 'Förläng slutdatum' }).click();
  await page.getByRole('status').getByText('Slutdatum är förlängt till').waitFor();
  await expect(page.locator('.facts').textContent()).resolves.toContain('2027');

  // Someone else changes the uppdrag meanwhile: her change is refused (409), said, and reading again
  // keeps what she chose, so saving again goes through.
  await given(`/api/uppdrag/${UPPDRAG_ID}/periodicitet`, {
    periodicitet: 'manad',
    reason: 'Tätare uppföljning.',
  });
  const ansvarig = page.getByRole('form', { name: 'Byt ansvarig' });
  await ansvarig.getByLabel('Ansvarig tjänsteperson').selectOption('person-sara');
  await ansvarig.getByRole('button', { name: 'Byt ansvarig' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'Någon annan har ändrat uppdraget' });
  await conflict.waitFor();
  await expectClean(page);
  await conflict.getByRole('button', { name: 'Läs in på nytt' }).click();
  await conflict.waitFor({ state: 'detached' });
  await page.locator('.facts', { hasText: 'Månad' }).waitFor();
  await expect(ansvarig.getByLabel('Ansvarig tjänsteperson').inputValue()).resolves.toBe('person-sara');
  await ansvarig.getByRole('button', { name: 'Byt ansvarig' }).click();
  await page.getByRole('status').getByText('Sara Nilsson är nu ansvarig.').waitFor();

  await page.getByRole('link', { name: 'Se uppdragets historik' }).click();
  await page.getByRole('heading', { level: 1, name: 'Historik' }).waitFor();
  const timeline = page.getByRole('list', { name: /Ändringar, senaste först/ });
  const extended = timeline.getByRole('listitem').filter({ hasText: 'Slutdatum förlängt' });
  await expect(extended.textContent()).resolves.toContain('Lokalinventeringen blev klar först i höst.');
  const newAnsvarig = timeline.getByRole('listitem').filter({ hasText: 'Ny ansvarig' });
  await expect(newAnsvarig.textContent()).resolves.toContain('Sara Nilsson');
  await expectClean(page);

  // The delmål: opened from Register, then its own page of changes.
  await nav.getByRole('link', { name: 'Register' }).click();
  const existing = page.getByRole('form', { name: 'Ett delmål som redan finns i planen' });
  await existing.getByLabel('Visa planen för år').fill('2023');
  const delmalSelect = existing.getByLabel('Delmål i planen');
  await delmalSelect.locator('option', { hasText: DELMAL }).waitFor({ state: 'attached' });
  await delmalSelect.selectOption({ label: DELMAL });
  await existing.getByRole('button', { name: 'Öppna delmålet' }).click();
  await page.getByRole('link', { name: 'Ändra målvärden, utfall, bedömning' }).click();
  await page.getByRole('heading', { level: 1, name: 'Ändra delmål' }).waitFor();
  await expectClean(page);

  const malvarde = page.getByRole('form', { name: `Ändra målvärde för ${INDIKATOR}` });
  await malvarde.getByLabel('Nytt målvärde, tomt om det saknas').fill('45');
  await malvarde.getByLabel('Skäl till ändringen').fill('Regionstyrelsen höjde ambitionen i april.');
  await malvarde.getByRole('button', { name: 'Ändra målvärde' }).click();
  await page.getByRole('status').getByText(`Målvärdet för ${INDIKATOR} är ändrat.`).waitFor();
  await expect(page.getByRole('region', { name: INDIKATOR }).textContent()).resolves.toContain('målvärde 45');

  const utfall = page.getByRole('form', { name: `Rätta utfall för ${INDIKATOR}` });
  await utfall.getByLabel('Period').selectOption('2023-T1');
  await utfall.getByLabel('Rätt utfall (procent), tomt om svar saknas').fill('33,5');
  await utfall.getByLabel('Skäl till rättelsen').fill('Dubbelräknade besök i mars.');
  await utfall.getByRole('button', { name: 'Rätta ett utfall' }).click();
  await page.getByRole('status').getByText('Utfallet för').waitFor();
  await expect(page.getByRole('region', { name: INDIKATOR }).textContent()).resolves.toMatch(
    /Tertial 1 2023: 33,5/,
  );

  // The bedömning: without one chosen the API refuses by that group; then it is saved.
  const assess = page.getByRole('form', { name: 'Bedöm delmålet' });
  await assess.getByLabel('Tertial').selectOption('2023-T1');
  await assess.getByLabel('Prognos för helåret').selectOption('helt');
  await assess
    .getByLabel('Kommentar: vad bedömningen grundar sig på')
    .fill('Ökar, men långsammare än planerat.');
  await assess.getByRole('button', { name: 'Spara bedömningen' }).click();
  const group = assess.getByRole('group', { name: 'Bedömning för tertialet' });
  await group.locator('.field-error').waitFor();
  await markedInvalid(group);
  await group.getByRole('radio', { name: 'Uppfylls delvis' }).check();
  await assess.getByRole('button', { name: 'Spara bedömningen' }).click();
  await page.getByRole('status').getByText('Bedömningen för Tertial 1 2023 är sparad.').waitFor();
  const bedomningar = page.getByRole('region', { name: 'Nämndens bedömning' });
  await expect(bedomningar.textContent()).resolves.toContain('Uppfylls delvis');
  await expectClean(page);

  // Closing by keyboard only: to the comment, type, Tab to the button, Enter.
  const close = page.getByRole('form', { name: 'Avsluta delmålet' });
  await close.getByLabel('Kommentar (valfri)').focus();
  await page.keyboard.type('Ersätts av ett bredare delmål 2024.');
  await page.keyboard.press('Tab');
  await expect(
    page.evaluate<string | null>('document.activeElement && document.activeElement.textContent'),
  ).resolves.toBe('Avsluta delmålet');
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText('Delmålet är avslutat.').waitFor();
  await page.getByText('Delmålet är avslutat och kan inte ändras.').waitFor();
  await expect(
    page.getByRole('button', { name: /målvärde|utfall|bedömning|avsluta/i }).count(),
  ).resolves.toBe(0);
  await expectClean(page);

  await page.getByRole('link', { name: 'Se delmålets historik' }).click();
  await page.getByRole('heading', { level: 1, name: 'Historik' }).waitFor();
  const delmalTimeline = page.getByRole('list', { name: /Ändringar, senaste först/ });
  for (const label of ['Målvärde ändrat', 'Utfall rättat', 'Delmålet bedömt', 'Delmålet avslutat']) {
    await delmalTimeline.getByRole('listitem').filter({ hasText: label }).first().waitFor();
  }
  await expectClean(page);
});

it('offers an auditor no change to an uppdrag', async () => {
  await signIn(page, 'Per Revisor');
  await page.goto(`/register/uppdrag/${UPPDRAG_ID}`);
  await page.getByRole('heading', { level: 1, name: 'Ändra uppdrag' }).waitFor();
  await page.getByText('Uppdraget ändras av sekreteraren').waitFor();
  await expect(page.getByRole('form').count()).resolves.toBe(0);
  await expect(
    page.getByRole('button', { name: /ansvarig|slutdatum|avsluta|återkalla|periodicitet/i }).count(),
  ).resolves.toBe(0);
});
