/**
 * The audit trail read model on the real PostgreSQL: the 2023 year of the reports (four uppdrag, a
 * delmål) with its organs and people, projected by the runner in small batches, then searched.
 */
import { ACTOR, ORGAN, PERSON } from '@sparbar/domain/testing/fixtures';
import { type ProjectionEnvironment } from '@sparbar/projections/environment';
import { checksum } from '@sparbar/projections/checksum';
import { catchUpLive } from '@sparbar/projections/runner/catch-up';
import { rebuild } from '@sparbar/projections/runner/rebuild';
import { openEnv, testSchema, waitFor } from '../../projections/test/support/projection-env';
import {
  INKOP,
  KLIMAT,
  LOKALER,
  playYear2023,
  SAMVERKAN,
  Scenario,
  UTBILDNING,
} from '../../projections/test/support/scenario';
import { databaseNowLessASecond, type TestSchema } from '../../../test/support/postgres';
import { auditLogProjection } from '../src/trail/audit-log.projection';
import { type AuditEntry, AuditQueryError, searchAuditLog } from '../src/trail/audit-log.queries';
import { MasterData } from './support/master-data';

let schema: TestSchema;
let env: ProjectionEnvironment;
let eventCount: number;
let testStarted: string;

const RF_SEKRETERARE = ACTOR.sekreterareRf.personId;

beforeAll(async () => {
  testStarted = await databaseNowLessASecond();
  schema = await testSchema('audit_log');
  env = await openEnv(schema);
  const md = new MasterData(env.store);
  for (const [organId, namn, kortnamn, typ] of [
    [ORGAN.RF, 'Regionfullmäktige', 'RF', 'regionfullmaktige'],
    [ORGAN.RS, 'Regionstyrelsen', 'RS', 'regionstyrelse'],
    [ORGAN.HSN, 'Hälso- och sjukvårdsnämnden', 'HSN', 'namnd'],
    [ORGAN.RUN, 'Regionala utvecklingsnämnden', 'RUN', 'namnd'],
  ] as const)
    await md.organ('RegisterOrgan', { organId, namn, kortnamn, typ, parentOrganId: null });
  await md.person('RegisterPerson', {
    personId: PERSON.johan,
    namn: 'Johan Ström',
    epost: 'johan.strom@regionvasterbotten.se',
    organId: ORGAN.RS,
    roles: ['officer'],
  });
  await md.person('RegisterPerson', {
    personId: PERSON.sara,
    namn: 'Sara Berg',
    epost: 'sara.berg@regionvasterbotten.se',
    organId: ORGAN.HSN,
    roles: ['officer'],
  });
  await playYear2023(new Scenario(env.store));
  // Named only after she acted: her earlier lines show her current name.
  await md.at('2024-02-01T08:00:00Z').person('RegisterPerson', {
    personId: RF_SEKRETERARE,
    namn: 'Rut Forsberg',
    epost: 'rut.forsberg@regionvasterbotten.se',
    organId: ORGAN.RF,
    roles: ['secretary'],
  });
  await md.person('RenamePerson', { personId: PERSON.johan, namn: 'Johan Lind' });
  const head = await env.store.headPosition();
  let n = 0;
  for await (const _ of env.store.readRange({ upTo: head })) n++;
  eventCount = n;
  await waitFor('the log to be readable', async () => (await env.store.readAll()).length === n);
  await catchUpLive(env, [auditLogProjection], 4);
});
afterAll(async () => {
  await env.close();
  await schema.drop();
});

const all = async (search: Parameters<typeof searchAuditLog>[1] = {}) => {
  const entries: AuditEntry[] = [];
  for (let cursor: string | undefined; ;) {
    const page = await searchAuditLog(env.db, { ...search, limit: 5, ...(cursor ? { cursor } : {}) });
    entries.push(...page.entries);
    if (!page.nextCursor) return entries;
    cursor = page.nextCursor;
  }
};
const line = (entries: AuditEntry[], type: string, itemId?: string) =>
  entries.find((e) => e.eventType === type && (itemId === undefined || e.item.id === itemId))!;

