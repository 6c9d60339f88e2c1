/**
 * Granskning through the API: the audit trail searched by organ, person, item and date, in Swedish; the
 * hash chain verified, broken by an UPDATE on the events table as someone with database access would
 * (or its like on the in-memory log, `api.tamper`), its head refused while broken, and a kept head checked against a later (and a rewritten) log; who
 * may. Before reading, the audit projections are caught up to the last event written ("read your own
 * writes"), beside the worker that runs in the API process.
 */
import { AUDIT_PROJECTIONS, chainHash, GENESIS_HASH } from '@sparbar/audit';
import { type Actor } from '@sparbar/domain';
import { type JsonObject, type SqlDriver, type StoredEvent } from '@sparbar/event-store';
import { catchUpLive, PgProjectionDb } from '@sparbar/projections';
import { SQL_DATABASE } from '@sparbar/runtime';
import { databaseNowLessASecond } from '../../../test/support/postgres';
import { type ApiHarness, startTestApi } from './support/api-harness';
import { ACTORS, expectStatus, newId, setup, THIS_MONTH, uppdragBody } from './support/fixtures';

let api: ApiHarness;
let sql: SqlDriver;
let readModels: PgProjectionDb;
beforeAll(async () => {
  api = await startTestApi();
  sql = api.app.get<SqlDriver>(SQL_DATABASE);
  readModels = new PgProjectionDb({
    connectionString: api.schema.connectionString,
    schema: api.schema.schema,
  });
});
afterAll(async () => {
  await readModels?.close();
  await api?.close();
});

const auditor = ACTORS.auditor;
const HANDELSER = '/api/granskning/handelser';
const VERIFY = '/api/granskning/kedja/verifiering';
const HEAD = '/api/granskning/kedja/huvud';
const migrering: Actor = {
  personId: 'person-migrering',
  roles: ['regiondirektor', 'importer'],
  organId: null,
};

const data = (event: StoredEvent) => event.data as JsonObject;

