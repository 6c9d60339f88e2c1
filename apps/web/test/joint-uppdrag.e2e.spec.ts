/**
 * A joint uppdrag in real Chromium: directed to regionstyrelsen (samordnare) and HSN, each recipient
 * reports its own part. Sara (HSN officer) reports HSN's part without a 403 and sees it beside the form;
 * a report made meanwhile by her nämnd's secretary is corrected in the same part; Ida (RS secretary)
 * chooses to write the joint report; the uppdrag's Historik and the samordnare's Översikt show both
 * parts and "… av 2 nämnder klara", HSN's Översikt its own part; HSN closes its part and RS goes on;
 * when RS closes its part too, the uppdrag as a whole is Avslutad and every page says so.
 * axe-core finds nothing at any impact level, and no page is wider than a phone.
 */
import { eventually } from '../../api/test/support/api-harness';
import { THIS_TERTIAL, uppdragBody } from '../../api/test/support/fixtures';
import { periodLabel } from '../src/format';
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

const TEXT = 'Kartlägga mötesstrukturer för att frigöra tid i förvaltningarna';
const PERIOD = THIS_TERTIAL;
const SARAS = 'HSF: hälften av klinikerna har kartlagt sina möten.';
const MARIAS = 'HSN: kartläggningen är igång på alla kliniker.';
const IDAS = 'Samlat: HSF har kommit längst, RSF börjar i augusti.';

async function registerJoint(text: string): Promise<string> {
  const body = uppdragBody({ text, riktasTill: ['rs', 'hsn'], samordnare: 'rs', periodicitet: 'tertial' });
  const registered = await web.api.request('POST', '/api/uppdrag', { as: 'person-regiondirektor', body });
  expect(registered.status).toBe(201);
  return body.uppdragId as string;
}

const uppdragNow = async (id: string) =>
  (await web.api.request('GET', `/api/uppdrag/${id}`, { as: 'person-regiondirektor' })).body;

async function checkPage(): Promise<void> {
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);
}

let uppdragId: string;

beforeAll(async () => {
  uppdragId = await registerJoint(TEXT);
});

it('lets Sara report HSN’s own part, says so, and shows it beside the form', async () => {
  await signIn(page, 'Sara Nilsson');
  await page.goto(`/uppdrag/${uppdragId}/rapportera`);
  await page
    .getByRole('heading', { level: 2, name: 'Rapport för Hälso- och sjukvårdsnämndens del' })
    .waitFor();
  // She writes HSN's part only: no choice of whose report it is.
  await expect(page.getByRole('group', { name: 'Vems rapport' }).count()).resolves.toBe(0);
  await expect(page.getByLabel('Period').inputValue()).resolves.toBe(PERIOD);
  await checkPage();

  await page.getByRole('radio', { name: 'Pågående, delvis enligt plan' }).check();
  await page.getByLabel('Kommentar', { exact: true }).fill(SARAS);
  await page.getByRole('button', { name: 'Skicka rapport' }).click();
  await page
    .getByText(`Rapporten för ${periodLabel(PERIOD)} är sparad. Den gäller hälso- och sjukvårdsnämndens del.`)
    .waitFor();

  const now = await uppdragNow(uppdragId);
  expect(now.reports).toEqual([]);
  expect(now.parts.find((p: { organId: string }) => p.organId === 'hsn').reports).toMatchObject([
    { period: PERIOD, status: 'pagaende_delvis_enligt_plan', kommentar: SARAS, reportedBy: 'person-sara' },
  ]);

  await page.goto(`/uppdrag/${uppdragId}/rapportera`);
  const last = page.getByRole('complementary', { name: 'Förra rapporten' });
  await last.getByText(SARAS).waitFor();
  await expect(last.textContent()).resolves.toContain('Hälso- och sjukvårdsnämndens del');
  await expect(last.textContent()).resolves.toContain('Pågående, delvis enligt plan');
});

it('corrects HSN’s part when HSN’s secretary reported the same period meanwhile', async () => {
  const other = await registerJoint('Införa gemensamma mötesfria förmiddagar');
  await signIn(page, 'Sara Nilsson');
  await page.goto(`/uppdrag/${other}/rapportera`);
  await page.getByLabel('Kommentar', { exact: true }).waitFor();
  await page.getByRole('radio', { name: 'Pågående enligt plan', exact: true }).check();
  await page.getByLabel('Kommentar', { exact: true }).fill(SARAS);

  const theirs = await web.api.request('POST', `/api/uppdrag/${other}/reports`, {
    as: 'person-maria',
    body: { period: PERIOD, status: 'pagaende_ej_enligt_plan', kommentar: MARIAS, organId: 'hsn' },
  });
  expect(theirs.status).toBe(200);

  await page.getByRole('button', { name: 'Skicka rapport' }).click();
  const conflict = page.locator('.conflict');
  await conflict.getByRole('heading', { name: 'Någon annan hann före' }).waitFor();
  await expect(conflict.locator('section', { hasText: 'Deras version' }).textContent()).resolves.toContain(
    MARIAS,
  );
  await checkPage();
  await page.getByLabel('Skäl till rättelsen').fill('Stämt av med Maria; min text gäller.');
  await page.getByRole('button', { name: 'Spara min version som rättelse' }).click();
  await page.getByText(`Rättelsen för ${periodLabel(PERIOD)} är sparad.`).waitFor();

  const now = await uppdragNow(other);
  expect(now.reports).toEqual([]);
  expect(now.parts.find((p: { organId: string }) => p.organId === 'hsn').reports).toMatchObject([
    { period: PERIOD, status: 'pagaende_enligt_plan', kommentar: SARAS, correctedBy: 'person-sara' },
  ]);
});

