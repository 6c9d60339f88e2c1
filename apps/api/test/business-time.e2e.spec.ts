/**
 * Business time never runs backwards, through the HTTP API: a migration user (the importer capability)
 * replays a nämnd's 2023 with the times things happened. What would make the log say that something
 * happened before the uppdrag existed, or out of order, is refused naming the rule, and nothing is
 * written; a correction with its reason may be dated back and is shown as such; as of a day before the
 * registration the uppdrag does not exist (404). All dates are 2023's, whatever day the tests run.
 */
import { type ApiHarness, eventually, startTestApi, USERS } from './support/api-harness';
import { ACTORS, expectStatus, newId, uppdragBody } from './support/fixtures';

const migrering = USERS['person-migrering'];
const REGISTERED = '2023-01-16T09:00:00+01:00';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const registerBody = (uppdragId: string) =>
  uppdragBody({
    uppdragId,
    periodicitet: 'tertial',
    slutdatum: '2023-12-31',
    origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2023 },
    occurredAt: REGISTERED,
  });

async function registered(): Promise<string> {
  const uppdragId = newId('affarstid');
  expectStatus(
    await api.request('POST', '/api/uppdrag', { as: migrering, body: registerBody(uppdragId) }),
    201,
  );
  return uppdragId;
}

const write = (path: string, body: Record<string, unknown>) =>
  api.request('POST', path, { as: migrering, body });

function expectRefused(answer: { status: number; text: string; body: unknown }, code: string): void {
  expectStatus(answer, 400);
  expect(answer.body).toMatchObject({ code, errors: [{ field: 'occurredAt', reason: expect.any(String) }] });
}

const importCommands = (commands: unknown[]) =>
  api.request('POST', '/api/import/kommandon', { as: migrering, body: { commands } });

describe('nothing happens to an uppdrag before it was registered', () => {
  it('refuses a periodicitet change dated before the registration, and writes nothing', async () => {
    const uppdragId = await registered();
    const answer = await write(`/api/uppdrag/${uppdragId}/periodicitet`, {
      periodicitet: 'manad',
      reason: 'Nämnden vill följa uppdraget varje månad.',
      occurredAt: '2022-12-01T10:00:00+01:00',
    });
    expectRefused(answer, 'BUSINESS_TIME_BEFORE_REGISTRATION');
    expect(answer.body).toMatchObject({ detail: expect.stringContaining('före registreringen') });
    expect((await api.events(`uppdrag-${uppdragId}`)).map((e) => e.type)).toEqual(['UppdragRegistered']);
  });

  it('refuses closing in 2022 an uppdrag registered in 2023', async () => {
    const uppdragId = await registered();
    const answer = await write(`/api/uppdrag/${uppdragId}/close`, {
      kommentar: 'Uppdraget är genomfört.',
      occurredAt: '2022-12-20T15:00:00+01:00',
    });
    expectRefused(answer, 'BUSINESS_TIME_BEFORE_REGISTRATION');
    expect(await api.events(`uppdrag-${uppdragId}`)).toHaveLength(1);
  });

  it('refuses the same in a command file, naming the command, and writes none of the file', async () => {
    const uppdragId = newId('affarstid');
    const { occurredAt, ...data } = registerBody(uppdragId);
    const answer = await importCommands([
      { type: 'RegisterUppdrag', actor: 'person-migrering', occurredAt, data },
      {
        type: 'ChangeUppdragPeriodicitet',
        actor: 'person-migrering',
        occurredAt: '2022-12-01T10:00:00+01:00',
        data: { uppdragId, periodicitet: 'manad' },
      },
    ]);
    expectStatus(answer, 400);
    expect(answer.body.errors).toEqual([
      expect.objectContaining({ row: 2, field: 'occurredAt', code: 'BUSINESS_TIME_BEFORE_REGISTRATION' }),
    ]);
    expect(await api.events(`uppdrag-${uppdragId}`)).toEqual([]);
  });
});

