/**
 * The report files as people open them: Excel with real dates and numbers under a frozen, filterable
 * header, printed landscape one page wide; Word and PDF with a footer (organ, period, the cutoff's date)
 * and page numbers on every page, the log position and checksum in a footnote or an appendix; CSV with
 * the headings first; file names with organ, period and date. And still the same bytes for one cutoff.
 */
import { periodChart } from '@sparbar/domain';
import ExcelJS from 'exceljs';
import {
  buildGranskningspaket,
  cutoffInWords,
  granskningspaketDocx,
  granskningspaketFileName,
  granskningspaketPdf,
  type ReportDocument,
  renderUppdragTable,
  uppdragTableFileName,
} from '../src';
import { CUTOFF, LOG } from './granskningspaket.fixture';
import JSZip from 'jszip';
import { pdfPages, wordText, zipParts } from './support/open-files';

const MARK = 'ändrad efter fastställande';
const cutoff = { position: 14336000, hash: 'c0ffee'.repeat(10) + 'abcd', date: '2023-05-12' };
const FOOTER =
  'Uppföljning av fullmäktiges uppdrag · Regionfullmäktige · Tertial 1 2023 · Underlag till och med 2023-05-12';

/** Enough rows for several pages, and a måluppfyllelse section with counts. */
const report: ReportDocument = {
  title: 'Uppföljning av fullmäktiges uppdrag',
  period: '2023-T1',
  periodLabel: 'Tertial 1 2023',
  cutoff,
  organNamn: 'Regionfullmäktige',
  cutoffLine: cutoffInWords(cutoff),
  version: 'Läget nu, underlag till och med 2023-05-12',
  asAdopted: null,
  faststallelse: [
    'Fastställd av hälso- och sjukvårdsnämnden 2023-05-10 § 45',
    'Anmäld i regionstyrelsen 2023-05-11 § 112',
  ],
  groups: [
    {
      heading: 'Uppdrag från fullmäktige till nämnd',
      rows: Array.from({ length: 24 }, (_, i) => ({
        uppdragId: `u-${i}`,
        andradEfterFaststallande: i === 1 ? `${MARK} (skäl: Siffran var fel.)` : null,
        status: 'Pågående enligt plan',
        colour: 'green' as const,
        text: `Uppdrag nummer ${i + 1}: ${'kartlägga och optimera samverkans- och mötesstrukturer '.repeat(3)}`,
        riktasTill: 'Riktas till hälso- och sjukvårdsnämnden samt regionstyrelsen',
        kommentar: 'Arbetet pågår enligt plan. '.repeat(8),
        periodicitet: 'Tertial: apr, aug, dec',
        slutdatum: '2023-12-31',
      })),
    },
  ],
  maluppfyllelse: {
    title: 'Måluppfyllelse regionfullmäktige',
    sammanfattning: 'Inget bedömt ännu.',
    charts: [
      periodChart({
        indikatorer: { helt: 21, delvis: 7, inte: 9, saknas: 1 },
        delmal: { helt: 1, delvis: 0, inte: 2, saknas: 3 },
      }),
    ],
    tables: [
      {
        heading: 'Delmål per regionmål',
        columns: ['Regionmål', 'Delmål', 'Bedömning', 'Indikatorer'],
        widths: [0.18, 0.37, 0.15, 0.3],
        markUnder: 2,
        rows: [
          {
            cells: ['Mål 1', 'Fler digitala vårdmöten', 'Målet uppfylls delvis', 'Digitala vårdmöten: gul'],
            fills: [null, null, 'FFEB9C', null],
            mark: `${MARK} (skäl: Utfallet kom sent.)`,
          },
          {
            cells: ['Mål 1', 'Kortare väntetider', 'Målet uppfylls helt', 'Väntetid: grön'],
            fills: [null, null, 'C6EFCE', null],
            mark: null,
          },
        ],
      },
      {
        heading: 'Antal',
        columns: ['', 'Helt', 'Delvis', 'Inte', 'Saknas', 'Totalt'],
        widths: [0.3, 0.14, 0.14, 0.14, 0.14, 0.14],
        rows: [{ cells: ['Delmål', '1', '0', '2', '3', '6'], fills: [null, null, null, null, null, null] }],
      },
    ],
  },
};

