/**
 * The delårsrapport's table "Uppföljning av fullmäktiges uppdrag" (seed 002), made by Spårbar from the
 * demo log: every row of the printed table, read back from the produced DOCX, and every format made
 * twice from the same cutoff to the same bytes, also after the log has grown.
 */
import mammoth from 'mammoth';
import { AUDIT_PROJECTIONS } from '@sparbar/audit/projections';
import { CommandHandler } from '@sparbar/application';
import { DEMO_DELMAL, DEMO_ORGANS, DEMO_UPPDRAG, loadDemo } from '@sparbar/demo';
import { uppdragDecider, uppdragStream } from '@sparbar/domain';
import { PROJECTIONS } from '@sparbar/projections/catalogue';
import { type ProjectionEnvironment } from '@sparbar/projections/environment';
import { maluppfyllelse } from '@sparbar/projections/periods/maluppfyllelse.queries';
import { periodTable } from '@sparbar/projections/periods/period-table.queries';
import { catchUpLive } from '@sparbar/projections/runner/catch-up';
import { lastPosition, openEmbeddedEnv } from '../../projections/test/support/projection-env';
import { reportCutoff } from '../src/cutoff';
import { renderUppdragTable, REPORT_FORMATS } from '../src/render';
import { buildMaluppfyllelseSection, type ReportDocument } from '../src/maluppfyllelse-summary';
import { buildUppdragTable, type ReportCutoff } from '../src/uppdrag-table';
import { testClock } from '../../../test/support/clock';

/** Seed 002, "Uppdrag från fullmäktige till nämnd" and the two beredning groups, as printed. */
const SEED_T1 = [
  [
    'Uppdrag från fullmäktige till nämnd',
    'Kartlägga och optimera samverkans- och mötesstrukturer för att frigöra tid och eller minska bemanning',
    'Uppdraget riktas till alla nämnder med särskilt uppdrag till regionstyrelsen att samordna',
    'Tertial: apr, aug, dec',
  ],
  [
    'Uppdrag från fullmäktige till nämnd',
    'Införa styrd inköpsprocess och standardsortiment för att minska inköpskostnaderna',
    'Riktas till hälso- och sjukvårdsnämnden samt regionstyrelsen',
    'Månad',
  ],
  [
    'Uppdrag från fullmäktige till nämnd',
    'Genomföra förstudie för att se över logistik och inköpsflödet för medicinskt förbrukningsmateriel och hjälpmedel i syfte att minska totalkostnaden.',
    'Riktas till hälso- och sjukvårdsnämnden samt regionstyrelsen',
    'Månad',
  ],
  [
    'Uppdrag från fullmäktige till nämnd',
    'Genomföra kartläggning av tjänster och funktioner som kan optimeras, arbetsuppgifter som kan effektiviseras och delar där ambitionen kan sänkas alternativt pausas.',
    'Riktas till alla nämnder med särskilt uppdrag till regionstyrelsen att samordna',
    'Tertial: apr, aug, dec',
  ],
  [
    'Uppdrag från fullmäktige till nämnd',
    'Genomföra en genomlysning av primärvårdsbeställningen och drift för förbättrad tillgänglighet och kostnadspåverkan',
    'Riktas till regionstyrelsen',
    'Tertial: apr, aug, dec',
  ],
  [
    'Uppdrag från fullmäktige till beredning för kompetensförsörjning',
    'Kartlägga de projekt och aktörer som arbetar med kompetensförsörjningen i och för Västerbotten.',
    'Riktas till beredningen för kompetensförsörjning',
    'Tertial: apr, aug, dec',
  ],
  [
    'Uppdrag från fullmäktige till beredning för kompetensförsörjning',
    'Titta på vilka antidiskrimineringsåtgärder som görs inom ramen för de rekryteringsinsatser som pågår i länet. Föreslå metoder och förbereda hur regionan kan bidra till en långsiktig plan i tidsperspektivet 5-20 år gällande framtida kompetensförsörjning för Västerbotten.',
    'Riktas till beredningen för kompetensförsörjning',
    'Tertial: apr, aug, dec',
  ],
  [
    'Uppdrag från fullmäktige till demokratiberedning',
    'Analysera skillnader i röstdeltagande och utveckling av valdeltagande i Västerbotten. Kartlägga om det finns skillnader i Västerbotten beroende på bostadsort i synen på demokratin och fattade beslut. Kartlägga hur regionen och kommunerna arbetar med att nå ut till underrepresenterade grupper för att stärka demokratin.',
    'Riktas till demokratiberedningen',
    'Tertial: apr, aug, dec',
  ],
].map(([heading, text, riktasTill, periodicitet]) => ({
  heading,
  text,
  // The seed prints "Uppdraget riktas till alla nämnder …" in one row and "Riktas till alla nämnder …" in another; Spårbar uses one wording.
  riktasTill: riktasTill.replace(/^Uppdraget riktas till/, 'Riktas till'),
  periodicitet,
  status: 'Pågående enligt plan',
  slutdatum: '2023-12-31',
}));

