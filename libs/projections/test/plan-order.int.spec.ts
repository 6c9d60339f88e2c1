/**
 * The plan's order in every list: uppdrag as the plan's table lists them (`ordning` on the registration),
 * then those registered without one, in the order they were registered — never by id, which for an
 * imported uppdrag is a hash. Regionmål and delmål in natural order (Mål 2 before Mål 10).
 */
import { ACTOR } from '@sparbar/domain/testing/fixtures';
import { PROJECTIONS } from '../src/catalogue';
import { type ProjectionEnvironment } from '../src/environment';
import { maluppfyllelse } from '../src/periods/maluppfyllelse.queries';
import { periodTable } from '../src/periods/period-table.queries';
import { catchUpLive } from '../src/runner/catch-up';
import { findUppdragNow } from '../src/uppdrag-now/uppdrag-now.queries';
import { lastPosition, openEnv, testSchema } from './support/projection-env';
import { ORGAN, PERSON, Scenario } from './support/scenario';
import { type TestSchema } from '../../../test/support/postgres';

let schema: TestSchema;
let env: ProjectionEnvironment;

/** Registered in this order; ids chosen so that id order is yet another order. */
const REGISTERED = [
  { uppdragId: 'u-c', ordning: 2 },
  { uppdragId: 'u-z-unordered-first', ordning: null },
  { uppdragId: 'u-b', ordning: 10 },
  { uppdragId: 'u-a-unordered-second', ordning: null },
  { uppdragId: 'u-d', ordning: 1 },
];
const PLAN_ORDER = ['u-d', 'u-c', 'u-b', 'u-z-unordered-first', 'u-a-unordered-second'];

beforeAll(async () => {
  schema = await testSchema('proj_order');
  env = await openEnv(schema);
  const s = new Scenario(env.store);
  s.at('2023-01-16T09:00:00Z');
  for (const { uppdragId, ordning } of REGISTERED) {
    await s.uppdrag(
      'RegisterUppdrag',
      {
        uppdragId,
        text: `Uppdrag ${uppdragId}`,
        riktasTill: [ORGAN.HSN],
        periodicitet: 'tertial',
        slutdatum: '2023-12-31',
        ansvarigPersonId: PERSON.johan,
        ordning,
        origin: { givenBy: ORGAN.RF, kind: 'fullmaktige', planYear: 2023 },
      },
      ACTOR.sekreterareRf,
    );
  }
  for (const [delmalId, regionmal] of [
    ['delmal-10b', 10],
    ['delmal-2', 2],
    ['delmal-10a', 10],
    ['delmal-1', 1],
  ] as const) {
    await s.delmal(
      'DefineDelmal',
      {
        delmalId,
        organId: ORGAN.HSN,
        planYear: 2023,
        regionmal: { id: `regionmal-${regionmal}`, namn: `Mål ${regionmal}` },
        text: `Delmål ${delmalId}`,
      },
      ACTOR.mariaSekreterareHsn,
    );
  }
  await catchUpLive(env, PROJECTIONS, { until: await lastPosition(env) });
});
afterAll(async () => {
  await env.close();
  await schema.drop();
});

describe('the plan’s order', () => {
  it('the period table lists the ordered uppdrag by ordning, then the others by registration', async () => {
    const table = await periodTable(env.db, { period: '2023-T1', organ: ORGAN.HSN });
    expect(table.rows.map((r) => r.uppdragId)).toEqual(PLAN_ORDER);
  });

  it('so does the list of uppdrag now', async () => {
    const list = await findUppdragNow(env.db, { organ: ORGAN.HSN });
    expect(list.map((u) => u.uppdragId)).toEqual(PLAN_ORDER);
  });

  it('måluppfyllelse lists regionmål naturally: Mål 1, Mål 2, Mål 10 (and delmål 10a before 10b)', async () => {
    const result = await maluppfyllelse(env.db, { organ: ORGAN.HSN, period: '2023-T1' });
    expect(result.delmal.map((d) => [d.regionmal.namn, d.delmalId])).toEqual([
      ['Mål 1', 'delmal-1'],
      ['Mål 2', 'delmal-2'],
      ['Mål 10', 'delmal-10a'],
      ['Mål 10', 'delmal-10b'],
    ]);
  });
});
