/**
 * Fastställande through the API (issue 20's core): HSN's secretary records that the nämnd adopted its
 * report for a tertial; from then on a report or assessment for that tertial by HSN needs a reason and
 * is marked as made after adoption, while RS's part and other periods go on as before; regionstyrelsen
 * records that it received the report. The uppdrag is registered by a migration user in January, so a
 * tertial that has ended can be reported on the pinned test day (test/support/clock.ts).
 */
import { type ApiHarness, eventually, startTestApi, USERS } from './support/api-harness';
import { ACTORS, expectStatus, newId, setup, THIS_MONTH, TODAY, uppdragBody, YEAR } from './support/fixtures';

const migrering = USERS['person-migrering'];
const secretaryHsn = ACTORS.secretaryRecipient;
const officerHsn = ACTORS.officerRecipient;
const secretaryRs = USERS['person-ida'];
const officerRs = USERS['person-johan'];
const T1 = `${YEAR}-T1`;
const MEETING = `${YEAR}-05-20`;

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

async function tertialUppdrag(): Promise<string> {
  const uppdragId = newId('faststallelse');
  const body = uppdragBody({
    uppdragId,
    periodicitet: 'tertial',
    occurredAt: `${YEAR}-01-15T09:00:00+01:00`,
  });
  expectStatus(await api.request('POST', '/api/uppdrag', { as: migrering, body }), 201);
  return uppdragId;
}

const adopt = (body: Record<string, unknown>, as = secretaryHsn, period = T1) =>
  api.request('POST', `/api/perioder/${period}/faststallelser`, { as, body });

const report = (uppdragId: string, body: Record<string, unknown>, as = officerHsn) =>
  api.request('POST', `/api/uppdrag/${uppdragId}/reports`, {
    as,
    body: { period: T1, status: 'pagaende_enligt_plan', kommentar: 'Arbetet följer planen.', ...body },
  });