let env: ProjectionEnvironment;
let cutoff: ReportCutoff;

async function catchUp(): Promise<void> {
  await catchUpLive(env, [...PROJECTIONS, ...AUDIT_PROJECTIONS], { until: await lastPosition(env) });
}

/** The uppdrag table of regionfullmäktige's uppdrag, with regionstyrelsen's måluppfyllelse as the second section. */
async function reportAt(at: ReportCutoff): Promise<ReportDocument> {
  const table = await periodTable(env.db, {
    period: '2023-T1',
    givenBy: 'regionfullmaktige',
    upToPosition: at.position,
  });
  const mal = await maluppfyllelse(env.db, { organ: 'rs', period: '2023-T1', upToPosition: at.position });
  return {
    ...buildUppdragTable(table, [...DEMO_ORGANS], at),
    maluppfyllelse: buildMaluppfyllelseSection(mal, 'Regionstyrelsen'),
  };
}

beforeAll(async () => {
  env = await openEmbeddedEnv();
  await loadDemo(env.store, testClock);
  await catchUp();
  cutoff = await reportCutoff(env.db);
}, 120_000);

afterAll(async () => {
  await env?.close();
});

test('loading the demo twice adds nothing', async () => {
  const before = await lastPosition(env);
  const again = await loadDemo(env.store, testClock);
  expect(again.written).toBe(0);
  expect(await lastPosition(env)).toBe(before);
}, 60_000);

test('the T1 2023 table for regionfullmäktige, read back from the DOCX, is the seed table row by row', async () => {
  const report = await reportAt(cutoff);
  const flat = report.groups.flatMap((g) => g.rows.map((r) => ({ heading: g.heading, ...r })));
  expect(
    flat.map(({ heading, text, riktasTill, periodicitet, status, slutdatum }) => ({
      heading,
      text,
      riktasTill,
      periodicitet,
      status,
      slutdatum,
    })),
  ).toEqual(SEED_T1);
  expect(flat.map((r) => r.colour)).toEqual(SEED_T1.map(() => 'green'));

  const docx = await renderUppdragTable(report, 'docx');
  const { value: text } = await mammoth.extractRawText({ buffer: docx });
  const paragraphs = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  expect(report.cutoffLine).toBe(
    `Underlaget är händelseloggen till och med händelse nr ${cutoff.position} (kontrollsumma ${cutoff.hash}).`,
  );
  // Each row's cells follow each other in the document: status, text, riktas till, kommentar, periodicitet, slutdatum.
  let at = 0;
  for (const seed of SEED_T1) {
    const uppdrag = DEMO_UPPDRAG.find((u) => u.text === seed.text)!;
    const expected = [
      seed.status,
      seed.text,
      seed.riktasTill,
      uppdrag.april!.kommentar,
      seed.periodicitet,
      seed.slutdatum,
    ];
    for (const cell of expected) {
      const found = paragraphs.indexOf(cell, at);
      expect({ cell, found: found >= at }).toEqual({ cell, found: true });
      at = found + 1;
    }
  }
  for (const heading of new Set(SEED_T1.map((s) => s.heading))) expect(paragraphs).toContain(heading);
}, 60_000);

test('the whole year 2023 (årsredovisning): the same uppdrag with their last report of the year', async () => {
  const table = await periodTable(env.db, {
    period: '2023',
    givenBy: 'regionfullmaktige',
    upToPosition: cutoff.position,
  });
  const report = buildUppdragTable(table, [...DEMO_ORGANS], cutoff);
  expect(report.periodLabel).toBe('helåret 2023');
  expect(report.groups.flatMap((g) => g.rows.map((r) => r.text))).toEqual(SEED_T1.map((s) => s.text));
  const { value: text } = await mammoth.extractRawText({ buffer: await renderUppdragTable(report, 'docx') });
  expect(text).toContain('helåret 2023 · Underlag till och med händelse nr');
}, 60_000);

