/**
 * Intern kontroll in real Chromium: Hälso- och sjukvårdsnämndens secretary takes this year's
 * internkontrollplan through a full cycle — plan → risk → kontrollmoment → fastställd → a result with an
 * avvikelse (first without a description: the API's field error is shown by the field) → åtgärd →
 * pågår → klar — and changes the adopted plan, which asks for a reason. An officer of the nämnd is
 * offered the follow-up but not the plan's forms; the auditor and the regiondirektör read the plan,
 * riskmatris included, with no edit control. axe-core finds nothing at any impact level in any state
 * visited, and no page is wider than a phone.
 */
import { businessDateOf } from '@sparbar/domain';
import { TEST_NOW } from '../../../test/support/clock';
import { type BrowserContext, type Page } from 'playwright-core';
import {
  markedInvalid,
  openPage,
  allA11yViolations,
  signIn,
  startWebTest,
  type WebTest,
  widerThanPhone,
} from './support/browser';

let web: WebTest;
const contexts: BrowserContext[] = [];
const pages: (Page & { problems: string[]; notFound: string[] })[] = [];

beforeAll(async () => {
  web = await startWebTest();
}, 180_000);

afterEach(() => {
  for (const page of pages) {
    // A nämnd without a plan for the year answers 404, which the page shows as "no plan yet" (and
    // Chromium logs); any other 404 is a problem.
    expect(page.notFound.filter((url) => !/^\/api\/internkontroll\/[^/]+\/\d{4}$/.test(url))).toEqual([]);
    expect(page.problems.filter((p) => !/status of 404 /.test(p))).toEqual([]);
  }
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await web?.close();
});

async function newPage() {
  const context = await web.context();
  contexts.push(context);
  const page = Object.assign(await openPage(context), { notFound: [] as string[] });
  page.on('response', (response) => {
    if (response.status() === 404) page.notFound.push(new URL(response.url()).pathname);
  });
  pages.push(page);
  return page;
}

async function checkPage(page: Page) {
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);
}

/** The day the test API and browser live on (test/support/clock.ts). */
const TODAY = businessDateOf(TEST_NOW);
const YEAR = Number(TODAY.slice(0, 4));
const FIRST_TERTIAL = `${YEAR}-T1`;
const RISK = 'Inköp görs utanför upphandlade avtal';
const VAD = 'Att inköp görs mot avtal';
const AVVIKELSE = 'Tre av tjugo granskade inköp gjordes utanför avtal.';
const ATGARD = 'Informera beställarna om avtalen';
const NEW_RISK = 'Läkemedel kasseras i onödan';
const REASON = 'Ny risk efter internrevisionens rapport.';