describe('adopting a period report', () => {
  const uppdrag: { id: string } = { id: '' };
  beforeAll(async () => {
    uppdrag.id = await tertialUppdrag();
    expectStatus(await report(uppdrag.id, { organId: 'hsn' }), 200);
  });

  it('refuses the wrong person, an unknown organ, a future meeting and a bad period, naming the field', async () => {
    expect((await adopt({ organId: 'hsn', meetingDate: MEETING, paragraf: '45' }, officerHsn)).status).toBe(
      403,
    );
    const unknown = await adopt({ organId: 'finns-inte', meetingDate: MEETING, paragraf: '45' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe('ORGAN_NOT_FOUND');
    const future = await adopt({ organId: 'hsn', meetingDate: `${YEAR + 1}-01-10`, paragraf: '45' });
    expect(future.status).toBe(400);
    expect(future.body).toMatchObject({
      code: 'ADOPTION_DATE_IN_FUTURE',
      errors: [{ field: 'meetingDate' }],
    });
    const badPeriod = await adopt(
      { organId: 'hsn', meetingDate: MEETING, paragraf: '45' },
      secretaryHsn,
      `${YEAR}-T4`,
    );
    expect(badPeriod.status).toBe(400);
    const noParagraf = await adopt({ organId: 'hsn', meetingDate: MEETING });
    expect(noParagraf.status).toBe(400);
    expect(noParagraf.body.errors).toEqual([expect.objectContaining({ field: 'paragraf' })]);
  });

  it('records the adoption once and says it as the report will', async () => {
    const adopted = await adopt({
      organId: 'hsn',
      meetingDate: MEETING,
      paragraf: '45',
      diarienummer: 'HSN 2025/12',
    });
    expectStatus(adopted, 200);
    expect(adopted.body).toMatchObject({
      organId: 'hsn',
      period: T1,
      meetingDate: MEETING,
      paragraf: '45',
      diarienummer: 'HSN 2025/12',
      text: `Fastställd av hälso- och sjukvårdsnämnden ${MEETING} § 45`,
    });
    const again = await adopt({ organId: 'hsn', meetingDate: MEETING, paragraf: '45' });
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('PERIOD_REPORT_ALREADY_ADOPTED');

    const list = await api.request('GET', `/api/perioder/${YEAR}/faststallelser`, { as: ACTORS.auditor });
    expectStatus(list, 200);
    expect(list.body.faststallelser).toEqual([
      expect.objectContaining({ organId: 'hsn', period: T1, meetingDate: MEETING, paragraf: '45' }),
    ]);
  });

  it('locks the period for that organ: a correction carries its reason and is marked', async () => {
    const corrected = await api.request('POST', `/api/uppdrag/${uppdrag.id}/reports/${T1}/corrections`, {
      as: officerHsn,
      body: {
        organId: 'hsn',
        status: 'pagaende_delvis_enligt_plan',
        kommentar: 'Upphandlingen försenad.',
        reason: 'Leverantören meddelade förseningen efter sammanträdet.',
      },
    });
    expectStatus(corrected, 200);
    const events = await api.events(`uppdrag-${uppdrag.id}`);
    expect(events.at(-1)).toMatchObject({
      type: 'UppdragReportCorrected',
      data: {
        afterAdoption: {
          adoptedOn: MEETING,
          paragraf: '45',
          reason: 'Leverantören meddelade förseningen efter sammanträdet.',
        },
      },
    });
  });

  it('marks the changed rows in the period table and heads it with the adoption', async () => {
    // The period table is a read model: it shows the correction once it has caught up.
    const rowOf = (answer: { body: { rows: { uppdragId: string; status: string | null }[] } }) =>
      answer.body.rows?.find((r) => r.uppdragId === uppdrag.id);
    const table = await eventually(
      () => api.request('GET', `/api/perioder/${T1}/uppdrag?organ=hsn`, { as: ACTORS.auditor }),
      (answer) => rowOf(answer)?.status === 'pagaende_delvis_enligt_plan',
    );
    expect(table.body.faststallelser).toEqual([
      expect.objectContaining({
        organId: 'hsn',
        text: `Fastställd av hälso- och sjukvårdsnämnden ${MEETING} § 45`,
      }),
    ]);
    expect(rowOf(table)).toMatchObject({
      part: 'hsn',
      status: 'pagaende_delvis_enligt_plan',
      andradEfterFaststallande: true,
    });
    const joint = await api.request('GET', `/api/perioder/${T1}/uppdrag`, { as: ACTORS.auditor });
    const whole = joint.body.rows.find((r: { uppdragId: string }) => r.uppdragId === uppdrag.id);
    expect(whole.parts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ organId: 'hsn', andradEfterFaststallande: true }),
        expect.objectContaining({ organId: 'rs', andradEfterFaststallande: false }),
      ]),
    );
  });

  it('shows regionstyrelsen per organ whether the period is adopted, reported or missing', async () => {
    type Organ = { organId: string; state: string; text: string | null };
    const answer = await eventually(
      () => api.request('GET', `/api/perioder/${T1}/faststallelser/uppsikt`, { as: ACTORS.regiondirektor }),
      (a) => ['hsn', 'rs'].every((o) => a.body.organs?.some((x: Organ) => x.organId === o)),
    );
    const of = (organId: string) => answer.body.organs.find((x: Organ) => x.organId === organId);
    expect(of('hsn')).toMatchObject({
      state: 'faststalld',
      meetingDate: MEETING,
      paragraf: '45',
      text: `Fastställd av hälso- och sjukvårdsnämnden ${MEETING} § 45`,
    });
    expect(of('rs')).toMatchObject({ state: 'saknas', text: null });
  });

  it('refuses a late report without a reason, naming the field in Swedish, and takes it with one', async () => {
    const late = await tertialUppdrag();
    const without = await report(late, { organId: 'hsn' });
    expect(without.status).toBe(400);
    expect(without.body.code).toBe('REASON_REQUIRED');
    expect(without.body.errors).toEqual([
      { field: 'reason', reason: expect.stringContaining(`fastställd ${MEETING} § 45`) },
    ]);
    expect((await api.events(`uppdrag-${late}`)).map((e) => e.type)).toEqual(['UppdragRegistered']);

    const withReason = await report(late, { organId: 'hsn', reason: 'Rapporten kom in efter sammanträdet.' });
    expectStatus(withReason, 200);
    const last = (await api.events(`uppdrag-${late}`)).at(-1);
    expect(last?.data).toMatchObject({
      afterAdoption: { adoptedOn: MEETING, reason: 'Rapporten kom in efter sammanträdet.' },
    });

    // RS has adopted nothing: its part, and the joint report it coordinates, are written as before.
    expectStatus(await report(late, { organId: 'rs' }, officerRs), 200);
    const rsEvent = (await api.events(`uppdrag-${late}`)).at(-1);
    expect(rsEvent?.data).not.toHaveProperty('afterAdoption');
  });

  it('locks the nämnd’s delmål assessments for the period too', async () => {
    const delmalId = await setup.delmal(api);
    const path = `/api/delmal/${delmalId}/assessments`;
    const body = { period: T1, bedomning: 'delvis', prognos: 'helt', kommentar: 'Nästan där.' };
    const without = await api.request('POST', path, { as: secretaryHsn, body });
    expect(without.status).toBe(400);
    expect(without.body.errors).toEqual([expect.objectContaining({ field: 'reason' })]);
    expectStatus(
      await api.request('POST', path, {
        as: secretaryHsn,
        body: { ...body, reason: 'Bedömningen gjordes sent.' },
      }),
      200,
    );
    // This month is not adopted: no reason needed, no mark.
    expectStatus(
      await api.request('POST', path, { as: secretaryHsn, body: { ...body, period: THIS_MONTH } }),
      200,
    );
  });

  it('lets regionstyrelsen record that it received the adopted report, not before adoption', async () => {
    const path = (organId: string) => `/api/perioder/${T1}/faststallelser/${organId}/behandling`;
    const body = { by: 'regionstyrelsen', byOrganId: 'rs', kind: 'received', date: TODAY, paragraf: '112' };
    const notAdopted = await api.request('POST', path('run'), { as: secretaryRs, body });
    expect(notAdopted.status).toBe(409);
    expect(notAdopted.body.code).toBe('PERIOD_REPORT_NOT_ADOPTED');
    const wrongBody = await api.request('POST', path('hsn'), {
      as: secretaryRs,
      body: { ...body, byOrganId: 'hsn' },
    });
    expect(wrongBody.status).toBe(400);
    expect(wrongBody.body.errors).toEqual([expect.objectContaining({ field: 'byOrganId' })]);
    expect((await api.request('POST', path('hsn'), { as: secretaryHsn, body })).status).toBe(403);
    const received = await api.request('POST', path('hsn'), { as: secretaryRs, body });
    expectStatus(received, 200);
    expect(received.body.handlings).toEqual([
      expect.objectContaining({ by: 'regionstyrelsen', kind: 'received', date: TODAY, paragraf: '112' }),
    ]);
  });
});