test('the måluppfyllelse summary: delmål per regionmål, the counts and the legend with the indicator rule', async () => {
  const report = await reportAt(cutoff);
  const [delmal, counts, , legend] = report.maluppfyllelse!.tables;
  expect(delmal.rows.map((r) => r.cells[1])).toEqual(expect.arrayContaining(DEMO_DELMAL.map((d) => d.text)));
  expect(delmal.rows).toHaveLength(DEMO_DELMAL.length);
  const indikatorer = DEMO_DELMAL.reduce((n, d) => n + d.indikatorer.length, 0);
  // Nothing is assessed in the demo's T1: every delmål and indikator "saknas".
  expect(counts.rows.map((r) => r.cells)).toEqual([
    ['Delmål', '0', '0', '0', String(DEMO_DELMAL.length), String(DEMO_DELMAL.length)],
    ['Indikatorer', '0', '0', '0', String(indikatorer), String(indikatorer)],
  ]);
  expect(legend.rows.map((r) => r.cells[3])).toEqual([
    'Utfallet når 100 % av målvärdet',
    'Utfallet når 80–99 % av målvärdet',
    'Utfallet når under 80 % av målvärdet',
    'Utfall eller målvärde saknas',
  ]);
  expect(legend.rows.map((r) => r.fills[0])).toEqual(['92D050', 'FFD966', 'FF5B5B', null]);

  const { value: text } = await mammoth.extractRawText({ buffer: await renderUppdragTable(report, 'docx') });
  expect(text).toContain('Måluppfyllelse regionstyrelsen');
  expect(text).toContain(DEMO_DELMAL[0].text);
  expect(text).toContain('Utfallet når 80–99 % av målvärdet');
  expect(text).toContain(report.maluppfyllelse!.sammanfattning);
  for (const format of ['csv', 'html'] as const) {
    const body = (await renderUppdragTable(report, format)).toString('utf8');
    expect({ format, legend: body.includes('Utfallet når under 80 % av målvärdet') }).toEqual({
      format,
      legend: true,
    });
  }
}, 60_000);

test('the summary counts regionstyrelsen’s uppdrag by the status its table prints', async () => {
  const [, , uppdrag] = (await reportAt(cutoff)).maluppfyllelse!.tables;
  const rs = buildUppdragTable(
    await periodTable(env.db, { period: '2023-T1', organ: 'rs', upToPosition: cutoff.position }),
    [...DEMO_ORGANS],
    cutoff,
  );
  const printed = new Map<string, number>();
  for (const row of rs.groups.flatMap((g) => g.rows))
    printed.set(row.status, (printed.get(row.status) ?? 0) + 1);
  const total = [...printed.values()].reduce((a, b) => a + b, 0);
  expect(uppdrag.heading).toBe('Uppdrag per status');
  expect(uppdrag.rows.map((r) => r.cells)).toEqual([
    ...[...printed.entries()].map(([status, n]) => [status, String(n)]),
    ['Totalt', String(total)],
  ]);
  expect(total).toBeGreaterThan(0);
}, 60_000);

test('each format made twice from one cutoff is the same bytes, also after a new event', async () => {
  const report = await reportAt(cutoff);
  const first = Object.fromEntries(
    await Promise.all(REPORT_FORMATS.map(async (f) => [f, await renderUppdragTable(report, f)] as const)),
  );
  await new Promise((r) => setTimeout(r, 1100)); // a second passes: any clock in the output would show
  for (const format of REPORT_FORMATS)
    expect({
      format,
      same: (await renderUppdragTable(await reportAt(cutoff), format)).equals(first[format]),
    }).toEqual({ format, same: true });

  // The log grows: a correction of the April report on the inköp uppdrag.
  const handler = new CommandHandler(env.store);
  await handler.handle(uppdragDecider, uppdragStream('rv-2023-u02-styrd-inkopsprocess'), {
    type: 'CorrectUppdragReport',
    data: {
      uppdragId: 'rv-2023-u02-styrd-inkopsprocess',
      period: '2023-04',
      status: 'pagaende_delvis_enligt_plan',
      kommentar: 'Rättad.',
      reason: 'Test',
    },
    metadata: { actor: { personId: 'person-regiondirektor', roles: ['regiondirektor'], organId: null } },
  } as never);
  await catchUp();
  const now = await reportCutoff(env.db);
  expect(now.position).toBeGreaterThan(cutoff.position);
  expect((await reportAt(now)).groups[0].rows[1].status).toBe('Pågående, delvis enligt plan');
  for (const format of REPORT_FORMATS)
    expect({
      format,
      same: (await renderUppdragTable(await reportAt(cutoff), format)).equals(first[format]),
    }).toEqual({ format, same: true });
  // The cutoff named by its position resolves to the same head.
  expect(await reportCutoff(env.db, cutoff.position)).toEqual(cutoff);
}, 120_000);