/** The audit trail and the chain have applied every event written so far. */
async function caughtUp(): Promise<{ last: number; count: number }> {
  const last = await api.store.headPosition();
  let count = 0;
  for await (const _ of api.store.readRange({ upTo: last })) count++;
  await catchUpLive({ store: api.store, db: readModels }, AUDIT_PROJECTIONS, { until: last });
  return { last, count };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function search(query: string, as: Actor = auditor): Promise<any[]> {
  const answer = await api.request('GET', `${HANDELSER}?${query}`, { as });
  expectStatus(answer, 200);
  return answer.body.entries;
}

describe('the audit trail', () => {
  it('finds everything that concerns an organ, described in Swedish', async () => {
    const organ = await setup.organ(api, { namn: 'Folkhälsoberedningen', kortnamn: 'FHB' });
    const uppdragId = await setup.uppdrag(api, { riktasTill: [organ], samordnare: null });
    await caughtUp();

    const entries = await search(`organ=${organ}`);

    expect(entries.map((e) => [e.eventType, e.item])).toEqual([
      ['UppdragRegistered', { kind: 'uppdrag', id: uppdragId }],
      ['OrganRegistered', { kind: 'organ', id: organ }],
    ]);
    expect(entries[0].description).toContain('Riktas till FHB;');
    expect(entries[0].actor).toEqual({ personId: 'person-regiondirektor', name: 'Regiondirektören' });
    expect(entries[1].description).toBe(
      'Organ registrerat: Folkhälsoberedningen (FHB), beredning, under HSN',
    );
  });

  it('finds what one person did, with the name they had', async () => {
    const personId = await setup.person(api, { organId: 'hsn', roles: ['officer'] });
    const uppdragId = await setup.uppdrag(api, { riktasTill: ['hsn'], samordnare: null });
    const body = { period: THIS_MONTH, status: 'pagaende_enligt_plan', kommentar: 'Enligt plan.' };
    const officer = { personId, roles: ['officer' as const], organId: 'hsn' };
    expectStatus(await api.request('POST', `/api/uppdrag/${uppdragId}/reports`, { as: officer, body }), 200);
    await caughtUp();

    const entries = await search(`person=${personId}`);

    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      eventType: 'UppdragStatusReported',
      item: { kind: 'uppdrag', id: uppdragId },
      actor: { personId, name: `Person ${personId}` },
      organs: expect.arrayContaining(['hsn']),
      period: THIS_MONTH,
    });
    expect(entries[0].description).toMatch(/^Status rapporterad för [a-zé]+ \d{4}: Pågående enligt plan$/);
  });

  it('pages through one item newest first, the cursor leading to the older entries', async () => {
    const uppdragId = await setup.uppdrag(api);
    await setup.report(api, uppdragId);
    const close = { kommentar: 'Inköpsprocessen är införd.' };
    expectStatus(
      await api.request('POST', `/api/uppdrag/${uppdragId}/close`, {
        as: ACTORS.regiondirektor,
        body: close,
      }),
      200,
    );
    await caughtUp();

    const first = await api.request('GET', `${HANDELSER}?item=uppdrag:${uppdragId}&limit=2`, { as: auditor });
    expectStatus(first, 200);
    expect(first.body.entries.map((e: { eventType: string }) => e.eventType)).toEqual([
      'UppdragClosed',
      'UppdragStatusReported',
    ]);
    expect(first.body.entries[0].description).toBe('Uppdraget avslutat');
    expect(first.body.nextCursor).toEqual(expect.any(String));

    const rest = await api.request(
      'GET',
      `${HANDELSER}?item=uppdrag:${uppdragId}&limit=2&cursor=${first.body.nextCursor}`,
      { as: auditor },
    );
    expect(rest.body.entries.map((e: { eventType: string }) => e.eventType)).toEqual(['UppdragRegistered']);
    expect(rest.body.nextCursor).toBeNull();
  });

  it('finds by business date (whole Swedish days) and by when the system recorded it', async () => {
    const testStarted = await databaseNowLessASecond();
    const uppdragId = newId('uppdrag-2023');
    const body = uppdragBody({
      uppdragId,
      slutdatum: '2023-12-31',
      origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2023 },
      occurredAt: '2023-01-10T09:00:00+01:00',
    });
    expectStatus(await api.request('POST', '/api/uppdrag', { as: migrering, body }), 201);
    const report = {
      period: '2023-04',
      status: 'pagaende_enligt_plan',
      kommentar: 'Enligt plan.',
      occurredAt: '2023-05-03T09:30:00+02:00',
    };
    expectStatus(
      await api.request('POST', `/api/uppdrag/${uppdragId}/reports`, { as: migrering, body: report }),
      200,
    );
    await caughtUp();

    // Everything else in this log happened today: May 2023 holds only the migrated report.
    expect(await search('from=2023-05-01&to=2023-05-31')).toEqual([
      expect.objectContaining({
        item: { kind: 'uppdrag', id: uppdragId },
        description: 'Status rapporterad för april 2023: Pågående enligt plan',
        occurredAt: '2023-05-03T07:30:00.000Z',
        period: '2023-04',
      }),
    ]);
    expect(await search('from=2023-05-03&to=2023-05-03')).toHaveLength(1);
    expect(await search('from=2023-05-03T09:30:00%2B02:00&to=2023-05-03T09:30:00%2B02:00')).toHaveLength(1);
    expect(await search('to=2023-05-02')).toEqual([
      expect.objectContaining({ eventType: 'UppdragRegistered', occurredAt: '2023-01-10T08:00:00.000Z' }),
    ]);
    // Both were recorded today, whatever their business time.
    const recorded = await search(`item=uppdrag:${uppdragId}&time=recorded&from=${testStarted}`);
    expect(recorded.map((e) => e.eventType)).toEqual(['UppdragStatusReported', 'UppdragRegistered']);
    expect(await search(`item=uppdrag:${uppdragId}&time=recorded&to=2023-12-31`)).toEqual([]);
  });

  it('refuses a malformed search with 400, naming each wrong field', async () => {
    for (const [query, fields] of [
      ['from=2023-13-01', ['from']],
      ['to=ig%C3%A5r', ['to']],
      ['from=2023-05-03T09:30:00', ['from']],
      ['time=later', ['time']],
      ['limit=0', ['limit']],
      ['limit=501', ['limit']],
      ['limit=abc', ['limit']],
      ['cursor=abc', ['cursor']],
      ['item=uppdrag', ['item']],
      ['item=sak:1', ['item']],
      ['organ=a%20b', ['organ']],
      ['foo=1', ['foo']],
      ['from=x&limit=0', ['from', 'limit']],
    ] as const) {
      const answer = await api.request('GET', `${HANDELSER}?${query}`, { as: auditor });
      expect({
        query,
        status: answer.status,
        type: answer.headers.get('content-type'),
        code: answer.body.code,
        fields: answer.body.errors?.map((e: { field: string }) => e.field),
      }).toEqual({
        query,
        status: 400,
        type: expect.stringMatching(/^application\/problem\+json/),
        code: 'VALIDATION_FAILED',
        fields,
      });
    }
  });
});

