/**
 * A joint uppdrag through the API: directed to RS and HSN with RS as samordnare, each nämnd reports its
 * own part, the samordnare the joint report, and one nämnd finishes its part while the other goes on.
 */
import mammoth from 'mammoth';
import { type ApiHarness, eventually, startTestApi, USERS } from './support/api-harness';
import { ACTORS, expectStatus, setup, THIS_MONTH, YEAR } from './support/fixtures';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const sara = USERS['person-sara']; // officer, HSN
const maria = USERS['person-maria']; // secretary, HSN
const johan = USERS['person-johan']; // officer, RS (the samordnare), ansvarig
const ida = USERS['person-ida']; // secretary, RS

const HSN_KOMMENTAR = 'Inom hälso- och sjukvårdsförvaltningen har 75 procent kommit igång.';
const RS_KOMMENTAR = 'För regionstyrelsens förvaltning har 40 procent kommit igång.';
const JOINT_KOMMENTAR = 'Sammantaget har arbetet startat i alla förvaltningar: 75 och 40 procent.';

const report = (uppdragId: string, as: typeof sara, body: Record<string, unknown>) =>
  api.request('POST', `/api/uppdrag/${uppdragId}/reports`, { as, body: { period: THIS_MONTH, ...body } });

/** HSN's part and RS's part of this month, reported differently, and the samordnare's joint report. */
async function reportHsnRsAndJoint(uppdragId: string): Promise<void> {
  const hsn = { status: 'pagaende_enligt_plan', kommentar: HSN_KOMMENTAR, organId: 'hsn' };
  expectStatus(await report(uppdragId, sara, hsn), 200);
  const rs = { status: 'pagaende_delvis_enligt_plan', kommentar: RS_KOMMENTAR, organId: 'rs' };
  expectStatus(await report(uppdragId, johan, rs), 200);
  const joint = { status: 'pagaende_delvis_enligt_plan', kommentar: JOINT_KOMMENTAR };
  expectStatus(await report(uppdragId, ida, joint), 200);
}

describe('a joint uppdrag reported by HSN and RS', () => {
  let uppdragId: string;
  beforeAll(async () => {
    uppdragId = await setup.uppdrag(api); // riktas till RS och HSN, RS samordnar
    await reportHsnRsAndJoint(uppdragId);
  });

  it('keeps each part: the same period reported differently by HSN and RS, beside the joint report', async () => {
    const answer = await api.request('GET', `/api/uppdrag/${uppdragId}`, { as: ACTORS.auditor });
    expect(answer.status).toBe(200);
    expect(answer.body.reports).toEqual([
      expect.objectContaining({ period: THIS_MONTH, kommentar: JOINT_KOMMENTAR, reportedBy: ida.personId }),
    ]);
    expect(answer.body.parts).toEqual([
      expect.objectContaining({
        organId: 'rs',
        samordnare: true,
        closed: false,
        reports: [
          expect.objectContaining({
            period: THIS_MONTH,
            status: 'pagaende_delvis_enligt_plan',
            statusLabel: 'Pågående, delvis enligt plan',
            kommentar: RS_KOMMENTAR,
            reportedBy: johan.personId,
          }),
        ],
      }),
      expect.objectContaining({
        organId: 'hsn',
        samordnare: false,
        reports: [
          expect.objectContaining({
            status: 'pagaende_enligt_plan',
            kommentar: HSN_KOMMENTAR,
            reportedBy: sara.personId,
          }),
        ],
      }),
    ]);
    expect(answer.body.partsSummary).toEqual({ total: 2, closed: 0, text: '0 av 2 nämnder klara' });
  });

  it("corrects HSN's part without touching RS's", async () => {
    const corrected = await api.request(
      'POST',
      `/api/uppdrag/${uppdragId}/reports/${THIS_MONTH}/corrections`,
      {
        as: maria,
        body: {
          status: 'pagaende_ej_enligt_plan',
          kommentar: 'Kartläggningen har stannat av.',
          reason: 'Läget var sämre än rapporterat.',
          organId: 'hsn',
        },
      },
    );
    expectStatus(corrected, 200);
    const [rs, hsn] = corrected.body.parts;
    expect(hsn.reports[0]).toMatchObject({ status: 'pagaende_ej_enligt_plan', correctedBy: maria.personId });
    expect(rs.reports[0]).toMatchObject({ kommentar: RS_KOMMENTAR, correctedBy: null });
    expect(corrected.body.reports[0].kommentar).toBe(JOINT_KOMMENTAR);
  });

  it("refuses HSN writing the joint report or RS's part, and a report for an organ not addressed", async () => {
    const joint = await report(uppdragId, sara, { status: 'ej_paborjad', kommentar: 'x' });
    expect(joint.status).toBe(403);
    const rsPart = await report(uppdragId, sara, { status: 'ej_paborjad', kommentar: 'x', organId: 'rs' });
    expect(rsPart.status).toBe(403);
    const run = await report(uppdragId, ACTORS.regiondirektor, {
      status: 'ej_paborjad',
      kommentar: 'x',
      organId: 'run',
    });
    expect(run.status).toBe(400);
    expect(run.body).toMatchObject({
      code: 'ORGAN_NOT_A_RECIPIENT',
      errors: [{ field: 'organId', reason: expect.stringContaining('riktas inte till run') }],
    });
    const malformed = await report(uppdragId, sara, {
      status: 'ej_paborjad',
      kommentar: 'x',
      organId: 'h s n',
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'organId' })]);
  });
});