describe('within an uppdrag, business time does not go backwards', () => {
  const report = (period: string, occurredAt: string) => ({
    period,
    status: 'pagaende_enligt_plan',
    kommentar: `Arbetet följer planen (${period}).`,
    occurredAt,
  });
  const REPORTED_T2 = '2023-09-05T10:00:00+02:00';

  it('refuses a report dated before the last one, and accepts a back-dated correction with its reason', async () => {
    const uppdragId = await registered();
    expectStatus(
      await write(`/api/uppdrag/${uppdragId}/reports`, report('2023-T1', '2023-05-03T09:00:00+02:00')),
      200,
    );
    expectStatus(await write(`/api/uppdrag/${uppdragId}/reports`, report('2023-T2', REPORTED_T2)), 200);

    // The T3 report cannot be dated before T2's: that is importing out of order.
    expectRefused(
      await write(`/api/uppdrag/${uppdragId}/reports`, report('2023-T3', '2023-09-01T09:00:00+02:00')),
      'BUSINESS_TIME_BACKWARDS',
    );

    // The nämnd corrected its April report on 12 June; the migration records it after September's.
    const corrected = await write(`/api/uppdrag/${uppdragId}/reports/2023-T1/corrections`, {
      status: 'pagaende_delvis_enligt_plan',
      kommentar: 'Upphandlingen försenad.',
      reason: 'Nämnden rättade delårsrapporten vid sammanträdet den 12 juni.',
      occurredAt: '2023-06-12T14:00:00+02:00',
    });
    expectStatus(corrected, 200);

    // The log says it was back-dated, and before what.
    const log = await api.request('GET', `/api/uppdrag/${uppdragId}/events`, { as: ACTORS.auditor });
    expectStatus(log, 200);
    // The answer gives instants in UTC; `data` is the stored event as written (what the chain hashes).
    expect(log.body.at(-1)).toMatchObject({
      type: 'UppdragReportCorrected',
      occurredAt: '2023-06-12T12:00:00.000Z',
      data: { period: '2023-T1', backdatedBefore: REPORTED_T2 },
    });

    // The audit trail says so in words.
    const trail = await eventually(
      () => api.request('GET', `/api/granskning/handelser?item=uppdrag:${uppdragId}`, { as: ACTORS.auditor }),
      (a) =>
        a.status === 200 &&
        a.body.entries.some((e: { eventType: string }) => e.eventType === 'UppdragReportCorrected'),
    );
    expect(
      trail.body.entries.find((e: { eventType: string }) => e.eventType === 'UppdragReportCorrected'),
    ).toMatchObject({
      occurredAt: '2023-06-12T12:00:00.000Z',
      description: expect.stringContaining(
        'bakåtdaterad; senare händelser fanns redan, den senaste daterad 5 september 2023',
      ),
      reason: 'Nämnden rättade delårsrapporten vid sammanträdet den 12 juni.',
    });

    // A correction cannot be dated before the report it corrects.
    expectRefused(
      await write(`/api/uppdrag/${uppdragId}/reports/2023-T2/corrections`, {
        status: 'pagaende_ej_enligt_plan',
        kommentar: 'Stoppat.',
        reason: 'Fel status.',
        occurredAt: '2023-08-01T09:00:00+02:00',
      }),
      'BUSINESS_TIME_BACKWARDS',
    );

    // As it stood: before the correction's date the report as first given, after it the correction.
    const asOf = (day: string) =>
      api.request('GET', `/api/uppdrag/${uppdragId}/per?asOf=${day}`, { as: ACTORS.auditor });
    const t1 = (body: { reports: { period: string; status: string }[] }) =>
      body.reports.find((r) => r.period === '2023-T1')?.status;
    const july = await eventually(
      () => asOf('2023-07-01'),
      (a) => a.status === 200 && t1(a.body) === 'pagaende_delvis_enligt_plan',
    );
    expect(july.body).toMatchObject({ lifecycle: 'aktivt', periodicitet: 'tertial' });
    const june = await asOf('2023-06-11');
    expectStatus(june, 200);
    expect(t1(june.body)).toBe('pagaende_enligt_plan');

    // Before the registration: not yet registered, 404.
    expectStatus(await asOf('2023-01-16'), 200);
    const before = await asOf('2023-01-15');
    expectStatus(before, 404);
    expect(before.body).toMatchObject({
      code: 'UPPDRAG_NOT_FOUND',
      detail: expect.stringContaining('ännu inte registrerat'),
    });
  });
});