describe('the audit trail', () => {
  it('has one line per event, newest business time first, the same page by page as at once', async () => {
    const everything = await searchAuditLog(env.db, { limit: 500 });
    expect(everything.entries).toHaveLength(eventCount);
    expect(everything.nextCursor).toBeNull();
    const times = everything.entries.map((e) => e.occurredAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect((await all()).map((e) => e.position)).toEqual(everything.entries.map((e) => e.position));
  });

  it('says who, when (both times), what, on which item and organs', async () => {
    const report = (await all({ item: { kind: 'uppdrag', id: INKOP } })).find(
      (e) => e.eventType === 'UppdragStatusReported' && e.period === '2023-04',
    );
    expect(report).toMatchObject({
      item: { kind: 'uppdrag', id: INKOP },
      actor: { personId: PERSON.johan, name: 'Johan Ström' },
      occurredAt: '2023-05-03T07:30:00.000Z',
      organs: [ORGAN.HSN, ORGAN.RS, ORGAN.RF],
      description: 'Status rapporterad för april 2023: Pågående enligt plan',
      reason: null,
    });
    expect(report!.recordedAt >= testStarted).toBe(true);
  });

  it('shows changed fields old → new, and the reason', async () => {
    const extended = line(await all({ item: { kind: 'uppdrag', id: INKOP } }), 'UppdragSlutdatumExtended');
    expect(extended).toMatchObject({
      description: 'Slutdatum förlängt från 2023-12-31 till 2024-06-30',
      changes: [{ field: 'slutdatum', from: '2023-12-31', to: '2024-06-30' }],
      reason: 'Upphandlingen dröjer',
    });
    const changed = line(await all({ item: { kind: 'uppdrag', id: INKOP } }), 'UppdragAnsvarigChanged');
    expect(changed.description).toBe('Ansvarig ändrad från Johan Ström till Sara Berg');
  });

  it('keeps the name a person had when acting, and falls back to the current one where none was known', async () => {
    const johans = await all({ person: PERSON.johan });
    expect(johans.length).toBeGreaterThan(0);
    expect(new Set(johans.map((e) => e.actor.name))).toEqual(new Set(['Johan Ström']));
    const ruts = await all({ person: RF_SEKRETERARE });
    expect(ruts.map((e) => e.eventType)).toContain('UppdragRegistered');
    expect(new Set(ruts.map((e) => e.actor.name))).toEqual(new Set(['Rut Forsberg']));
  });

  it('finds by organ: an uppdrag’s recipients and giver, a delmål’s nämnd, the organ and its people', async () => {
    const run = await all({ organ: ORGAN.RUN });
    const items = new Set(run.map((e) => `${e.item.kind}:${e.item.id}`));
    expect(items).toEqual(
      new Set([`uppdrag:${SAMVERKAN}`, `uppdrag:${UTBILDNING}`, `uppdrag:${LOKALER}`, `organ:${ORGAN.RUN}`]),
    );
    const rs = await all({ organ: ORGAN.RS });
    expect(rs.map((e) => e.item.id)).toEqual(
      expect.arrayContaining([INKOP, SAMVERKAN, KLIMAT, PERSON.johan, ORGAN.RS]),
    );
    expect(rs.map((e) => e.item.id)).not.toContain(UTBILDNING);
  });

  it('finds by business date range (whole Swedish days) and by recorded time', async () => {
    const may = await all({ from: '2023-05-01', to: '2023-05-31' });
    expect(may.map((e) => e.occurredAt.slice(0, 7))).toEqual(Array(may.length).fill('2023-05'));
    expect(may.map((e) => e.eventType)).toEqual(
      expect.arrayContaining(['UppdragStatusReported', 'UppdragReportCorrected', 'IndikatorUtfallCorrected']),
    );
    expect(await all({ from: '2023-05-12', to: '2023-05-12' })).toHaveLength(2);
    expect(await all({ time: 'recorded', to: testStarted })).toHaveLength(0);
    const recorded = await all({ time: 'recorded', from: testStarted });
    expect(recorded).toHaveLength(eventCount);
    expect([...recorded.map((e) => e.recordedAt)].sort().reverse()).toEqual(
      recorded.map((e) => e.recordedAt),
    );
  });

  it('combines filters', async () => {
    const r = await all({ organ: ORGAN.HSN, person: PERSON.johan, from: '2023-05-04', to: '2023-05-04' });
    expect(r.map((e) => e.description)).toEqual(['Status rapporterad för mars 2023: Ej påbörjad']);
  });

  it('refuses a malformed query with a typed error naming the field', async () => {
    await expect(searchAuditLog(env.db, { from: '2023-13-01' })).rejects.toMatchObject({ field: 'from' });
    await expect(searchAuditLog(env.db, { limit: 0 })).rejects.toBeInstanceOf(AuditQueryError);
    await expect(searchAuditLog(env.db, { cursor: 'x' })).rejects.toMatchObject({
      code: 'INVALID_AUDIT_QUERY',
    });
  });

  it('comes out the same when rebuilt in one batch as when built four events at a time', async () => {
    const before = await checksum(env.db, auditLogProjection);
    await rebuild(env, [auditLogProjection], { batchSize: 1_000 });
    expect(await checksum(env.db, auditLogProjection)).toEqual({ ...before, version: before.version + 1 });
  });
});