it('lets Ida of the samordnare choose to write the joint report', async () => {
  await signIn(page, 'Ida Berglund');
  await page.goto(`/uppdrag/${uppdragId}/rapportera`);
  const whose = page.getByRole('group', { name: 'Vems rapport' });
  await whose.waitFor();
  // Her own organ's part is what she reports unless she chooses otherwise.
  await expect(whose.getByRole('radio', { name: 'Regionstyrelsens del' }).isChecked()).resolves.toBe(true);
  await page.getByRole('heading', { level: 2, name: 'Rapport för Regionstyrelsens del' }).waitFor();
  await checkPage();

  await whose.getByRole('radio', { name: 'Den samlade rapporten (samordnare: Regionstyrelsen)' }).check();
  await page.getByRole('heading', { level: 2, name: 'Samlad rapport för uppdraget' }).waitFor();
  // The joint report has no "Avsluta" of its own: a part is closed by its organ.
  await expect(page.getByRole('button', { name: /Avsluta/ }).count()).resolves.toBe(0);
  await page.getByRole('radio', { name: 'Pågående enligt plan', exact: true }).check();
  await page.getByLabel('Kommentar', { exact: true }).fill(IDAS);
  await page.getByRole('button', { name: 'Skicka rapport' }).click();
  await page.getByText(`Rapporten för ${periodLabel(PERIOD)} är sparad.`).waitFor();

  const now = await uppdragNow(uppdragId);
  expect(now.reports).toMatchObject([{ period: PERIOD, kommentar: IDAS, reportedBy: 'person-ida' }]);
  expect(now.parts.find((p: { organId: string }) => p.organId === 'rs').reports).toEqual([]);
});

it('shows the uppdrag as a whole with both parts, in Historik and in the samordnare’s Översikt', async () => {
  await signIn(page, 'Ida Berglund');
  await page.goto(`/uppdrag/${uppdragId}/historik`);
  const parts = page.locator('section.parts');
  await parts.getByRole('heading', { level: 2, name: 'Delar: 0 av 2 nämnder klara' }).waitFor();
  const hsn = parts.locator('.part', {
    has: page.getByRole('heading', { name: 'Hälso- och sjukvårdsnämnden' }),
  });
  await expect(hsn.textContent()).resolves.toContain(SARAS);
  await expect(hsn.textContent()).resolves.toContain('Pågående, delvis enligt plan');
  const rs = parts.locator('.part', { has: page.getByRole('heading', { name: /^Regionstyrelsen/ }) });
  await expect(rs.textContent()).resolves.toContain('Ingen egen rapport ännu.');
  const joint = parts.locator('.part', { has: page.getByRole('heading', { name: 'Samlad rapport' }) });
  await expect(joint.textContent()).resolves.toContain(IDAS);
  await page
    .getByRole('heading', { name: /Status rapporterad · .* · Hälso- och sjukvårdsnämndens del/ })
    .waitFor();
  await checkPage();

  await eventually(
    () => web.api.request('GET', `/api/perioder/${PERIOD}/uppdrag?organ=rs`, { as: 'person-ida' }),
    (a) =>
      a.body.rows?.some(
        (r: { uppdragId: string; kommentar: string }) => r.uppdragId === uppdragId && r.kommentar === IDAS,
      ),
  );
  await page.goto('/oversikt');
  await page.getByLabel('Nämnd eller styrelse').selectOption('rs');
  await page.getByLabel('Period', { exact: true }).selectOption(PERIOD);
  const row = page.getByRole('row', { name: new RegExp(TEXT) });
  await row.waitFor();
  await expect(row.textContent()).resolves.toContain(IDAS);
  await expect(row.textContent()).resolves.toContain('0 av 2 nämnder klara');
  await row.getByText('Varje nämnds del (2)').click();
  await row.getByText(SARAS).waitFor();
  await checkPage();
});