it('takes a plan from draft to a klar åtgärd; others read it without edit controls', async () => {
  const maria = await newPage();
  await signIn(maria, 'Maria Holm');
  await maria
    .getByRole('navigation', { name: 'Huvudmeny' })
    .getByRole('link', { name: 'Intern kontroll' })
    .click();
  await maria.getByRole('heading', { level: 1, name: 'Intern kontroll' }).waitFor();
  await maria.getByText(`Hälso- och sjukvårdsnämnden har ingen internkontrollplan för ${YEAR}.`).waitFor();
  await checkPage(maria);

  await maria
    .getByRole('form', { name: `Upprätta internkontrollplan för ${YEAR}` })
    .getByRole('button', { name: 'Upprätta planen' })
    .click();
  await maria
    .getByRole('heading', { level: 2, name: `Internkontrollplan ${YEAR} för Hälso- och sjukvårdsnämnden` })
    .waitFor();
  await maria.getByText('Utkast, inte fastställd').waitFor();
  // A draft has nothing to report on yet.
  await expect(maria.getByRole('form', { name: /Rapportera resultat/ }).count()).resolves.toBe(0);

  const risk = maria.getByRole('form', { name: 'Lägg till en risk' });
  await risk.getByLabel('Risk', { exact: true }).fill(RISK);
  await risk.getByLabel('Sannolikhet').selectOption('3');
  await risk.getByLabel('Konsekvens').selectOption('4');
  await risk.getByRole('button', { name: 'Lägg till risken' }).click();
  await maria.getByRole('heading', { level: 3, name: RISK }).waitFor();
  await maria.getByText('Riskvärde 12 (mycket hög)').waitFor();
  // The riskmatris: sannolikhet 3 (Möjlig) × konsekvens 4 (Allvarlig) holds the risk, by name.
  const matris = maria.getByRole('table', { name: /Riskmatris/ });
  const row = matris.getByRole('row', { name: /^3 Möjlig/ });
  await expect(row.getByRole('cell').nth(3).textContent()).resolves.toBe(`12 · mycket hög1 risk${RISK}`);
  await expect(row.getByRole('cell').nth(0).textContent()).resolves.toBe('3 · lågInga risker');

  // Adoption before every risk has a kontrollmoment is refused with the domain's words.
  const adopt = maria.getByRole('form', { name: 'Fastställ planen' });
  await adopt.getByLabel('Nämndens beslutsdatum').fill(TODAY);
  await adopt.getByRole('button', { name: 'Fastställ planen' }).click();
  await adopt
    .getByRole('alert')
    .getByText(/minst ett kontrollmoment/)
    .waitFor();

  const moment = maria.getByRole('form', { name: 'Lägg till ett kontrollmoment' });
  await moment.getByLabel('Vad kontrolleras').fill(VAD);
  await moment.getByLabel('Hur kontrolleras det').fill('Stickprov om tjugo fakturor');
  await moment.getByLabel('Vem kontrollerar').fill('Ekonomichef');
  await moment.getByLabel('Hur ofta').selectOption('tertial');
  await moment.getByRole('button', { name: 'Lägg till kontrollmomentet' }).click();
  await maria.getByRole('heading', { level: 4, name: `Kontrollmoment: ${VAD}` }).waitFor();
  await maria.getByText('Stickprov om tjugo fakturor').waitFor();
  await checkPage(maria);

  await adopt.getByLabel('Paragraf (valfri)').fill('§ 12');
  await adopt.getByRole('button', { name: 'Fastställ planen' }).click();
  await maria.getByText(/^Fastställd .*, § 12$/).waitFor();
  await expect(maria.getByRole('form', { name: 'Fastställ planen' }).count()).resolves.toBe(0);

  // Reporting a result is offered behind a disclosure per kontrollmoment, closed until wanted; a
  // reminder's link (/internkontroll/:organ/:year?kontrollmoment=&period=) opens it at that period.
  await expect(maria.getByRole('form', { name: `Rapportera resultat: ${VAD}` }).count()).resolves.toBe(0);
  const read = await web.api.request('GET', `/api/internkontroll/hsn/${YEAR}`, { as: 'person-maria' });
  const kontrollmomentId = read.body.risks[0].kontrollmoment[0].kontrollmomentId as string;
  await maria.goto(`/internkontroll/hsn/${YEAR}?kontrollmoment=${kontrollmomentId}&period=${FIRST_TERTIAL}`);
  // An avvikelse without a description: the API's field error, by the field.
  const result = maria.getByRole('form', { name: `Rapportera resultat: ${VAD}` });
  await expect(result.getByLabel('Period').inputValue()).resolves.toBe(FIRST_TERTIAL);
  await result.getByRole('radio', { name: 'Avvikelse' }).check();
  await result.getByRole('button', { name: 'Rapportera resultatet' }).click();
  await result.getByRole('alert').waitFor();
  const beskrivning = result.getByLabel('Beskrivning (krävs vid avvikelse)');
  await markedInvalid(beskrivning);
  const describedBy = await beskrivning.getAttribute('aria-describedby');
  await expect(maria.locator(`[id="${describedBy}"]`).textContent()).resolves.toMatch(
    /avvikelse måste beskrivas/,
  );
  await checkPage(maria);

  await beskrivning.fill(AVVIKELSE);
  await result.getByRole('button', { name: 'Rapportera resultatet' }).click();
  const results = maria.getByRole('table', { name: 'Resultat' });
  await results
    .getByRole('row', { name: /Avvikelse/ })
    .getByText(AVVIKELSE)
    .waitFor();
  // The tertial has its result: it is no longer offered.
  await expect(
    maria
      .getByRole('form', { name: `Rapportera resultat: ${VAD}` })
      .getByRole('option', { name: `Tertial 1 ${YEAR}` })
      .count(),
  ).resolves.toBe(0);

  const atgard = maria.getByRole('form', { name: /^Ny åtgärd för avvikelsen/ });
  await atgard.getByLabel('Åtgärd').fill(ATGARD);
  await atgard.getByLabel('Ansvarig').selectOption('person-sara');
  await atgard.getByLabel('Klar senast').fill(`${YEAR + 1}-01-31`);
  await atgard.getByRole('button', { name: 'Lägg till åtgärden' }).click();
  const atgarder = maria.getByRole('table', { name: 'Åtgärder' });
  const atgardRow = atgarder.getByRole('row', { name: new RegExp(ATGARD) });
  await atgardRow.getByText('Planerad').waitFor();
  await atgardRow.getByText('Sara Nilsson').waitFor();
  await checkPage(maria);

  const status = maria.getByRole('form', { name: `Ändra status: ${ATGARD}` });
  await expect(status.getByLabel('Ny status').inputValue()).resolves.toBe('pagar');
  await status.getByRole('button', { name: 'Ändra status' }).click();
  await atgardRow.getByText('Pågår').waitFor();
  await status.getByLabel('Ny status').selectOption('klar');
  await status.getByLabel('Kommentar (valfri)').fill('Information given på APT.');
  await status.getByRole('button', { name: 'Ändra status' }).click();
  await atgardRow.getByText('Klar', { exact: true }).waitFor();
  await atgardRow.getByText('Information given på APT.').waitFor();
  await expect(maria.getByRole('form', { name: `Ändra status: ${ATGARD}` }).count()).resolves.toBe(0);
  await checkPage(maria);

  // A change to the adopted plan asks for the reason the domain requires.
  const change = maria.getByRole('form', { name: 'Lägg till en risk' });
  await change.getByLabel('Risk', { exact: true }).fill(NEW_RISK);
  await change.getByLabel('Sannolikhet').selectOption('2');
  await change.getByLabel('Konsekvens').selectOption('2');
  await change.getByRole('button', { name: 'Lägg till risken' }).click();
  const reason = change.getByLabel('Skäl till ändringen av den fastställda planen');
  await markedInvalid(reason);
  await reason.fill(REASON);
  await change.getByRole('button', { name: 'Lägg till risken' }).click();
  const added = maria.getByRole('region', { name: NEW_RISK });
  await added.getByText('Tillagd efter fastställandet').waitFor();
  await maria.getByText(/^1 ändring i planen efter att nämnden fastställde den/).waitFor();
  // Each change is listed with who made it and the reason, not only counted.
  await maria
    .getByRole('list', { name: 'Ändringar efter fastställandet' })
    .getByText(new RegExp(`^Ny risk: ${NEW_RISK}, .* av Maria Holm\\. Skäl: ${REASON}$`))
    .waitFor();
  await checkPage(maria);

  // The auditor and the regiondirektör read it all, and are offered nothing to change.
  // An officer of the nämnd follows the plan (results, åtgärder) but is offered no change to it.
  const sara = await newPage();
  await signIn(sara, 'Sara Nilsson');
  await sara.goto(`/internkontroll/hsn/${YEAR}`);
  await sara.getByRole('heading', { level: 3, name: RISK }).waitFor();
  await sara.locator('summary', { hasText: /^Ny åtgärd för avvikelsen/ }).waitFor();
  await expect(sara.getByRole('form', { name: 'Lägg till en risk' }).count()).resolves.toBe(0);
  await expect(sara.getByRole('form', { name: 'Lägg till ett kontrollmoment' }).count()).resolves.toBe(0);
  await checkPage(sara);

  // The auditor chooses the nämnd on the page; the regiondirektör comes by the plan's own address.
  for (const name of ['Per Revisor', 'Regiondirektören']) {
    const reader = await newPage();
    await signIn(reader, name);
    if (name === 'Per Revisor') {
      await reader
        .getByRole('navigation', { name: 'Huvudmeny' })
        .getByRole('link', { name: 'Intern kontroll' })
        .click();
      await reader.getByRole('heading', { level: 1, name: 'Intern kontroll' }).waitFor();
      const organ = reader.getByLabel('Nämnd');
      await organ.locator('option[value="hsn"]').waitFor({ state: 'attached' });
      await organ.selectOption('hsn');
    } else {
      await reader.goto(`/internkontroll/hsn/${YEAR}`);
    }
    await reader.getByRole('heading', { level: 3, name: RISK }).waitFor();
    await reader.getByRole('table', { name: 'Resultat' }).getByText(AVVIKELSE).waitFor();
    await reader
      .getByRole('table', { name: 'Åtgärder' })
      .getByRole('row', { name: new RegExp(ATGARD) })
      .getByText('Klar', { exact: true })
      .waitFor();
    await reader
      .getByRole('table', { name: /Riskmatris/ })
      .getByText(NEW_RISK)
      .waitFor();
    const main = reader.getByRole('main');
    await expect(main.getByRole('form').count()).resolves.toBe(0);
    await expect(main.getByRole('button').count()).resolves.toBe(0);
    await expect(main.getByRole('textbox').count()).resolves.toBe(0);
    await checkPage(reader);
  }

  const stored = await web.api.request('GET', `/api/internkontroll/hsn/${YEAR}`, { as: 'person-revisor' });
  expect(stored.status).toBe(200);
  expect(stored.body).toMatchObject({
    adoptedOn: TODAY,
    paragraf: '§ 12',
    changesAfterAdoption: 1,
    risks: [
      { text: RISK, riskvarde: 12, kontrollmoment: [{ vad: VAD, vem: 'Ekonomichef', frekvens: 'tertial' }] },
      { text: NEW_RISK, riskvarde: 4, changesAdoptedPlan: true },
    ],
    results: [
      { period: FIRST_TERTIAL, resultat: 'avvikelse', beskrivning: AVVIKELSE, recordedBy: 'person-maria' },
    ],
    atgarder: [{ text: ATGARD, ansvarigPersonId: 'person-sara', status: 'klar' }],
  });
});