describe('importing a nämnd’s meetings with its history', () => {
  const importFile = (commands: unknown[]) =>
    api.request('POST', '/api/import/kommandon', { as: migrering, body: { commands } });
  const register = (uppdragId: string) => ({
    type: 'RegisterUppdrag',
    actor: 'person-migrering',
    occurredAt: '2023-01-16T09:00:00+01:00',
    data: uppdragBody({
      uppdragId,
      periodicitet: 'tertial',
      slutdatum: '2023-12-31',
      origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2023 },
    }),
  });
  const adopted = {
    type: 'AdoptPeriodReport',
    actor: 'person-maria',
    occurredAt: '2023-05-25T09:00:00+02:00',
    data: { organId: 'hsn', period: '2023-T1', meetingDate: '2023-05-24', paragraf: '45' },
  };
  const lateReport = (uppdragId: string, reason?: string) => ({
    type: 'ReportUppdragStatus',
    actor: 'person-sara',
    occurredAt: '2023-06-01T09:00:00+02:00',
    data: {
      uppdragId,
      period: '2023-T1',
      status: 'pagaende_enligt_plan',
      kommentar: 'Kom in efter sammanträdet.',
      organId: 'hsn',
      ...(reason ? { reason } : {}),
    },
  });

  it('refuses a report after the imported adoption without a reason, naming the command, and takes it with one', async () => {
    const refusedId = newId('import-faststallelse');
    const refused = await importFile([register(refusedId), adopted, lateReport(refusedId)]);
    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ row: 3, code: 'REASON_REQUIRED' })]);
    expect(await api.events(`uppdrag-${refusedId}`)).toEqual([]);

    const id = newId('import-faststallelse');
    const taken = await importFile([register(id), adopted, lateReport(id, 'Sent inkommen.')]);
    expectStatus(taken, 200);
    expect((await api.events(`uppdrag-${id}`)).at(-1)?.data).toMatchObject({
      afterAdoption: { adoptedOn: '2023-05-24', paragraf: '45', reason: 'Sent inkommen.' },
    });
  });
});

