/**
 * The auditor's flow in real Chromium, to the end: the granskningspaket for an organ and year chosen by
 * name, as it stood at the end of a day, downloaded as PDF and Word; the audit trail searched by a word
 * of a kommentar and the hits exported as CSV. axe-core finds nothing at any impact level, and nothing is
 * wider than a phone.
 */
import { readFile } from 'node:fs/promises';
import { type SqlDriver } from '@sparbar/event-store';
import { SQL_DATABASE } from '@sparbar/runtime';
import { type Download } from 'playwright-core';
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

/** The word that occurs in the demo's kommentarer once: the inköp uppdrag's April report. */
const WORD = 'Digge';

/** The day the demo's events were recorded, Swedish time: the log's own clock, not the test's. */
async function dayRecorded(): Promise<string> {
  const [row] = await web.api.app
    .get<SqlDriver>(SQL_DATABASE)
    .query<{ day: string }>(`SELECT to_char(now() AT TIME ZONE 'Europe/Stockholm', 'YYYY-MM-DD') AS day`);
  return row!.day;
}

async function downloaded(click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { download, bytes: await readFile((await download.path())!) };
}

beforeAll(async () => {
  // The package and the trail are read from the chain and the audit trail, which the worker builds.
  await eventually(
    () => web.api.request('GET', '/api/granskning/handelser?limit=1', { as: 'person-revisor' }),
    (a) => a.status === 200 && a.body.entries.length > 0,
    60_000,
  );
}, 90_000);

it('downloads the granskningspaket for an organ and year at the end of a day, as PDF and as Word', async () => {
  await signIn(page, 'Per Revisor');
  await page.getByRole('heading', { level: 1, name: 'Granskning' }).waitFor();
  const form = page.getByRole('form', { name: 'Granskningspaket' });
  const organ = form.getByLabel('Organ som granskas');
  await organ.locator('option[value="hsn"]').waitFor({ state: 'attached' });
  await organ.selectOption({ label: 'Hälso- och sjukvårdsnämnden' });
  await form.getByLabel('År').selectOption('2023');
  await form.getByLabel('Loggen vid dygnets slut').fill(await dayRecorded());
  await form.getByLabel('PDF').check();

  const pdf = await downloaded(() =>
    form.getByRole('button', { name: 'Ladda ner granskningspaketet' }).click(),
  );
  expect(pdf.download.suggestedFilename()).toMatch(/^Granskningspaket.*\.pdf$/);
  expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await page
    .getByRole('status')
    .filter({ hasText: `Hämtad: ${pdf.download.suggestedFilename()}` })
    .waitFor();

  await form.getByLabel('Word (DOCX)').check();
  const docx = await downloaded(() =>
    form.getByRole('button', { name: 'Ladda ner granskningspaketet' }).click(),
  );
  expect(docx.download.suggestedFilename()).toMatch(/^Granskningspaket.*\.docx$/);
  // A DOCX is a zip archive.
  expect(docx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);
});

it('searches the trail by a word of a kommentar and exports the hits as CSV', async () => {
  await signIn(page, 'Per Revisor');
  await page.getByRole('heading', { level: 1, name: 'Granskning' }).waitFor();
  const search = page.getByRole('form', { name: 'Sök i granskningsspåret' });
  await search.getByLabel('Ord i kommentarer och texter').fill(WORD.toLowerCase());
  await search.getByRole('button', { name: 'Sök', exact: true }).click();
  await page.getByText('1 händelse visas.').waitFor();
  const entries = await page.locator('.audit .timeline-item').allTextContents();
  expect(entries).toEqual([expect.stringContaining(WORD)]);
  expect(entries[0]).toContain('Status rapporterad för april 2023');
  // Names, not ids, in the entry.
  expect(entries[0]).not.toMatch(/rv-2023-|person-/);

  const csv = await downloaded(() => page.getByRole('button', { name: 'Exportera CSV' }).click());
  expect(csv.download.suggestedFilename()).toMatch(/^Granskningsspår.*\.csv$/);
  const lines = csv.bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  expect(lines[0]).toBe('Position;Hände;Sparades;Vem;Händelse;Post;Organ;Period;Kommentar och text;Skäl');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(WORD);

  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);
});
