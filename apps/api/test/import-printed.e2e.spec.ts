/**
 * The uppdrag tables of the seeds pasted as users paste them: text copied out of the PDF of
 * regionstyrelsen's plan 2023 (seed 003) and of the region's delårsrapport per april 2023 (seed 002),
 * `text/plain`, with what the printed table does not say as parameters. Organ names and sentences are
 * resolved against the organ register; the preview writes nothing; the tables keep the printed order;
 * statuses and kommentarer arrive as reports dated as the importer says.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parsePrintedTable } from '@sparbar/import';
import { type ApiHarness, eventually, startTestApi, USERS } from './support/api-harness';
import { ACTORS, expectStatus } from './support/fixtures';

const fixture = (name: string) =>
  readFileSync(join(__dirname, '../../../libs/import/test/fixtures', name), 'utf8');
const PLAN = fixture('plan-2023-uppdrag.txt');
const DELARSRAPPORT = fixture('delarsrapport-april-2023-uppdrag.txt');
const textsOf = (printed: string) => parsePrintedTable(printed).rows.map((r) => r.text);

const migrering = USERS['person-migrering'];
const JANUARY = '2023-01-16T09:00:00+01:00';
const MAY = '2023-05-03T09:00:00+02:00';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
  // The development organisation has beredningen för folkhälsa; the delårsrapport names two more.
  for (const [organId, namn, kortnamn] of [
    ['beredning-kompetensforsorjning', 'Beredningen för kompetensförsörjning', 'Kompetens'],
    ['demokratiberedningen', 'Demokratiberedningen', 'Demokrati'],
  ]) {
    const body = { organId, namn, kortnamn, typ: 'beredning', parentOrganId: 'regionfullmaktige' };
    expectStatus(await api.request('POST', '/api/organs', { as: ACTORS.admin, body }), 201);
  }
});
afterAll(() => api?.close());

async function paste(text: string, query: Record<string, string>) {
  const response = await fetch(`${api.url}/api/import/uppdrag?${new URLSearchParams(query)}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await api.token(migrering)}`,
      'content-type': 'text/plain; charset=utf-8',
    },
    body: text,
  });
  const body = await response.text();
  return { status: response.status, text: body, body: body ? JSON.parse(body) : undefined };
}

/** The uppdrag of these rows that have any event (read per stream: the global order may lag). */
async function streamsWritten(rows: { uppdragId: string }[]): Promise<string[]> {
  const written: string[] = [];
  for (const { uppdragId } of rows) {
    if ((await api.events(`uppdrag-${uppdragId}`)).length > 0) written.push(uppdragId);
  }
  return written;
}

const tableOf = (period: string, query: string) =>
  api.request('GET', `/api/perioder/${period}/uppdrag?${query}`, { as: ACTORS.regiondirektor });

type Row = { uppdragId: string; text: string; status: string | null; kommentar: string | null };