describe('the uppdrag table as files', () => {
  it('XLSX: headings in row 1, frozen and filtered; slutdatum a date, counts numbers; landscape one page wide', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderUppdragTable(report, 'xlsx')) as never);
    const ws = wb.worksheets[0];

    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual([
      'Grupp',
      'Status',
      'Uppdrag',
      'Riktas till',
      'Kommentar',
      'Periodicitet',
      'Slutdatum',
      'Ändrad efter fastställande',
    ]);
    expect(ws.getCell('G2').type).toBe(ExcelJS.ValueType.Date);
    expect(ws.getCell('G2').value).toEqual(new Date('2023-12-31T00:00:00Z'));
    expect(ws.getCell('G2').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('B2').value).toBe('Pågående enligt plan');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.autoFilter).toBe('A1:H1');
    expect(ws.pageSetup).toMatchObject({
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(ws.headerFooter.oddFooter).toContain(FOOTER);
    expect(ws.headerFooter.oddFooter).toContain('Sida &P av &N');

    const mal = wb.getWorksheet('Måluppfyllelse')!;
    const counts = mal.lastRow!;
    expect((counts.values as unknown[]).slice(1)).toEqual(['Delmål', 1, 0, 2, 3, 6]);
    expect(counts.getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(mal.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });
    // The position and checksum are on the sheet about the report, not above the table.
    const about = wb.getWorksheet('Om rapporten')!;
    expect(about.getCell('A3').value).toBe(
      `Underlaget är händelseloggen till och med händelse nr 14336000, registrerad 2023-05-12 (kontrollsumma ${cutoff.hash}).`,
    );
  });

  it('DOCX: a footer with PAGE and NUMPAGES fields and organ, period and date; the cutoff a footnote', async () => {
    const docx = await renderUppdragTable(report, 'docx');
    const footer = await zipParts(docx, /^word\/footer\d*\.xml$/);
    const body = await zipParts(docx, /^word\/document\.xml$/);
    const footnotes = await zipParts(docx, /^word\/footnotes\.xml$/);

    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(wordText(footer)).toContain(FOOTER);
    expect(wordText(footer)).toContain('Sida');
    expect(wordText(footnotes)).toContain(report.cutoffLine);
    expect(body).toMatch(/<w:footnoteReference w:id="1"\/>/);
    expect(wordText(body)).not.toContain(cutoff.hash);
  });

  it('DOCX and PDF: the måluppfyllelse chart as a picture, described, with its numbers in a table below', async () => {
    const docx = await renderUppdragTable(report, 'docx');
    const zip = await JSZip.loadAsync(docx);
    const pictures = Object.keys(zip.files).filter((n) => /^word\/media\/.*\.png$/.test(n));
    expect(pictures).toHaveLength(1);
    const png = await zip.files[pictures[0]].async('nodebuffer');
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    const body = await zipParts(docx, /^word\/document\.xml$/);
    expect(body).toContain(
      'descr="Indikatorer och delmål uppfylls… Indikatorer: 21 helt, 7 delvis, 9 inte, 1 saknas;',
    );
    expect(wordText(body)).toContain('Indikatorer och delmål uppfylls…');
    expect(wordText(body)).toContain('Indikatorer21791' + '38');

    const pages = pdfPages(await renderUppdragTable(report, 'pdf')).map((p) => p.replace(/\s+/g, ' '));
    const page = pages.find((p) => p.includes('Indikatorer och delmål uppfylls…'));
    expect(page).toContain('Indikatorer 21 7 9 1 38');
    expect(page).toContain('Delmål 1 0 2 3 6');
  });

  it('PDF: every page has the footer and "Sida n av N"; the cutoff in words is the last thing, not the first', async () => {
    const pages = pdfPages(await renderUppdragTable(report, 'pdf'));

    expect(pages.length).toBeGreaterThan(2);
    pages.forEach((page, i) => {
      expect({ page: i + 1, footer: page.includes(FOOTER) }).toEqual({ page: i + 1, footer: true });
      expect(page).toContain(`Sida ${i + 1} av ${pages.length}`);
    });
    expect(pages[0]).not.toContain(cutoff.hash);
    const last = pages[pages.length - 1].replace(/\s+/g, ' ');
    expect(last).toContain('Om underlaget');
    expect(last).toContain(
      `Underlaget är händelseloggen till och med händelse nr 14336000, registrerad 2023-05-12`,
    );
    expect(last).toContain(cutoff.hash);
  });

  it('CSV: the headings are the first line; the cutoff follows the rows', async () => {
    const lines = (await renderUppdragTable(report, 'csv'))
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .split('\r\n');

    expect(lines[0]).toBe(
      'Grupp;Status;Uppdrag;Riktas till;Kommentar;Periodicitet;Slutdatum;Ändrad efter fastställande',
    );
    expect(lines[1]).toMatch(/^Uppdrag från fullmäktige till nämnd;Pågående enligt plan;Uppdrag nummer 1:/);
    expect(lines.at(-2)).toBe(report.cutoffLine);
  });

  it('every format says which version it is, the adoption and its handling, and marks the changed row with its reason', async () => {
    const marked = `${MARK} (skäl: Siffran var fel.)`;
    const [adopted, handled] = report.faststallelse;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderUppdragTable(report, 'xlsx')) as never);
    expect(wb.worksheets[0].getCell('H3').value).toBe(marked);
    expect(wb.worksheets[0].getCell('H2').value).toBe('');
    const about = wb.getWorksheet('Om rapporten')!;
    expect([4, 5, 6].map((r) => about.getCell(`A${r}`).value)).toEqual([report.version, adopted, handled]);

    const csv = (await renderUppdragTable(report, 'csv')).toString('utf8').split('\r\n');
    expect(csv[2].endsWith(`;${marked}`)).toBe(true);
    expect(csv[1].endsWith(';')).toBe(true);
    expect(csv).toEqual(expect.arrayContaining([report.version, adopted, handled]));

    const docx = wordText(await zipParts(await renderUppdragTable(report, 'docx'), /^word\/document\.xml$/));
    for (const text of [report.version, adopted, handled, marked]) expect(docx).toContain(text);

    const pdf = pdfPages(await renderUppdragTable(report, 'pdf'))
      .join(' ')
      .replace(/\s+/g, ' ');
    // The mark wraps in the narrow status column, so the text comes out in pieces.
    for (const text of [report.version, adopted, handled, 'ändrad efter', 'fastställande (skäl:', 'fel.)'])
      expect(pdf).toContain(text);

    const html = (await renderUppdragTable(report, 'html')).toString('utf8');
    expect(html).toContain(`<p>${report.version}</p>`);
    expect(html).toContain(`<p>${adopted}</p>`);
    expect(html).toContain(`<strong class="andrad-efter-faststallande">${marked}</strong>`);
  });

  it('every format marks a delmål changed after adoption with its reason, as the uppdrag rows', async () => {
    const marked = `${MARK} (skäl: Utfallet kom sent.)`;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await renderUppdragTable(report, 'xlsx')) as never);
    const mal = wb.getWorksheet('Måluppfyllelse')!;
    const rows: unknown[][] = [];
    mal.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const heading = rows.findIndex((r) => r[0] === 'Regionmål');
    expect(rows[heading]).toEqual([
      'Regionmål',
      'Delmål',
      'Bedömning',
      'Indikatorer',
      'Ändrad efter fastställande',
    ]);
    expect(rows[heading + 1]).toEqual([
      'Mål 1',
      'Fler digitala vårdmöten',
      'Målet uppfylls delvis',
      'Digitala vårdmöten: gul',
      marked,
    ]);
    expect(rows[heading + 2][4]).toBe('');

    const csv = (await renderUppdragTable(report, 'csv')).toString('utf8').split('\r\n');
    const at = csv.indexOf('Regionmål;Delmål;Bedömning;Indikatorer;Ändrad efter fastställande');
    expect(at).toBeGreaterThan(0);
    expect(csv[at + 1]).toBe(
      `Mål 1;Fler digitala vårdmöten;Målet uppfylls delvis;Digitala vårdmöten: gul;${marked}`,
    );
    expect(csv[at + 2].endsWith(';')).toBe(true);

    const docx = wordText(await zipParts(await renderUppdragTable(report, 'docx'), /^word\/document\.xml$/));
    expect(docx).toContain(`Målet uppfylls delvis${marked}Digitala vårdmöten`);
    expect(docx).not.toContain(`Målet uppfylls helt${MARK}`);

    const pdf = pdfPages(await renderUppdragTable(report, 'pdf'));
    const page = pdf.find((p) => p.includes('Delmål per regionmål'))!.replace(/\s+/g, ' ');
    for (const text of ['ändrad efter', 'fastställande (skäl:', 'kom sent.)']) expect(page).toContain(text);

    const html = (await renderUppdragTable(report, 'html')).toString('utf8');
    expect(html).toContain(
      `Målet uppfylls delvis<br><br><strong class="andrad-efter-faststallande">${marked}</strong>`,
    );
    expect(html.match(/class="andrad-efter-faststallande"/g)).toHaveLength(2);
  });

  it('is named for organ, period and the cutoff date, and is the same bytes when made again', async () => {
    expect(uppdragTableFileName(report, 'xlsx')).toBe(
      'Uppföljning av uppdrag Regionfullmäktige Tertial 1 2023 2023-05-12.xlsx',
    );
    expect(uppdragTableFileName({ ...report, organNamn: null }, 'csv')).toBe(
      'Uppföljning av uppdrag Tertial 1 2023 2023-05-12.csv',
    );
    expect(uppdragTableFileName({ ...report, asAdopted: 'Som fastställd 2023-05-10 § 45' }, 'pdf')).toBe(
      'Uppföljning av uppdrag Regionfullmäktige Tertial 1 2023 2023-05-12 som fastställd.pdf',
    );
    for (const format of ['xlsx', 'docx', 'pdf'] as const) {
      const first = await renderUppdragTable(report, format);
      await new Promise((r) => setTimeout(r, 1100)); // a second passes: any clock in the output would show
      expect({ format, same: (await renderUppdragTable(report, format)).equals(first) }).toEqual({
        format,
        same: true,
      });
    }
  }, 20_000);
});