it('shows HSN’s Översikt its own part, not the joint report', async () => {
  await eventually(
    () => web.api.request('GET', `/api/perioder/${PERIOD}/uppdrag?organ=hsn`, { as: 'person-sara' }),
    (a) =>
      a.body.rows?.some(
        (r: { uppdragId: string; kommentar: string }) => r.uppdragId === uppdragId && r.kommentar === SARAS,
      ),
  );
  await signIn(page, 'Sara Nilsson');
  await page.goto('/oversikt');
  await page.getByLabel('Nämnd eller styrelse').selectOption('hsn');
  await page.getByLabel('Period', { exact: true }).selectOption(PERIOD);
  const row = page.getByRole('row', { name: new RegExp(TEXT) });
  await row.waitFor();
  await expect(row.textContent()).resolves.toContain(SARAS);
  await expect(row.textContent()).resolves.toContain('Hälso- och sjukvårdsnämndens del');
  await expect(row.textContent()).resolves.not.toContain(IDAS);
});

it('lets HSN close its part with a final comment while RS goes on', async () => {
  await signIn(page, 'Sara Nilsson');
  await page.goto(`/uppdrag/${uppdragId}/rapportera`);
  const close = page.getByRole('form', { name: 'Avsluta vår del' });
  await close.waitFor();
  await checkPage();
  await close.getByRole('button', { name: 'Avsluta vår del' }).click();
  await close.getByRole('alert').waitFor();
  await close
    .getByLabel('Slutkommentar: vad som blev gjort')
    .fill('Alla kliniker har kartlagt och minskat sina möten.');
  await close.getByRole('button', { name: 'Avsluta vår del' }).click();
  await page.getByText('Hälso- och sjukvårdsnämndens del är avslutad.').waitFor();

  const now = await uppdragNow(uppdragId);
  expect(now.lifecycle).toBe('aktivt');
  expect(now.partsSummary.text).toBe('1 av 2 nämnder klara');
  expect(now.parts.find((p: { organId: string }) => p.organId === 'hsn')).toMatchObject({
    closed: true,
    closingComment: 'Alla kliniker har kartlagt och minskat sina möten.',
  });

  // Her part takes no more reports, and the page says why.
  await page.goto(`/uppdrag/${uppdragId}/rapportera`);
  await page.getByText(/Hälso- och sjukvårdsnämndens del är avslutad sedan/).waitFor();
  await expect(page.getByRole('button', { name: 'Skicka rapport' }).count()).resolves.toBe(0);

  await page.goto(`/uppdrag/${uppdragId}/historik`);
  const parts = page.locator('section.parts');
  await parts.getByRole('heading', { level: 2, name: 'Delar: 1 av 2 nämnder klara' }).waitFor();
  const hsn = parts.locator('.part', {
    has: page.getByRole('heading', { name: 'Hälso- och sjukvårdsnämnden' }),
  });
  await expect(hsn.textContent()).resolves.toContain('Avslutad');
  await expect(hsn.textContent()).resolves.toContain('Alla kliniker har kartlagt och minskat sina möten.');
  await checkPage();
});

it('offers the regiondirektör every report, the joint one first', async () => {
  await signIn(page, 'Regiondirektören');
  await page.goto(`/uppdrag/${uppdragId}/rapportera`);
  const whose = page.getByRole('group', { name: 'Vems rapport' });
  await whose.waitFor();
  // HSN's part is closed: only RS's part and the joint report still take reports.
  const labels = await whose.locator('label').allTextContents();
  expect(labels).toEqual(['Den samlade rapporten (samordnare: Regionstyrelsen)', 'Regionstyrelsens del']);
  await expect(
    whose.getByRole('radio', { name: 'Den samlade rapporten (samordnare: Regionstyrelsen)' }).isChecked(),
  ).resolves.toBe(true);
});

it('ends the uppdrag as a whole when regionstyrelsen closes the last part, and says so', async () => {
  await signIn(page, 'Ida Berglund');
  await page.goto(`/uppdrag/${uppdragId}/rapportera`);
  const close = page.getByRole('form', { name: 'Avsluta vår del' });
  await close.getByLabel('Slutkommentar: vad som blev gjort').fill('RSF har infört mötesfria förmiddagar.');
  await close.getByRole('button', { name: 'Avsluta vår del' }).click();
  await page
    .getByText('Regionstyrelsens del är avslutad. Alla delar är nu klara: uppdraget är avslutat.')
    .waitFor();
  const now = await uppdragNow(uppdragId);
  expect(now.lifecycle).toBe('avslutat');
  expect(now.partsSummary.text).toBe('2 av 2 nämnder klara');

  await page.goto(`/uppdrag/${uppdragId}/historik`);
  const parts = page.locator('section.parts');
  await parts.getByRole('heading', { level: 2, name: 'Delar: 2 av 2 nämnder klara' }).waitFor();
  await parts.getByText(/Uppdraget är avslutat sedan/).waitFor();
  await expect(parts.getByRole('link', { name: 'Rapportera på uppdraget' }).count()).resolves.toBe(0);

  await page.goto(`/uppdrag/${uppdragId}/rapportera`);
  await page.getByText('Uppdraget är avslutat och tar inte emot fler rapporter.').waitFor();
  await expect(page.locator('textarea').count()).resolves.toBe(0);
});