describe('the hash chain', () => {
  it('verifies an untouched log: ok, every event checked, nothing pending', async () => {
    await setup.uppdrag(api);
    const { last, count } = await caughtUp();

    const answer = await api.request('GET', VERIFY, { as: auditor });

    expectStatus(answer, 200);
    expect(answer.body).toEqual({
      ok: true,
      checked: count,
      chainedUpTo: last,
      pending: 0,
      head: {
        position: last,
        eventId: expect.any(String),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
        eventCount: count,
      },
    });
  });

  it('names an event changed in the database, and then refuses to export a head (409)', async () => {
    const uppdragId = await setup.uppdrag(api);
    await setup.report(api, uppdragId);
    await caughtUp();
    const [, report] = await api.events(`uppdrag-${uppdragId}`);

    await api.tamper(report.id, { ...data(report), kommentar: 'Allt är klart.' });
    try {
      const verify = await api.request('GET', VERIFY, { as: auditor });
      expectStatus(verify, 200);
      expect(verify.body).toMatchObject({
        ok: false,
        firstMismatch: {
          position: report.position,
          eventId: report.id,
          reason: 'changed',
          message: 'Händelsens innehåll har ändrats sedan den kedjades.',
        },
      });
      expect(verify.body.head).toBeUndefined();

      const head = await api.request('GET', HEAD, { as: auditor });
      expect(head.status).toBe(409);
      expect(head.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(head.body).toMatchObject({
        status: 409,
        code: 'AUDIT_CHAIN_BROKEN',
        detail: expect.stringContaining(`Kedjan stämmer inte från position ${report.position}`),
        firstMismatch: { position: report.position, eventId: report.id, reason: 'changed' },
      });
    } finally {
      await api.tamper(report.id, report.data);
    }
    // The very same content again: the chain holds.
    expect((await api.request('GET', VERIFY, { as: auditor })).body).toMatchObject({ ok: true });
  });

  it('checks a kept head: the log still extends it later, and a rewrite of events and chain is caught', async () => {
    const uppdragId = await setup.uppdrag(api);
    await setup.report(api, uppdragId);
    await caughtUp();
    const exported = await api.request('GET', HEAD, { as: auditor });
    expectStatus(exported, 200);
    const kept = exported.body;
    expect(kept).toEqual({
      position: expect.any(Number),
      hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      eventCount: expect.any(Number),
      exportedAt: expect.any(String),
      eventId: expect.any(String),
      chain: 'sparbar:event-chain:v1',
    });

    await setup.uppdrag(api);
    await caughtUp();
    const later = await api.request('POST', VERIFY, { as: auditor, body: kept });
    expectStatus(later, 200);
    expect(later.body).toMatchObject({ ok: true, against: { ok: true, position: kept.position } });
    expect(later.body.chainedUpTo).toBeGreaterThan(kept.position);

    // Someone with database access changes the report and recomputes every later link.
    const [, report] = await api.events(`uppdrag-${uppdragId}`);
    const [{ table }] = await sql.query<{ table: string }>(
      `SELECT 'event_chain_v' || live_version AS table FROM projection_registry WHERE projection = 'event_chain'`,
    );
    const original = await sql.query<{ position: string; hash: string }>(
      `SELECT position, hash FROM ${table}`,
    );
    await api.tamper(report.id, { ...data(report), status: 'pagaende_ej_enligt_plan' });
    try {
      let hash = GENESIS_HASH;
      for (const event of await api.store.readAll()) {
        hash = chainHash(hash, event);
        await sql.query(`UPDATE ${table} SET hash = $2 WHERE position = $1`, [event.position, hash]);
      }
      expect((await api.request('GET', VERIFY, { as: auditor })).body).toMatchObject({ ok: true });

      const rewritten = await api.request('POST', VERIFY, { as: auditor, body: kept });
      expectStatus(rewritten, 200);
      expect(rewritten.body).toMatchObject({
        ok: false,
        against: {
          ok: false,
          position: kept.position,
          reason: 'hash-differs',
          message: 'Loggen fram till det sparade huvudet har skrivits om: hashen stämmer inte.',
        },
      });
    } finally {
      await api.tamper(report.id, report.data);
      for (const row of original) {
        await sql.query(`UPDATE ${table} SET hash = $2 WHERE position = $1`, [row.position, row.hash]);
      }
    }
    expect((await api.request('POST', VERIFY, { as: auditor, body: kept })).body).toMatchObject({ ok: true });
  });

  it('refuses something that is not a kept head with 400, naming the field', async () => {
    const hash = 'a'.repeat(64);
    for (const [body, fields] of [
      [{}, ['position', 'hash']],
      [{ position: -1, hash }, ['position']],
      [{ position: 1.5, hash }, ['position']],
      [{ position: 1, hash: 'abc' }, ['hash']],
      [{ position: 1, hash: 'A'.repeat(64) }, ['hash']],
      [{ position: 1, hash, eventCount: 'två' }, ['eventCount']],
      [{ position: 1, hash, chain: 'sparbar:event-chain:v2' }, ['chain']],
      [{ position: 1, hash, signature: 'x' }, ['signature']],
      [[1, 2], ['body']],
    ] as const) {
      const answer = await api.request('POST', VERIFY, { as: auditor, body });
      expect({
        body,
        status: answer.status,
        code: answer.body.code,
        fields: answer.body.errors?.map((e: { field: string }) => e.field),
      }).toEqual({ body, status: 400, code: 'VALIDATION_FAILED', fields });
    }
  });
});

describe('who may', () => {
  const calls = [
    { method: 'GET', path: HANDELSER },
    { method: 'GET', path: VERIFY },
    { method: 'POST', path: VERIFY, body: { position: 0, hash: GENESIS_HASH } },
    { method: 'GET', path: HEAD },
  ];
  const status = async (call: (typeof calls)[number], as?: Actor) =>
    (await api.request(call.method, call.path, { ...(as ? { as } : {}), body: call.body })).status;

  it('answers 401 without a token', async () => {
    for (const call of calls) expect({ ...call, status: await status(call) }).toMatchObject({ status: 401 });
  });

  it('lets auditors and the regiondirektör search the trail and check the chain', async () => {
    for (const who of [ACTORS.auditor, ACTORS.regiondirektor, migrering]) {
      for (const call of calls)
        expect({ who, ...call, status: await status(call, who) }).toMatchObject({ status: 200 });
    }
  });

  it('lets an administrator check the chain, but not read who did what (403)', async () => {
    const [trail, ...chain] = calls;
    const refused = await api.request('GET', trail.path, { as: ACTORS.admin });
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({
      code: 'FORBIDDEN',
      detail: 'Du har inte behörighet att läsa händelseloggen.',
    });
    for (const call of chain)
      expect({ ...call, status: await status(call, ACTORS.admin) }).toMatchObject({ status: 200 });
  });

  it('refuses officers, secretaries and a bare importer everywhere with 403', async () => {
    const others = [
      ACTORS.officerRecipient,
      ACTORS.secretaryRecipient,
      ACTORS.secretaryGiver,
      ACTORS.importerOnly,
    ];
    for (const who of others) {
      for (const call of calls)
        expect({ who, ...call, status: await status(call, who) }).toMatchObject({ status: 403 });
    }
    const chain = await api.request('GET', VERIFY, { as: ACTORS.officerRecipient });
    expect(chain.body).toMatchObject({
      code: 'FORBIDDEN',
      detail: 'Du har inte behörighet att kontrollera händelsekedjan.',
    });
  });

  it('describes the endpoints in the API description', async () => {
    const document = (await api.request('GET', '/api/docs-json')).body;
    expect(Object.keys(document.paths)).toEqual(expect.arrayContaining([HANDELSER, VERIFY, HEAD]));
    expect(Object.keys(document.paths[VERIFY])).toEqual(expect.arrayContaining(['get', 'post']));
    expect(document.paths[HEAD].get.responses['409']).toBeDefined();
    expect(document.paths[HANDELSER].get.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['from', 'to', 'time', 'organ', 'person', 'item', 'limit', 'cursor']),
    );
  });
});