describe('one nämnd closes its part', () => {
  it('HSN closes its part with a final comment; RS goes on; the last part closes the uppdrag', async () => {
    const uppdragId = await setup.uppdrag(api);
    const hsnCloses = await api.request('POST', `/api/uppdrag/${uppdragId}/close-part`, {
      as: maria,
      body: { organId: 'hsn', kommentar: 'HSN:s del är genomförd.' },
    });
    expectStatus(hsnCloses, 200);
    expect(hsnCloses.body).toMatchObject({
      lifecycle: 'aktivt',
      parts: [
        { organId: 'rs', closed: false },
        { organId: 'hsn', closed: true, closingComment: 'HSN:s del är genomförd.' },
      ],
      partsSummary: { total: 2, closed: 1, text: '1 av 2 nämnder klara' },
    });

    const hsnAgain = await report(uppdragId, sara, { status: 'ej_paborjad', kommentar: 'x', organId: 'hsn' });
    expect(hsnAgain.status).toBe(409);
    expect(hsnAgain.body).toMatchObject({ code: 'UPPDRAG_PART_CLOSED', field: 'organId' });
    const rs = { status: 'pagaende_enligt_plan', kommentar: RS_KOMMENTAR, organId: 'rs' };
    expectStatus(await report(uppdragId, johan, rs), 200);

    const hsnClosesAll = await api.request('POST', `/api/uppdrag/${uppdragId}/close`, {
      as: maria,
      body: { kommentar: 'Klart.' },
    });
    expect(hsnClosesAll.status).toBe(403);

    const rsCloses = await api.request('POST', `/api/uppdrag/${uppdragId}/close-part`, {
      as: ida,
      body: { organId: 'rs', kommentar: 'RS:s del är genomförd.' },
    });
    expectStatus(rsCloses, 200);
    expect(rsCloses.body).toMatchObject({
      lifecycle: 'avslutat',
      endComment: 'Alla mottagare har avslutat sin del av uppdraget.',
      partsSummary: { total: 2, closed: 2, text: '2 av 2 nämnder klara' },
    });
  });

  it('refuses a close-part without organ, naming the field', async () => {
    const uppdragId = await setup.uppdrag(api);
    const answer = await api.request('POST', `/api/uppdrag/${uppdragId}/close-part`, {
      as: maria,
      body: { kommentar: 'Klart.' },
    });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([expect.objectContaining({ field: 'organId' })]);
  });
});

/** What these tests read of a period table row. */
type TableRow = {
  uppdragId: string;
  rapportering: string;
  lifecycle: string;
  partsSummary: { closed: number } | null;
  parts: unknown;
  deadline: string;
};

