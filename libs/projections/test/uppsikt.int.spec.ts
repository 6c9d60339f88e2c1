/**
 * The uppsikt overview on the 2023 scenario (support/scenario.ts), with the figures worked out by hand.
 * Deadlines are the default årshjul's, 10 working days after the period: March → 18 April (Easter),
 * April and T1 → 15 May, December and T3 → 15 January 2024.
 *
 * - inköp (hsn, rs; monthly from 16 Jan): March reported 4 May (late), April 3 May (on time, corrected
 *   12 May to "delvis", yellow), January and February never; slutdatum extended 1 Dec 2023.
 * - samverkan (rs, hsn, run, folkhögskolestyrelsen; tertial): T1 reported 3 May (on time, "delvis",
 *   yellow); closed 20 Jan 2024, so T2 and T3 were due and are missing.
 * - utbildning (run; monthly, slutdatum 31 March): never reported, never closed.
 * - lokaler (run; monthly): never reported, withdrawn 1 June 2023: January–May due.
 */
import { catchUpLive } from '../src/runner/catch-up';
import { PROJECTIONS } from '../src/catalogue';
import { type ProjectionEnvironment } from '../src/environment';
import { uppsikt, type UppsiktOrgan } from '../src/periods/uppsikt.queries';
import { lastPosition, openEnv, testSchema } from './support/projection-env';
import { ORGAN, playYear2023, Scenario } from './support/scenario';
import { type TestSchema } from '../../../test/support/postgres';

let schema: TestSchema;
let env: ProjectionEnvironment;

beforeAll(async () => {
  schema = await testSchema('proj_uppsikt');
  env = await openEnv(schema);
  await playYear2023(new Scenario(env.store));
  await catchUpLive(env, PROJECTIONS, { until: await lastPosition(env) });
});
afterAll(async () => {
  await env.close();
  await schema.drop();
});

const zero = {
  onTime: 0,
  late: 0,
  missing: 0,
  notYetDue: 0,
  red: 0,
  yellow: 0,
  pastSlutdatum: 0,
  extensions: 0,
};
const row = (organ: string, counts: Partial<UppsiktOrgan>): UppsiktOrgan =>
  ({ organ, ...zero, ...counts }) as UppsiktOrgan;

async function recordedJustBefore(type: string): Promise<string> {
  let first = Infinity;
  for await (const e of env.store.readRange({ upTo: await env.store.headPosition() }))
    if (e.type === type) first = Math.min(first, Date.parse(e.recordedAt));
  return new Date(first - 1).toISOString();
}

describe('uppsikt', () => {
  it('T1 2023 as of 30 June: on time, late and missing per organ, yellow items, utbildning past slutdatum', async () => {
    const view = await uppsikt(env.db, { period: '2023-T1', asOf: '2023-06-30' });
    expect(view).toMatchObject({
      period: '2023-T1',
      periodStart: '2023-01-01',
      periodEnd: '2023-04-30',
      on: '2023-06-30',
    });
    expect(view.organs).toEqual([
      row(ORGAN.FHS, { uppdrag: 1, onTime: 1, yellow: 1 }),
      row(ORGAN.HSN, { uppdrag: 2, onTime: 2, late: 1, missing: 2, yellow: 2 }),
      row(ORGAN.RS, { uppdrag: 2, onTime: 2, late: 1, missing: 2, yellow: 2 }),
      // samverkan on time; utbildning January–March and lokaler January–April missing.
      row(ORGAN.RUN, { uppdrag: 3, onTime: 1, missing: 7, yellow: 1, pastSlutdatum: 1 }),
    ]);
  });

  it('as of 10 May: April for lokaler not yet due, and inköp’s April not yet corrected to yellow', async () => {
    const view = await uppsikt(env.db, { period: '2023-T1', asOf: '2023-05-10' });
    const hsn = view.organs.find((o) => o.organ === ORGAN.HSN);
    const run = view.organs.find((o) => o.organ === ORGAN.RUN);
    expect(hsn).toEqual(row(ORGAN.HSN, { uppdrag: 2, onTime: 2, late: 1, missing: 2, yellow: 1 }));
    expect(run).toEqual(
      row(ORGAN.RUN, { uppdrag: 3, onTime: 1, missing: 6, notYetDue: 1, yellow: 1, pastSlutdatum: 1 }),
    );
  });

  it('as recorded just before the correction of 12 May: inköp is green, not yellow', async () => {
    const recordedAt = await recordedJustBefore('UppdragReportCorrected');
    const view = await uppsikt(env.db, { period: '2023-T1', asOf: '2023-06-30', recordedAt });
    expect(view.organs.find((o) => o.organ === ORGAN.HSN)).toMatchObject({ yellow: 1, onTime: 2, late: 1 });
  });

  it('a month: March has inköp’s late report and run’s two missing, samverkan owes nothing', async () => {
    const view = await uppsikt(env.db, { period: '2023-03', asOf: '2023-06-30' });
    expect(view.organs).toEqual([
      row(ORGAN.FHS, { uppdrag: 1 }),
      row(ORGAN.HSN, { uppdrag: 2, late: 1 }),
      row(ORGAN.RS, { uppdrag: 2, late: 1 }),
      row(ORGAN.RUN, { uppdrag: 3, missing: 2 }),
    ]);
  });

  it('the year 2023 as of 31 January 2024: the extension, and every report owed', async () => {
    const view = await uppsikt(env.db, { period: '2023', asOf: '2024-01-31' });
    expect(view.organs).toEqual([
      row(ORGAN.FHS, { uppdrag: 1, onTime: 1, missing: 2, yellow: 1 }),
      // inköp: 10 months missing; samverkan T2 and T3.
      row(ORGAN.HSN, { uppdrag: 2, onTime: 2, late: 1, missing: 12, yellow: 2, extensions: 1 }),
      row(ORGAN.RS, { uppdrag: 2, onTime: 2, late: 1, missing: 12, yellow: 2, extensions: 1 }),
      // samverkan T2, T3; utbildning 3; lokaler January–May.
      row(ORGAN.RUN, { uppdrag: 3, onTime: 1, missing: 10, yellow: 1, pastSlutdatum: 1 }),
    ]);
  });

  it('refuses a period or time point it cannot read, naming the field', async () => {
    await expect(uppsikt(env.db, { period: '2023-T4' })).rejects.toMatchObject({ field: 'period' });
    await expect(uppsikt(env.db, { period: '2023', asOf: '31 jan' })).rejects.toMatchObject({
      field: 'asOf',
    });
  });
});