describe("the auditor's package as files", () => {
  const paket = buildGranskningspaket(LOG, {
    organId: 'hsn',
    year: 2023,
    cutoff: { ...CUTOFF, date: '2023-09-01' },
  });
  const footer =
    'Granskningspaket · Hälso- och sjukvårdsnämnden i Västerbotten · 2023 · Underlag till och med 2023-09-01';
  const inWords = `Underlaget är händelseloggen till och med händelse nr ${CUTOFF.position}, registrerad 2023-09-01 (kontrollsumma ${CUTOFF.hash}).`;

  it('DOCX: the page footer with page fields, the cutoff as footnote 1', async () => {
    const docx = await granskningspaketDocx(paket);
    const xml = await zipParts(docx, /^word\/footer\d*\.xml$/);

    expect(xml).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(wordText(xml)).toContain(footer);
    expect(wordText(await zipParts(docx, /^word\/footnotes\.xml$/))).toContain(inWords);
    expect(wordText(await zipParts(docx, /^word\/document\.xml$/))).not.toContain(CUTOFF.hash);
  });

  it('PDF: the footer and page numbers on every page, the cutoff in words at the end', async () => {
    const pages = pdfPages(await granskningspaketPdf(paket));

    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, i) => {
      expect(page).toContain(footer);
      expect(page).toContain(`Sida ${i + 1} av ${pages.length}`);
    });
    expect(pages[0]).not.toContain(CUTOFF.hash);
    expect(pages[pages.length - 1].replace(/\s+/g, ' ')).toContain(inWords);
  });

  it('is named for organ, year and the cutoff date', () => {
    expect(granskningspaketFileName(paket, 'pdf')).toBe(
      'Granskningspaket Hälso- och sjukvårdsnämnden i Västerbotten 2023 2023-09-01.pdf',
    );
  });
});