describe("each organ's period table", () => {
  /** The period table row of one uppdrag, once the read model has it with `ready` true. */
  const tableRow = async (uppdragId: string, query: string, ready: (row: TableRow) => boolean) => {
    const answer = await eventually(
      () => api.request('GET', `/api/perioder/${THIS_MONTH}/uppdrag${query}`, { as: ACTORS.auditor }),
      (a) =>
        a.status === 200 && (a.body.rows as TableRow[]).some((r) => r.uppdragId === uppdragId && ready(r)),
    );
    return (answer.body.rows as TableRow[]).find((r) => r.uppdragId === uppdragId)!;
  };

  let uppdragId: string;
  beforeAll(async () => {
    // Riktas till RS, HSN och RUN; RS samordnar. HSN and RS report differently, RUN not at all.
    uppdragId = await setup.uppdrag(api, { riktasTill: ['rs', 'hsn', 'run'], samordnare: 'rs' });
    await reportHsnRsAndJoint(uppdragId);
  });

  // This month's deadline is still ahead: RUN's missing part reads not yet due (ej_forfallen), RUN's alone.
  it("shows HSN its own report, and RUN's missing part as not yet reported for RUN only", async () => {
    const hsn = await tableRow(uppdragId, '?organ=hsn', (r) => r.rapportering === 'rapporterad');
    expect(hsn).toMatchObject({
      part: 'hsn',
      status: 'pagaende_enligt_plan',
      kommentar: HSN_KOMMENTAR,
      reportedBy: sara.personId,
      parts: null,
    });
    const run = await tableRow(uppdragId, '?organ=run', () => true);
    expect(run).toMatchObject({ part: 'run', rapportering: 'ej_forfallen', status: null, kommentar: null });
  });

  it("prints each organ's own report in its delårsrapport table, in every format made from the table", async () => {
    const download = async (organ: string, format: string) => {
      const response = await fetch(
        `${api.url}/api/rapporter/uppdrag?period=${THIS_MONTH}&organ=${organ}&format=${format}`,
        { headers: { authorization: `Bearer ${await api.token('person-revisor')}` } },
      );
      return { status: response.status, bytes: Buffer.from(await response.arrayBuffer()) };
    };
    const text = async (organ: string, format: 'csv' | 'html' | 'docx') => {
      const answer = await download(organ, format);
      if (answer.status !== 200) return '';
      if (format !== 'docx') return answer.bytes.toString('utf8');
      return (await mammoth.extractRawText({ buffer: answer.bytes })).value;
    };
    for (const format of ['csv', 'html', 'docx'] as const) {
      // The report is made from the chain head: wait until it covers the reports above.
      const hsn = await eventually(
        () => text('hsn', format),
        (t) => t.includes(HSN_KOMMENTAR),
      );
      expect(hsn).not.toContain(RS_KOMMENTAR);
      expect(hsn).not.toContain(JOINT_KOMMENTAR);
      const run = await text('run', format); // nothing from RUN yet, and not yet due
      expect(run).toContain('Ej påbörjad');
      expect(run).not.toContain(HSN_KOMMENTAR);
      const rs = await text('rs', format); // the samordnare: the joint report, and how far the parts are
      expect(rs).toContain(JOINT_KOMMENTAR);
      expect(rs).toContain('Pågående, delvis enligt plan (0 av 3 nämnder klara)');
      expect(rs).not.toContain(HSN_KOMMENTAR);
      expect(hsn).not.toContain('nämnder klara');
    }
    // Read the day after the deadline, RUN's missing part is late in RUN's table, HSN's is its report.
    const { deadline } = await tableRow(uppdragId, '?organ=run', () => true);
    const dayAfter = new Date(Date.parse(`${deadline}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
    const csv = async (organ: string) => {
      const url = `${api.url}/api/rapporter/uppdrag?period=${THIS_MONTH}&organ=${organ}&format=csv&on=${dayAfter}`;
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${await api.token('person-revisor')}` },
      });
      expect(response.status).toBe(200);
      return response.text();
    };
    const runLate = await csv('run');
    expect(runLate).toContain('Ej rapporterad');
    expect(runLate).not.toContain('Ej rapporterad ännu');
    expect(await csv('hsn')).toContain(HSN_KOMMENTAR);
  });

  it("gives the auditors HSN's own reports (and the joint one) in HSN's granskningspaket, not RS's", async () => {
    const answer = await eventually(
      () =>
        api.request('GET', `/api/granskning/paket?organ=hsn&year=${YEAR}&format=json`, {
          as: ACTORS.auditor,
        }),
      (a) => a.status === 200 && JSON.stringify(a.body).includes(HSN_KOMMENTAR),
    );
    const text = JSON.stringify(answer.body);
    expect(text).toContain(JOINT_KOMMENTAR);
    expect(text).not.toContain(RS_KOMMENTAR);
  });

  it('shows the samordnare and fullmäktige the joint report with every part beside it', async () => {
    for (const query of ['?organ=rs', '?givenBy=regionfullmaktige']) {
      const joint = await tableRow(uppdragId, query, (r) => r.rapportering === 'rapporterad');
      expect(joint).toMatchObject({
        part: null,
        status: 'pagaende_delvis_enligt_plan',
        kommentar: JOINT_KOMMENTAR,
        partsSummary: { total: 3, reported: 2, closed: 0, text: '0 av 3 nämnder klara' },
      });
      expect(joint.parts).toEqual([
        expect.objectContaining({ organId: 'rs', rapportering: 'rapporterad', kommentar: RS_KOMMENTAR }),
        expect.objectContaining({ organId: 'hsn', rapportering: 'rapporterad', kommentar: HSN_KOMMENTAR }),
        expect.objectContaining({ organId: 'run', rapportering: 'ej_forfallen', kommentar: null }),
      ]);
    }
  });

  it("shows HSN's closed part as Avslutad in HSN's table while RUN's is still to report", async () => {
    const closed = { organId: 'hsn', kommentar: 'HSN:s del är genomförd.' };
    expectStatus(
      await api.request('POST', `/api/uppdrag/${uppdragId}/close-part`, { as: maria, body: closed }),
      200,
    );
    const hsn = await tableRow(uppdragId, '?organ=hsn', (r) => r.lifecycle === 'avslutat');
    expect(hsn).toMatchObject({
      part: 'hsn',
      endComment: 'HSN:s del är genomförd.',
      kommentar: HSN_KOMMENTAR,
    });
    const run = await tableRow(uppdragId, '?organ=run', () => true);
    expect(run).toMatchObject({ lifecycle: 'aktivt', rapportering: 'ej_forfallen' });
    const joint = await tableRow(uppdragId, '', (r) => r.partsSummary?.closed === 1);
    expect(joint).toMatchObject({ lifecycle: 'aktivt', partsSummary: { text: '1 av 3 nämnder klara' } });
  });
});
