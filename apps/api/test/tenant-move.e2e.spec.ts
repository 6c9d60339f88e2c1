/**
 * Moving an organisation to another PostgreSQL server while it is written to (issue 22): several
 * clients register uppdrag on its host without pause while the platform administrator moves it from
 * the machine's server to a second one. Every 201 the clients got is in the new server's log exactly
 * once and nothing else is; the writes refused during the switch got 503 with Retry-After and went
 * through when tried again; the log on the new server is the old one event for event (positions
 * included), its export verifies, and its period table shows the reports. A move to the server it is
 * on, of an unknown organisation, or to a server that does not answer, is refused and changes nothing.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { authSettingsFromEnv, issueDevToken } from '@sparbar/auth';
import { Client } from 'pg';
import { type EventStore, openEventStore, type StoredEvent } from '@sparbar/event-store';
import { issuePlatformToken, platformKey } from '@sparbar/tenancy';
import { runPlatformCli } from '@sparbar/tenancy/cli';
import { startSecondPostgres, type SecondPostgres } from '../../../test/support/second-postgres';
import { TEST_DATABASE_URL, withClient } from '../../../test/support/postgres';
import { type ApiHarness, DEV_SECRET, startTestApi, USERS } from './support/api-harness';
import { THIS_MONTH, uppdragBody } from './support/fixtures';
import { requestOnHost } from './support/tenant-hosts';

const PLATFORM_SECRET = 'platform-secret-for-the-tests-0123456789abcdef';
const run = randomBytes(3).toString('hex');
const platformSchema = `plattform_${run}`;
const A = `region-flytt-${run}`;
const schemaA = `tenant_region_flytt_${run}`;
const host = `${A}.sparbar.test`;
const moveOf = (tenantId: string) => `/api/plattform/organisationer/${tenantId}/flytt`;
const WRITERS = 4;

async function logOf(url: string): Promise<StoredEvent[]> {
  const { store } = await openEventStore({ kind: 'postgres', url, schema: schemaA });
  try {
    return await everything(store);
  } finally {
    await store.close();
  }
}

async function everything(store: EventStore): Promise<StoredEvent[]> {
  const all: StoredEvent[] = [];
  for await (const e of store.readRange({ upTo: await store.headPosition() })) all.push(e);
  return all;
}

describe('an organisation moved to another server under write load', () => {
  let api: ApiHarness;
  let second: SecondPostgres;
  let platform: { headers: { authorization: string } };
  const folder = mkdtempSync(join(tmpdir(), 'sparbar-move-'));
  const settings = authSettingsFromEnv({ AUTH_DEV_SECRET: DEV_SECRET }, folder);
  const tokenOf = (personId: string) =>
    issueDevToken(
      settings,
      { personId, roles: [...USERS[personId].roles], organId: USERS[personId].organId ?? null },
      '1h',
      A,
    );
  const cliEnv = {
    ...process.env,
    PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
    PLATFORM_SCHEMA: platformSchema,
    PLATFORM_SECRET,
  };
  const schemaOnSecond = async () => {
    const client = new Client({ connectionString: second.url });
    await client.connect();
    try {
      const { rowCount } = await client.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schemaA]);
      return rowCount === 1;
    } finally {
      await client.end();
    }
  };
  const listed = async () => {
    const answer = await api.request('GET', '/api/plattform/organisationer', platform);
    return answer.body.find((t: { tenantId: string }) => t.tenantId === A);
  };

  beforeAll(async () => {
    second = await startSecondPostgres();
    api = await startTestApi({
      PLATFORM_DATABASE_URL: TEST_DATABASE_URL,
      PLATFORM_SCHEMA: platformSchema,
      PLATFORM_SECRET,
    });
    const token = await issuePlatformToken(platformKey(PLATFORM_SECRET), 'driftansvarig');
    platform = { headers: { authorization: `Bearer ${token}` } };
    const provisioned = await api.request('POST', '/api/plattform/organisationer', {
      ...platform,
      body: {
        tenantId: A,
        namn: `Regionen ${A}`,
        kind: 'region',
        hosts: [host],
        serverUrl: TEST_DATABASE_URL,
        organs: [
          {
            organId: 'regionfullmaktige',
            namn: 'Regionfullmäktige',
            kortnamn: 'RF',
            typ: 'regionfullmaktige',
          },
        ],
      },
    });
    expect(provisioned.status).toBe(201);
  });

  afterAll(async () => {
    await api?.close();
    await withClient(async (c) => {
      await c.query(`DROP SCHEMA IF EXISTS "${platformSchema}" CASCADE`);
      await c.query(`DROP SCHEMA IF EXISTS "${schemaA}" CASCADE`);
    });
    await second?.stop();
  });

  it('refuses a move to the server it is on, of an unknown organisation, or to a server that does not answer', async () => {
    // Its application opens (and writes its development people) before anything is compared.
    const director = await tokenOf('person-regiondirektor');
    expect((await requestOnHost(api.url, host, 'GET', '/api/organs', { token: director })).status).toBe(200);
    // Its size on disk and its projections' lag change as its worker builds read models: compared without.
    const { bytes: _bytes, projectionLag: _lag, ...before } = await listed();

    const same = await api.request('POST', moveOf(A), {
      ...platform,
      body: { serverUrl: TEST_DATABASE_URL },
    });
    expect(same.status).toBe(400);
    expect(same.body).toMatchObject({ code: 'VALIDATION_FAILED', errors: [{ field: 'serverUrl' }] });
    expect(same.body.detail).toContain('redan på den servern');

    const unknown = await api.request('POST', moveOf(`okand-${run}`), {
      ...platform,
      body: { serverUrl: second.url },
    });
    expect(unknown.status).toBe(404);
    await expect(runPlatformCli(['flytta', `okand-${run}`, second.url], cliEnv)).rejects.toThrow(
      /finns inte/,
    );

    const away = await api.request('POST', moveOf(A), {
      ...platform,
      body: { serverUrl: 'postgres://postgres@127.0.0.1:1/test' },
    });
    expect(away.status).toBe(409);
    expect(away.body).toMatchObject({ code: 'SERVER_UNREACHABLE' });

    const notAUrl = await api.request('POST', moveOf(A), { ...platform, body: { serverUrl: 'db2' } });
    expect(notAUrl.status).toBe(400);
    expect((await api.request('POST', moveOf(A), { body: { serverUrl: second.url } })).status).toBe(401);

    // Unchanged: still active on its server, nothing made on the other, and still written to.
    const { bytes: _after, projectionLag: _lagAfter, ...after } = await listed();
    expect(after).toEqual(before);
    expect(await schemaOnSecond()).toBe(false);
    const uppdrag = uppdragBody();
    const written = await requestOnHost(api.url, host, 'POST', '/api/uppdrag', {
      token: director,
      body: uppdrag,
    });
    expect(written.status).toBe(201);
  });

  it('moves it while clients write: every 201 there once, nothing else, 503s with Retry-After during the switch only', async () => {
    const director = await tokenOf('person-regiondirektor');
    // A report before the move, for the period table on the new server.
    const reported = uppdragBody();
    expect(
      (await requestOnHost(api.url, host, 'POST', '/api/uppdrag', { token: director, body: reported }))
        .status,
    ).toBe(201);
    const report = {
      period: THIS_MONTH,
      status: 'pagaende_enligt_plan',
      kommentar: 'Arbetet följer planen.',
    };
    const reportPath = `/api/uppdrag/${reported.uppdragId as string}/reports`;
    expect(
      (await requestOnHost(api.url, host, 'POST', reportPath, { token: director, body: report })).status,
    ).toBe(200);

    const created: string[] = [];
    const refused: { status: number; retryAfter: unknown; code: unknown }[] = [];
    const unexpected: string[] = [];
    let moved = false;
    let afterMove = 0;
    const writer = async (w: number) => {
      for (let i = 0; !moved || afterMove < WRITERS * 3; i++) {
        const body = uppdragBody({ uppdragId: `flytt-${w}-${i}-${run}` });
        for (;;) {
          const answer = await requestOnHost(api.url, host, 'POST', '/api/uppdrag', {
            token: director,
            body,
          });
          if (answer.status === 201) {
            created.push(body.uppdragId as string);
            if (moved) afterMove++;
            break;
          }
          if (answer.status === 503) {
            refused.push({ status: 503, retryAfter: answer.headers['retry-after'], code: answer.body?.code });
            await new Promise((resolve) => setTimeout(resolve, 50));
            continue;
          }
          unexpected.push(`${answer.status} ${answer.text}`);
          return;
        }
      }
    };
    const writing = Array.from({ length: WRITERS }, (_, w) => writer(w));
    // Let the writers get going on the old server first.
    while (created.length < WRITERS * 3 && unexpected.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const answer = await api.request('POST', moveOf(A), { ...platform, body: { serverUrl: second.url } });
    moved = true;
    await Promise.all(writing);

    expect(unexpected).toEqual([]);
    expect(answer.status).toBe(200);
    expect(answer.body.tenant).toMatchObject({ tenantId: A, state: 'active', server: second.url });
    expect(answer.body.head.chain).toBe('sparbar:event-chain:v1');
    // Refused only as "try again shortly", each saying when; every one of them went through on retry.
    expect(refused.length).toBeGreaterThan(0);
    for (const r of refused) expect(r.retryAfter).toMatch(/^\d+$/);
    // The front's refusal while it moves; an append already under way when the old log was sealed is
    // refused by the store (unavailable), never stored there after the copy.
    expect(refused.map((r) => r.code)).toContain('TENANT_MOVING');
    for (const r of refused) expect(['TENANT_MOVING', 'STORE_UNAVAILABLE']).toContain(r.code);

    // The new server's log: every uppdrag a client got 201 for, once, and no other of theirs.
    const target = await logOf(second.url);
    const registered = target
      .filter((e) => e.type === 'UppdragRegistered' && String(e.stream).includes(`-${run}`))
      .map((e) => (e.data as { uppdragId: string }).uppdragId);
    expect(registered.filter((id) => id.startsWith('flytt-')).sort()).toEqual([...created].sort());
    expect(new Set(registered).size).toBe(registered.length);

    // Up to the move's head, the new log is the old one event for event, positions included; the old
    // one took nothing after it (sealed).
    const source = await logOf(TEST_DATABASE_URL);
    expect(source[source.length - 1].position).toBe(answer.body.head.position);
    expect(source).toHaveLength(answer.body.head.eventCount);
    expect(target.slice(0, source.length)).toEqual(source);
    expect(target.slice(source.length).every((e) => e.position > answer.body.head.position)).toBe(true);
    expect(target.length).toBeGreaterThan(source.length);

    // Its export now comes from the new server and verifies from the file alone.
    const exported = await api.request('GET', `/api/plattform/organisationer/${A}/export`, platform);
    const file = join(folder, 'flyttad.ndjson');
    writeFileSync(file, exported.text);
    const verified = await runPlatformCli(['verifiera', file], cliEnv);
    expect(verified[0]).toContain(`kedjan stämmer, ${target.length} händelser`);

    // The period table on the new server shows the report written before the move.
    const table = await requestOnHost(api.url, host, 'GET', `/api/perioder/${THIS_MONTH}/uppdrag?organ=hsn`, {
      token: director,
    });
    expect(table.status).toBe(200);
    const row = table.body.rows.find((r: { uppdragId: string }) => r.uppdragId === reported.uppdragId);
    expect(row).toMatchObject({ rapportering: 'rapporterad', status: 'pagaende_enligt_plan' });

    // The old copy is kept (sealed), so moving back is refused until an administrator removes it.
    const back = await api.request('POST', moveOf(A), {
      ...platform,
      body: { serverUrl: TEST_DATABASE_URL },
    });
    expect(back.status).toBe(409);
    expect(back.body).toMatchObject({ code: 'SCHEMA_TAKEN' });
    expect(await listed()).toMatchObject({ state: 'active', server: second.url });
  });
});
