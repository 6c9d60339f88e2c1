/**
 * Uppsikt in real Chromium: regionstyrelsen's secretary records an uppsiktsärende on Hälso- och
 * sjukvårdsnämnden, its secretary answers on the ärende's page, and regionstyrelsen's secretary closes it
 * with a conclusion. The nämnd's secretary is not offered the form to record nor to close, and
 * regionstyrelsen is not offered to answer. axe-core finds nothing serious or critical, and no page is
 * wider than a phone.
 */
import { type BrowserContext, type Page } from 'playwright-core';
import { TEST_NOW } from '../../../test/support/clock';
import {
  markedInvalid,
  openPage,
  seriousA11yViolations,
  signIn,
  startWebTest,
  type WebTest,
  widerThanPhone,
} from './support/browser';

let web: WebTest;
const contexts: BrowserContext[] = [];
const pages: (Page & { problems: string[] })[] = [];

beforeAll(async () => {
  web = await startWebTest();
}, 180_000);

afterEach(() => {
  for (const page of pages) expect(page.problems).toEqual([]);
});

afterAll(async () => {
  for (const context of contexts) await context.close();
  await web?.close();
});

async function newPage() {
  const context = await web.context();
  contexts.push(context);
  const page = await openPage(context);
  pages.push(page);
  return page;
}

const QUESTION = 'Redogör för varför rapporterna om vårdköerna kommit sent.';
const ANSWER = 'Rapporterna lämnas i tid från och med nästa tertial.';
const CONCLUSION = 'Svaret är tillräckligt; följs upp i nästa tertial.';

it('records an uppsiktsärende, lets the nämnd answer and regionstyrelsen close it', async () => {
  const ida = await newPage();
  await signIn(ida, 'Ida Berglund');
  await ida.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppsikt' }).click();
  await ida.getByRole('heading', { level: 1, name: 'Uppsikt' }).waitFor();
  await ida.getByRole('table').waitFor();
  expect(await seriousA11yViolations(ida)).toEqual([]);
  expect(await widerThanPhone(ida)).toEqual([]);

  const form = ida.getByRole('form', { name: 'Nytt uppsiktsärende' });
  // Sent empty, the API's refusal is shown by the fields it concerns.
  await form.getByRole('button', { name: 'Registrera ärendet' }).click();
  await form.getByRole('alert').waitFor();
  await markedInvalid(form.getByLabel('Slag av ärende'));

  const organ = form.getByLabel('Organ');
  await organ.locator('option[value="hsn"]').waitFor({ state: 'attached' });
  await organ.selectOption('hsn');
  await form.getByLabel('Slag av ärende').selectOption('begaran_om_information');
  await form.getByLabel('Vad regionstyrelsen frågar eller iakttar').fill(QUESTION);
  const due = `${Number(TEST_NOW.slice(0, 4)) + 1}-01-31`;
  await form.getByLabel('Svar senast').fill(due);
  await form.getByRole('button', { name: 'Registrera ärendet' }).click();
  const open = ida.getByRole('link', { name: 'Öppna ärendet' });
  await open.waitFor();
  const href = await open.getAttribute('href');
  expect(href).toMatch(/^\/uppsikt\/[^/]+$/);
  await open.click();
  await ida.getByText(QUESTION).waitFor();
  await ida.getByRole('heading', { level: 2, name: 'Avsluta ärendet' }).waitFor();
  // Regionstyrelsen does not answer for the nämnd.
  await expect(ida.getByRole('heading', { name: 'Svara på ärendet' }).count()).resolves.toBe(0);
  expect(await seriousA11yViolations(ida)).toEqual([]);
  expect(await widerThanPhone(ida)).toEqual([]);

  // The nämnd's secretary answers on the ärende's page; she may neither record nor close.
  const maria = await newPage();
  await signIn(maria, 'Maria Holm');
  await maria.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Uppsikt' }).click();
  await maria.getByRole('heading', { level: 1, name: 'Uppsikt' }).waitFor();
  await expect(maria.getByRole('form', { name: 'Nytt uppsiktsärende' }).count()).resolves.toBe(0);
  await maria.goto(href!);
  await maria.getByText(QUESTION).waitFor();
  await expect(maria.getByRole('heading', { name: 'Avsluta ärendet' }).count()).resolves.toBe(0);
  const answer = maria.getByRole('form', { name: 'Svara på ärendet' });
  await answer.getByLabel('Organets svar').fill(ANSWER);
  await answer.getByRole('button', { name: 'Skicka svaret' }).click();
  await maria.getByText('Svaret är registrerat.').waitFor();
  await maria.locator('li', { hasText: ANSWER }).waitFor();
  expect(await seriousA11yViolations(maria)).toEqual([]);
  expect(await widerThanPhone(maria)).toEqual([]);

  // Regionstyrelsen reads the answer and closes the ärende with a conclusion.
  await ida.reload();
  await ida.locator('li', { hasText: ANSWER }).waitFor();
  const close = ida.getByRole('form', { name: 'Avsluta ärendet' });
  await close.getByLabel('Slutsats').fill(CONCLUSION);
  await close.getByRole('button', { name: 'Avsluta med slutsatsen' }).click();
  await ida.getByRole('heading', { level: 2, name: 'Slutsats' }).waitFor();
  await ida.getByText(CONCLUSION).waitFor();
  await expect(ida.getByRole('form').count()).resolves.toBe(0);
  expect(await seriousA11yViolations(ida)).toEqual([]);
  expect(await widerThanPhone(ida)).toEqual([]);

  const stored = await web.api.request('GET', `/api${href!}`, { as: 'person-ida' });
  expect(stored.status).toBe(200);
  expect(stored.body).toMatchObject({
    organId: 'hsn',
    kind: 'begaran_om_information',
    text: QUESTION,
    dueDate: due,
    answers: [{ text: ANSWER, answeredBy: 'person-maria' }],
    closed: true,
    conclusion: CONCLUSION,
  });
});
