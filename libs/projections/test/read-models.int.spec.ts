import { catchUpLive } from '../src/runner/catch-up';
import { PROJECTIONS } from '../src/catalogue';
import { type ProjectionEnvironment } from '../src/environment';
import { findUppdragNow, getUppdragNow } from '../src/uppdrag-now/uppdrag-now.queries';
import { delmalHistory, uppdragHistory } from '../src/history/history.queries';
import { lastPosition, openEnv, testSchema } from './support/projection-env';
import {
  INKOP,
  KLIMAT,
  LOKALER,
  ORGAN,
  PERSON,
  playYear2023,
  SAMVERKAN,
  Scenario,
  UTBILDNING,
} from './support/scenario';
import { type TestSchema } from '../../../test/support/postgres';

let schema: TestSchema;
let env: ProjectionEnvironment;

beforeAll(async () => {
  schema = await testSchema('proj_models');
  env = await openEnv(schema);
  await playYear2023(new Scenario(env.store));
  await catchUpLive(env, PROJECTIONS, { until: await lastPosition(env) });
});
afterAll(async () => {
  await env.close();
  await schema.drop();
});

const ids = (rows: { uppdragId: string }[]) => rows.map((r) => r.uppdragId).sort();

describe('uppdrag now', () => {
  it('shows the latest period reported, after its correction; a late report for March does not replace April', async () => {
    const inkop = await getUppdragNow(env.db, INKOP);
    expect(inkop?.latestReport).toEqual({
      period: '2023-04',
      status: 'pagaende_delvis_enligt_plan',
      kommentar: 'Upphandlingen är försenad.',
      reportedAt: '2023-05-03T07:30:00.000Z',
      reportedBy: PERSON.johan,
      correctedAt: '2023-05-12T10:00:00.000Z',
    });
    expect(inkop).toMatchObject({
      status: 'open',
      ansvarigPersonId: PERSON.sara,
      slutdatum: '2024-06-30',
      slutdatumExtensions: 1,
      planYear: 2023,
      givenBy: ORGAN.RF,
      riktasTill: [ORGAN.HSN, ORGAN.RS],
      periodicitet: 'manad',
      reportsCount: 2,
      revision: 5,
    });
  });

  it('closed and withdrawn uppdrag carry their end date and kommentar or reason', async () => {
    expect(await getUppdragNow(env.db, SAMVERKAN)).toMatchObject({
      status: 'closed',
      endedOn: '2024-01-20',
      endComment: 'Strukturerna är optimerade.',
      samordnare: ORGAN.RS,
      latestReport: { period: '2023-T1', status: 'pagaende_delvis_enligt_plan' },
    });
    expect(await getUppdragNow(env.db, LOKALER)).toMatchObject({
      status: 'withdrawn',
      endedOn: '2023-06-01',
      endComment: 'Inte längre aktuellt',
      latestReport: null,
    });
  });

  it('filters by organ as recipient or giver, status, ansvarig and plan year', async () => {
    expect(ids(await findUppdragNow(env.db, { organ: ORGAN.HSN }))).toEqual([INKOP, SAMVERKAN].sort());
    expect(ids(await findUppdragNow(env.db, { organ: ORGAN.RUN }))).toEqual(
      [SAMVERKAN, UTBILDNING, LOKALER].sort(),
    );
    expect(ids(await findUppdragNow(env.db, { organ: ORGAN.RF }))).toHaveLength(4);
    expect(ids(await findUppdragNow(env.db, { status: 'closed' }))).toEqual([SAMVERKAN]);
    expect(ids(await findUppdragNow(env.db, { status: 'withdrawn' }))).toEqual([LOKALER]);
    expect(ids(await findUppdragNow(env.db, { ansvarigPersonId: PERSON.sara }))).toEqual([INKOP]);
    expect(ids(await findUppdragNow(env.db, { planYear: 2023, organ: ORGAN.RUN, status: 'open' }))).toEqual([
      UTBILDNING,
    ]);
    expect(await findUppdragNow(env.db, { planYear: 2024 })).toEqual([]);
  });

  it('overdue: still open and past its slutdatum on the given date, extensions counted', async () => {
    expect(ids(await findUppdragNow(env.db, { overdueOn: '2023-04-01' }))).toEqual([UTBILDNING]);
    expect(ids(await findUppdragNow(env.db, { overdueOn: '2024-01-01' }))).toEqual([UTBILDNING]);
    expect(ids(await findUppdragNow(env.db, { overdueOn: '2024-07-01' }))).toEqual(
      [INKOP, UTBILDNING].sort(),
    );
  });
});

describe('history', () => {
  it('lists every change of an uppdrag with who, both times, reason and old → new', async () => {
    const lines = await uppdragHistory(env.db, INKOP);
    expect(lines.map((l) => l.eventType)).toEqual([
      'UppdragRegistered',
      'UppdragStatusReported',
      'UppdragStatusReported',
      'UppdragReportCorrected',
      'UppdragAnsvarigChanged',
      'UppdragSlutdatumExtended',
    ]);
    const correction = lines[3];
    expect(correction).toMatchObject({
      actor: PERSON.johan,
      occurredAt: '2023-05-12T10:00:00.000Z',
      period: '2023-04',
      reason: 'Fel status i första rapporten',
      changes: [
        { field: 'status', from: 'pagaende_enligt_plan', to: 'pagaende_delvis_enligt_plan' },
        { field: 'kommentar', from: 'Riktlinjerna är kommunicerade.', to: 'Upphandlingen är försenad.' },
      ],
    });
    expect(Date.parse(correction.recordedAt)).toBeGreaterThan(Date.parse('2024-01-01'));
    expect(lines[4].changes).toEqual([{ field: 'ansvarigPersonId', from: PERSON.johan, to: PERSON.sara }]);
    expect(lines[5]).toMatchObject({
      reason: 'Upphandlingen dröjer',
      changes: [{ field: 'slutdatum', from: '2023-12-31', to: '2024-06-30' }],
    });
    expect(lines.map((l) => l.revision)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('shows withdrawal and closing with their reason or kommentar', async () => {
    const [, withdrawn] = await uppdragHistory(env.db, LOKALER);
    expect(withdrawn).toMatchObject({
      eventType: 'UppdragWithdrawn',
      reason: 'Inte längre aktuellt',
      changes: [{ field: 'lifecycle', from: 'aktivt', to: 'aterkallat' }],
    });
    const closed = (await uppdragHistory(env.db, SAMVERKAN)).at(-1);
    expect(closed?.changes).toContainEqual({
      field: 'kommentar',
      from: null,
      to: 'Strukturerna är optimerade.',
    });
  });

  it('lists a delmål’s changes, indikator by indikator', async () => {
    const lines = await delmalHistory(env.db, KLIMAT);
    expect(lines.map((l) => l.eventType)).toEqual([
      'DelmalDefined',
      'IndikatorAdded',
      'IndikatorUtfallRecorded',
      'IndikatorUtfallCorrected',
    ]);
    expect(lines[3]).toMatchObject({
      indikatorId: 'indikator-tjansteresor',
      period: '2023-04',
      reason: 'Felräknat',
      changes: expect.arrayContaining([{ field: 'utfall', from: 1200, to: 1100 }]),
    });
  });
});