describe('the plan and the delårsrapport, pasted as printed', () => {
  const planQuery = { ansvarig: 'person-johan', givetAv: 'rs', planar: '2023', registrerad: JANUARY };

  it('the plan: the preview shows each row resolved and writes nothing; the import registers six uppdrag, listed in the plan’s order', async () => {
    const preview = await paste(PLAN, { ...planQuery, forhandsgranska: 'true' });
    expectStatus(preview, 200);
    expect(preview.body).toMatchObject({ ok: true, commands: 6, errors: [] });
    expect(preview.body.rows[0]).toMatchObject({
      ordning: 1,
      riktasTill: [
        { organId: 'rs', namn: 'Regionstyrelsen' },
        { organId: 'hsn', namn: 'Hälso- och sjukvårdsnämnden' },
        { organId: 'run', namn: 'Regionala utvecklingsnämnden' },
        { organId: 'folkhogskolestyrelsen', namn: 'Folkhögskolestyrelsen' },
      ],
      samordnare: { organId: 'rs', namn: 'Regionstyrelsen' },
      givenBy: { organId: 'regionfullmaktige' },
      periodicitet: 'tertial',
      slutdatum: '2023-12-31',
      report: null,
    });
    expect(preview.body.rows[5]).toMatchObject({
      text: 'Utarbeta folkhälsopolitisk strategi',
      riktasTill: [{ organId: 'beredning-folkhalsa', namn: 'Beredningen för folkhälsa' }],
      givenBy: { organId: 'rs' },
      originKind: 'namnd',
    });
    expect(await streamsWritten(preview.body.rows)).toEqual([]);

    const imported = await paste(PLAN, planQuery);
    expectStatus(imported, 200);
    expect(imported.body).toMatchObject({ commands: 6, events: 6 });

    const table = await eventually(
      () => tableOf('2023-T1', 'asOf=2023-03-31'),
      (t) => t.body.rows?.length === 6,
    );
    expect(table.body.rows.map((r: Row) => r.text)).toEqual(textsOf(PLAN));
  });

  // Follows the plan imported above, as the year does: the April table reports on the plan's uppdrag.
  it('the delårsrapport: reports on the plan’s uppdrag and registers the beredningar’s, dated as given; the table keeps the report’s order', async () => {
    const query = {
      ansvarig: 'person-johan',
      registrerad: JANUARY,
      period: '2023-T1',
      rapporterad: MAY,
    };
    const preview = await paste(DELARSRAPPORT, { ...query, forhandsgranska: 'true' });
    expectStatus(preview, 200);
    expect(preview.body).toMatchObject({ ok: true, errors: [] });
    expect(
      preview.body.rows.map((r: { alreadyRegistered?: boolean }) => r.alreadyRegistered ?? false),
    ).toEqual([true, true, true, true, true, false, false, false]);
    // The plan said "Tertial", the April report prints "Månad": the change comes before the report.
    expect(preview.body.rows[1]).toMatchObject({
      periodicitet: 'manad',
      periodicitetChangedFrom: 'tertial',
      report: { kind: 'rapport', period: '2023-04', status: 'pagaende_enligt_plan', rapporterad: MAY },
    });

    const imported = await paste(DELARSRAPPORT, query);
    expectStatus(imported, 200);
    expect(imported.body.written.map((w: { type: string }) => w.type)).toEqual([
      'ReportUppdragStatus',
      'ChangeUppdragPeriodicitet',
      'ReportUppdragStatus',
      'ChangeUppdragPeriodicitet',
      'ReportUppdragStatus',
      'ReportUppdragStatus',
      'ReportUppdragStatus',
      ...Array.from({ length: 3 }, () => ['RegisterUppdrag', 'ReportUppdragStatus']).flat(),
    ]);

    const table = await eventually(
      () => tableOf('2023-T1', 'givenBy=regionfullmaktige'),
      (t) => t.body.rows?.length === 8 && t.body.rows.every((r: Row) => r.status !== null),
    );
    expect(table.body.rows.map((r: Row) => r.text)).toEqual(textsOf(DELARSRAPPORT));
    expect(table.body.rows[0]).toMatchObject({
      rapportering: 'rapporterad',
      reportPeriod: '2023-T1',
      status: 'pagaende_enligt_plan',
      kommentar: expect.stringContaining('75 procent kommit igång'),
      reportedAt: '2023-05-03T07:00:00.000Z',
      reportedBy: 'person-migrering',
    });
    expect(table.body.rows[1]).toMatchObject({ reportPeriod: '2023-04', periodicitet: 'manad' });

    // As it stood before the reports' business date, the same table has no status yet.
    const april = await tableOf('2023-T1', 'givenBy=regionfullmaktige&asOf=2023-04-30');
    expect(april.body.rows.map((r: Row) => r.status)).toEqual(Array(8).fill(null));
  });

  // HSN's own årsrapport prints the joint uppdrag with HSN's status and kommentar: imported as HSN's part.
  it('a nämnd’s own table (organ=hsn): its statuses are the nämnd’s part of a joint uppdrag, beside the joint report', async () => {
    const HSN_KOMMENTAR = 'Inom hälso- och sjukvården används standardsortimentet på tre av fem sjukhus.';
    const hsnTable = [
      'Uppdrag från fullmäktige till nämnd',
      '',
      'Status Uppdrag Kommentar ',
      'Periodicitet och ',
      'slutdatum ',
      '',
      'Pågående ',
      'enligt plan ',
      '',
      'Införa styrd inköpsprocess ',
      'och standardsortiment för ',
      'att minska ',
      'inköpskostnaderna ',
      ' ',
      'Riktas till hälso- och ',
      'sjukvårdsnämnden samt ',
      'regionstyrelsen ',
      '',
      `${HSN_KOMMENTAR} `,
      '',
      'Månad ',
      ' ',
      '2023-12-31 ',
    ].join('\n');
    const query = { ansvarig: 'person-johan', period: '2023-T1', rapporterad: MAY, organ: 'hsn' };
    const unknown = await paste(hsnTable, { ...query, organ: 'kulturnämnden', forhandsgranska: 'true' });
    expect(unknown.body.ok).toBe(false);
    expect(unknown.body.errors).toContainEqual({
      row: 0,
      field: 'organ',
      reason: '"kulturnämnden" finns inte i organregistret.',
    });

    const imported = await paste(hsnTable, query);
    expectStatus(imported, 200);
    expect(imported.body.written.map((w: { type: string }) => w.type)).toEqual(['ReportUppdragStatus']);
    const hsn = await eventually(
      () => tableOf('2023-04', 'organ=hsn'),
      (t) => t.body.rows?.some((r: Row) => r.kommentar === HSN_KOMMENTAR),
    );
    const row = hsn.body.rows.find((r: Row) => r.text.startsWith('Införa styrd inköpsprocess'));
    expect(row).toMatchObject({ part: 'hsn', status: 'pagaende_enligt_plan', kommentar: HSN_KOMMENTAR });
    // The whole region's view keeps the joint report of the delårsrapport, HSN's part beside it.
    const joint = (await tableOf('2023-04', 'givenBy=regionfullmaktige')).body.rows.find((r: Row) =>
      r.text.startsWith('Införa styrd inköpsprocess'),
    );
    expect(joint.kommentar).toContain('Kommunikation om de beslutade riktlinjerna');
    expect(joint.parts).toEqual(
      expect.arrayContaining([expect.objectContaining({ organId: 'hsn', kommentar: HSN_KOMMENTAR })]),
    );
  });

  it('an organ the register does not know: the preview names row and organ, nothing is written, and the import is refused', async () => {
    const text = PLAN.replace('Riktas till regionstyrelsen', 'Riktas till kulturnämnden').replace(
      'Utarbeta folkhälsopolitisk strategi',
      'Utarbeta en kulturstrategi',
    );
    const preview = await paste(text, { ...planQuery, planar: '2024', forhandsgranska: 'true' });
    expectStatus(preview, 200);
    expect(preview.body.ok).toBe(false);
    expect(preview.body.errors).toEqual([
      { row: 59, field: 'Riktas till', reason: '"kulturnämnden" finns inte i organregistret.' },
    ]);
    expect(preview.body.rows.map((r: { row: number }) => r.row)).toEqual([5, 17, 29, 46, 75]);

    const refused = await paste(text, { ...planQuery, planar: '2024' });
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual(preview.body.errors);
    expect(await streamsWritten(preview.body.rows)).toEqual([]);
  });
});
