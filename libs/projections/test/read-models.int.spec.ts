import { catchUpLive } from '../src/runner/catch-up';
import { PROJECTIONS } from '../src/catalogue';
import { type ProjectionEnvironment } from '../src/environment';
import { findUppdragNow, getUppdragNow } from '../src/uppdrag-now/uppdrag-now.queries';
import { lastPosition, openEnv, testSchema } from './support/projection-env';
import {
  INKOP,
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