describe('adopting a tertial locks its months, and the årsrapport the year’s table', () => {
  // Last year, so the test's own adoptions meet no other test's: a monthly uppdrag of HSN's.
  const PREV = YEAR - 1;
  const uppdragId = newId('manad-faststallelse');
  const path = `/api/uppdrag/${uppdragId}/reports`;
  const monthReport = (period: string, body: Record<string, unknown> = {}) =>
    api.request('POST', path, {
      as: officerHsn,
      body: {
        period,
        status: 'pagaende_enligt_plan',
        kommentar: 'Arbetet följer planen.',
        organId: 'hsn',
        ...body,
      },
    });
  type Row = {
    uppdragId: string;
    kommentar: string | null;
    andradEfterFaststallande: boolean;
    faststallandeSkal: string | null;
  };
  const tableOf = (period: string, kommentar: string) =>
    eventually(
      () => api.request('GET', `/api/perioder/${period}/uppdrag?organ=hsn`, { as: ACTORS.auditor }),
      (a) => a.body.rows?.find((r: Row) => r.uppdragId === uppdragId)?.kommentar === kommentar,
    );
  const rowOf = (table: { body: { rows: Row[] } }) => table.body.rows.find((r) => r.uppdragId === uppdragId);
  const REASON = 'Aprils rapport kom in efter sammanträdet.';

  beforeAll(async () => {
    const body = uppdragBody({
      uppdragId,
      riktasTill: ['hsn'],
      samordnare: null,
      periodicitet: 'manad',
      occurredAt: `${PREV}-01-15T09:00:00+01:00`,
      origin: {
        givenBy: 'regionfullmaktige',
        kind: 'fullmaktige',
        planYear: PREV,
        diarienummer: 'RS 1-2024',
      },
    });
    expectStatus(await api.request('POST', '/api/uppdrag', { as: migrering, body }), 201);
    for (const month of ['01', '02', '03']) expectStatus(await monthReport(`${PREV}-${month}`), 200);
    expectStatus(
      await adopt(
        { organId: 'hsn', meetingDate: `${PREV}-05-22`, paragraf: '40' },
        secretaryHsn,
        `${PREV}-T1`,
      ),
      200,
    );
  });

  it('refuses April without a reason, naming the field and the tertial’s adoption', async () => {
    const without = await monthReport(`${PREV}-04`);
    expect(without.status).toBe(400);
    expect(without.body.code).toBe('REASON_REQUIRED');
    expect(without.body.errors).toEqual([
      {
        field: 'reason',
        reason: expect.stringContaining(`Perioden ${PREV}-04 ingår i ${PREV}-T1`),
      },
    ]);
    expect(without.body.errors[0].reason).toContain(`fastställd ${PREV}-05-22 § 40`);
    expect(without.body.errors[0].reason).toContain('skäl');
    // May lies outside the adopted tertial: written as before.
    expectStatus(await monthReport(`${PREV}-05`), 200);
    expect((await api.events(`uppdrag-${uppdragId}`)).at(-1)?.data).not.toHaveProperty('afterAdoption');
  });

  it('takes April with a reason and marks it in the month’s table and in the tertial’s', async () => {
    const kommentar = 'Kom in sent, arbetet följer planen.';
    expectStatus(await monthReport(`${PREV}-04`, { kommentar, reason: REASON }), 200);
    const april = (await api.events(`uppdrag-${uppdragId}`)).at(-1);
    expect(april?.data).toMatchObject({
      period: `${PREV}-04`,
      afterAdoption: { adoptedOn: `${PREV}-05-22`, paragraf: '40', reason: REASON },
    });

    const month = await tableOf(`${PREV}-04`, kommentar);
    expect(rowOf(month)).toMatchObject({ andradEfterFaststallande: true, faststallandeSkal: REASON });
    expect(month.body.faststallelser).toEqual([
      expect.objectContaining({
        organId: 'hsn',
        text: `Fastställd av hälso- och sjukvårdsnämnden ${PREV}-05-22 § 40 (rapporten för Tertial 1 ${PREV})`,
      }),
    ]);
    const tertial = await tableOf(`${PREV}-T1`, kommentar);
    expect(rowOf(tertial)).toMatchObject({ andradEfterFaststallande: true, faststallandeSkal: REASON });
    expect(tertial.body.faststallelser).toEqual([
      expect.objectContaining({ text: `Fastställd av hälso- och sjukvårdsnämnden ${PREV}-05-22 § 40` }),
    ]);
    // March was reported before the adoption: its table names the adoption and marks nothing.
    const march = await tableOf(`${PREV}-03`, 'Arbetet följer planen.');
    expect(rowOf(march)).toMatchObject({ andradEfterFaststallande: false, faststallandeSkal: null });
  });

  it('heads the year’s table with the årsrapport’s adoption and marks a row changed after it', async () => {
    const year = String(PREV);
    expectStatus(await monthReport(`${PREV}-12`, { kommentar: 'Året avslutat enligt plan.' }), 200);
    const before = await tableOf(year, 'Året avslutat enligt plan.');
    expect(before.body.faststallelser).toEqual([]);
    expect(rowOf(before)).toMatchObject({ andradEfterFaststallande: false });

    expectStatus(
      await adopt(
        { organId: 'hsn', meetingDate: `${YEAR}-02-20`, paragraf: '12' },
        secretaryHsn,
        `${PREV}-T3`,
      ),
      200,
    );
    const kommentar = 'Året avslutat, en leverans flyttad till januari.';
    const corrected = await api.request('POST', `${path}/${PREV}-12/corrections`, {
      as: officerHsn,
      body: {
        organId: 'hsn',
        status: 'pagaende_delvis_enligt_plan',
        kommentar,
        reason: 'Leveransen flyttades.',
      },
    });
    expectStatus(corrected, 200);
    expect((await api.events(`uppdrag-${uppdragId}`)).at(-1)?.data).toMatchObject({
      afterAdoption: { adoptedOn: `${YEAR}-02-20`, paragraf: '12' },
    });
    const after = await tableOf(year, kommentar);
    expect(after.body.faststallelser).toEqual([
      expect.objectContaining({
        organId: 'hsn',
        text: `Fastställd av hälso- och sjukvårdsnämnden ${YEAR}-02-20 § 12 (årsrapporten, Tertial 3 ${PREV})`,
      }),
    ]);
    expect(rowOf(after)).toMatchObject({
      andradEfterFaststallande: true,
      faststallandeSkal: 'Leveransen flyttades.',
    });
    // The year's report file says the same: the årsrapport's adoption under its title, the row marked.
    const file = await api.request('GET', `/api/rapporter/uppdrag?period=${year}&organ=hsn&format=csv`, {
      as: ACTORS.auditor,
    });
    expectStatus(file, 200);
    expect(file.text).toContain(`(årsrapporten, Tertial 3 ${PREV})`);
    const line = file.text.split('\r\n').find((l) => l.includes(kommentar));
    expect(line?.endsWith(';ändrad efter fastställande (skäl: Leveransen flyttades.)')).toBe(true);
  });
});
