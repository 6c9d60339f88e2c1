/**
 * The history of an uppdrag and a delmål, served from the audit trail's read model: the 2023 year of
 * the reports, projected by the runner, read as the API reads it.
 */
import { type ProjectionEnvironment } from '@sparbar/projections/environment';
import { catchUpLive } from '@sparbar/projections/runner/catch-up';
import { lastPosition, openEnv, testSchema } from '../../projections/test/support/projection-env';
import {
  INKOP,
  KLIMAT,
  LOKALER,
  PERSON,
  playYear2023,
  SAMVERKAN,
  Scenario,
} from '../../projections/test/support/scenario';
import { type TestSchema } from '../../../test/support/postgres';
import { auditLogProjection } from '../src/trail/audit-log.projection';
import { delmalHistory, uppdragHistory } from '../src/trail/item-history.queries';

let schema: TestSchema;
let env: ProjectionEnvironment;

beforeAll(async () => {
  schema = await testSchema('audit_history');
  env = await openEnv(schema);
  await playYear2023(new Scenario(env.store));
  await catchUpLive(env, [auditLogProjection], { until: await lastPosition(env) });
});
afterAll(async () => {
  await env.close();
  await schema.drop();
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
