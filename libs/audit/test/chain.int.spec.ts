/**
 * The hash chain on the real PostgreSQL: built by the projection runner, verified from the events
 * table, and each kind of tampering done directly in the database, as an attacker with database
 * access would. Each test restores the log and the chain afterwards from copies taken once.
 */
import { type StoredEvent } from '@sparbar/event-store';
import { type ProjectionEnvironment } from '@sparbar/projections/environment';
import { checksum } from '@sparbar/projections/checksum';
import { catchUpLive } from '@sparbar/projections/runner/catch-up';
import { rebuild } from '@sparbar/projections/runner/rebuild';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openEnv, testSchema, waitFor, withClient } from '../../projections/test/support/projection-env';
import { INKOP, LOKALER, playYear2023, SAMVERKAN, Scenario } from '../../projections/test/support/scenario';
import { type TestSchema } from '../../../test/support/postgres';
import { eventChainProjection } from '../src/chain/event-chain.projection';
import { chainHash, GENESIS_HASH } from '../src/chain/hash';
import { exportHead, parseKeptHead } from '../src/chain/head';
import { verifyChain } from '../src/chain/verify';
import { verifyAgainstWitness } from '../src/witness/witness-check';
import { WitnessFolder } from '../src/witness/witness-folder';
import { witnessHead } from '../src/witness/witness-head';

let schema: TestSchema;
let env: ProjectionEnvironment;
let log: StoredEvent[];

const sql = (text: string, params: unknown[] = []) =>
  withClient((c) => c.query(text, params).then((r) => r.rows), schema.schema);
const find = (stream: string, type: string) =>
  log.find((e) => e.stream === `uppdrag-${stream}` && e.type === type)!;
/**
 * The store serves only events older than every running transaction on the server, and other people's
 * tests share it: wait until it serves all we wrote, or the chain would be built short.
 */
const untilReadable = () =>
  waitFor('the log to be readable', async () => {
    const head = await env.store.headPosition();
    return (await env.store.readAll()).at(-1)?.position === head;
  });
const chainTable = async () =>
  `event_chain_v${(await sql(`SELECT live_version FROM projection_registry WHERE projection = 'event_chain'`))[0].live_version}`;

beforeAll(async () => {
  schema = await testSchema('audit_chain');
  env = await openEnv(schema);
  await playYear2023(new Scenario(env.store));
  await untilReadable();
  // Small batches: the chain must carry its last hash from one runner transaction to the next.
  await catchUpLive(env, [eventChainProjection], 3);
  log = await env.store.readAll();
  expect(log.length).toBeGreaterThan(10);
  await sql(
    // eslint-disable-next-line no-restricted-syntax -- keeps and restores the log rows the tests tamper with
    'CREATE TABLE events_kept AS SELECT * FROM events; CREATE TABLE chain_kept AS SELECT * FROM event_chain',
  );
});
afterEach(async () => {
  const table = await chainTable();
  // eslint-disable-next-line no-restricted-syntax -- keeps and restores the log rows the tests tamper with
  await sql(`DELETE FROM events; INSERT INTO events SELECT * FROM events_kept;
             DELETE FROM ${table}; INSERT INTO ${table} SELECT * FROM chain_kept`);
});
afterAll(async () => {
  await env.close();
  await schema.drop();
});

describe('the stored chain', () => {
  it('has one link per event in global order, the first from the genesis, each from the one before', async () => {
    const rows = await sql('SELECT position, event_id, hash FROM event_chain ORDER BY position');
    expect(rows.map((r) => r.event_id)).toEqual(log.map((e) => e.id));
    let hash = GENESIS_HASH;
    for (const [i, e] of log.entries()) expect(rows[i].hash).toBe((hash = chainHash(hash, e)));
  });

  it('comes out the same when rebuilt in one batch as when built three events at a time', async () => {
    const before = await checksum(env.db, eventChainProjection);
    await rebuild(env, [eventChainProjection], { batchSize: 1_000 });
    const after = await checksum(env.db, eventChainProjection);
    expect(after).toEqual({ ...before, version: before.version + 1 });
  });
});

describe('verify', () => {
  it('passes an untouched log, and reports events not chained yet as pending', async () => {
    const report = await verifyChain(env.db, env.store);
    expect(report).toMatchObject({
      ok: true,
      checked: log.length,
      chainedUpTo: log.at(-1)!.position,
      pending: 0,
    });
    expect(report.head).toMatchObject({ position: log.at(-1)!.position, eventCount: log.length });
    expect(report.firstMismatch).toBeUndefined();

    await new Scenario(env.store).at('2024-02-01T08:00:00Z').uppdrag(
      'CloseUppdrag',
      { uppdragId: INKOP, kommentar: 'Klart.' },
      {
        personId: 'person-rf-sekreterare',
        roles: ['secretary'],
        organId: 'regionfullmaktige',
      },
    );
    expect(await verifyChain(env.db, env.store)).toMatchObject({ ok: true, checked: log.length, pending: 1 });
    await untilReadable();
    await catchUpLive(env, [eventChainProjection]);
    expect(await verifyChain(env.db, env.store)).toMatchObject({
      ok: true,
      checked: log.length + 1,
      pending: 0,
    });
    await sql(`DELETE FROM ${await chainTable()} WHERE position > $1`, [log.at(-1)!.position]);
    await sql(
      `UPDATE projection_versions SET checkpoint = $1 WHERE projection = 'event_chain' AND state = 'live'`,
      [log.at(-1)!.position],
    );
    // eslint-disable-next-line no-restricted-syntax -- removes the event this test added, so the others see the log they expect
    await sql(`DELETE FROM events WHERE position > $1`, [log.at(-1)!.position]);
  });

  it('(a) catches a row changed directly in the database and names it', async () => {
    const report = find(INKOP, 'UppdragStatusReported');
    await sql(
      // eslint-disable-next-line no-restricted-syntax -- tampers with a log row on purpose, as someone with database access would
      `UPDATE events SET data = jsonb_set(data, '{kommentar}', '"Allt går enligt plan."') WHERE event_id = $1`,
      [report.id],
    );
    expect(await verifyChain(env.db, env.store)).toMatchObject({
      ok: false,
      checked: log.indexOf(report),
      firstMismatch: { position: report.position, eventId: report.id, reason: 'changed' },
    });
  });

  it('(a) also catches a change of metadata or of the recorded time alone', async () => {
    const registered = find(SAMVERKAN, 'UppdragRegistered');
    // eslint-disable-next-line no-restricted-syntax -- tampers with a log row on purpose, as someone with database access would
    await sql(`UPDATE events SET recorded_at = recorded_at - interval '1 day' WHERE event_id = $1`, [
      registered.id,
    ]);
    expect((await verifyChain(env.db, env.store)).firstMismatch).toMatchObject({
      eventId: registered.id,
      reason: 'changed',
    });
  });

  it('(b) catches a row deleted and names it', async () => {
    const withdrawn = find(LOKALER, 'UppdragWithdrawn');
    // eslint-disable-next-line no-restricted-syntax -- tampers with a log row on purpose, as someone with database access would
    await sql('DELETE FROM events WHERE event_id = $1', [withdrawn.id]);
    expect(await verifyChain(env.db, env.store)).toMatchObject({
      ok: false,
      firstMismatch: { position: withdrawn.position, eventId: withdrawn.id, reason: 'missing' },
    });
  });

  it('(c) catches two rows whose data and type were swapped, naming the first', async () => {
    const [first, second] = [find(INKOP, 'UppdragStatusReported'), find(INKOP, 'UppdragReportCorrected')];
    await sql(
      // eslint-disable-next-line no-restricted-syntax -- tampers with a log row on purpose, as someone with database access would
      `UPDATE events e SET data = o.data, type = o.type FROM events_kept o
        WHERE (e.event_id, o.event_id) IN (($1::uuid, $2::uuid), ($2::uuid, $1::uuid))`,
      [first.id, second.id],
    );
    expect((await verifyChain(env.db, env.store)).firstMismatch).toMatchObject({
      position: first.position,
      eventId: first.id,
      reason: 'changed',
    });
  });

  it('(c) catches two rows whose positions were swapped, naming the first and what lies there now', async () => {
    const [first, second] = [find(INKOP, 'UppdragStatusReported'), find(SAMVERKAN, 'UppdragClosed')];
    await sql(
      // eslint-disable-next-line no-restricted-syntax -- tampers with a log row on purpose, as someone with database access would
      `UPDATE events SET position = -1 WHERE position = $1;
       UPDATE events SET position = $1 WHERE position = $2;
       UPDATE events SET position = $2 WHERE position = -1;`
        .replace(/\$1/g, String(first.position))
        .replace(/\$2/g, String(second.position)),
    );
    expect((await verifyChain(env.db, env.store)).firstMismatch).toMatchObject({
      position: first.position,
      eventId: first.id,
      foundEventId: second.id,
      reason: 'order',
    });
  });

  it('catches a row inserted behind the application’s back', async () => {
    const template = find(LOKALER, 'UppdragRegistered');
    await sql(
      // eslint-disable-next-line no-restricted-syntax -- tampers with a log row on purpose, as someone with database access would
      `INSERT INTO events (position, event_id, stream_id, revision, type, data, metadata, recorded_at)
       SELECT position + 1, gen_random_uuid(), 'uppdrag-2023-falskt', 0, type, data, metadata, recorded_at
         FROM events WHERE event_id = $1`,
      [template.id],
    );
    expect((await verifyChain(env.db, env.store)).firstMismatch).toMatchObject({
      position: template.position + 1,
      reason: 'unexpected',
    });
  });

  it('tells an edited chain row from a changed event', async () => {
    const report = find(INKOP, 'UppdragStatusReported');
    await sql(`UPDATE ${await chainTable()} SET hash = repeat('0', 64) WHERE event_id = $1`, [report.id]);
    expect((await verifyChain(env.db, env.store)).firstMismatch).toMatchObject({
      eventId: report.id,
      reason: 'chain-altered',
    });
  });
});

describe('the kept head', () => {
  it('catches a consistent rewrite of the events and the chain table that verify alone cannot', async () => {
    const kept = parseKeptHead(
      JSON.stringify(await exportHead(env.db, env.store, new Date('2024-02-01T00:00:00Z'))),
    );
    expect(kept).toEqual({
      position: log.at(-1)!.position,
      hash: expect.any(String),
      eventCount: log.length,
    });
    expect(await verifyChain(env.db, env.store, { against: kept })).toMatchObject({
      ok: true,
      against: { ok: true },
    });

    // The attacker changes an old report and recomputes every later link with the published algorithm.
    const target = find(INKOP, 'UppdragStatusReported');
    await sql(
      // eslint-disable-next-line no-restricted-syntax -- tampers with a log row on purpose, as someone with database access would
      `UPDATE events SET data = jsonb_set(data, '{status}', '"pagaende_ej_enligt_plan"') WHERE event_id = $1`,
      [target.id],
    );
    const table = await chainTable();
    const rewritten = await env.store.readAll();
    let hash = GENESIS_HASH;
    for (const e of rewritten) {
      hash = chainHash(hash, e);
      await sql(`UPDATE ${table} SET hash = $2 WHERE position = $1`, [e.position, hash]);
    }

    expect(await verifyChain(env.db, env.store)).toMatchObject({ ok: true });
    expect(await verifyChain(env.db, env.store, { against: kept })).toMatchObject({
      ok: false,
      against: { ok: false, position: kept.position, reason: 'hash-differs' },
    });
  });

  it('is refused while the chain is broken', async () => {
    // eslint-disable-next-line no-restricted-syntax -- tampers with a log row on purpose, as someone with database access would
    await sql('DELETE FROM events WHERE event_id = $1', [find(LOKALER, 'UppdragWithdrawn').id]);
    await expect(exportHead(env.db, env.store)).rejects.toMatchObject({ code: 'AUDIT_CHAIN_BROKEN' });
  });
});

describe('the witnessed head', () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'vittne-int-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const at = new Date('2024-01-15T09:00:00Z');

  it('is written once per head the chain reaches, only from a chain that verifies', async () => {
    const folder = new WitnessFolder(dir);
    const witness = await witnessHead(env.db, env.store, folder, at);
    expect(witness).toMatchObject({ position: log.at(-1)!.position, eventCount: log.length });
    expect(await witnessHead(env.db, env.store, folder, new Date('2024-01-15T09:01:00Z'))).toBeUndefined();
    expect(readdirSync(dir).filter((f) => f.startsWith('huvud-'))).toHaveLength(1);
  });

  it('catches a tail cut off both the log and the chain, which the chain alone lets through', async () => {
    const folder = new WitnessFolder(dir);
    const witness = (await witnessHead(env.db, env.store, folder, at))!;
    const tail = log.at(-1)!;
    // eslint-disable-next-line no-restricted-syntax -- deletes a log row on purpose, as someone with database access would
    await sql('DELETE FROM events WHERE event_id = $1', [tail.id]);
    await sql(`DELETE FROM ${await chainTable()} WHERE event_id = $1`, [tail.id]);

    expect(await verifyChain(env.db, env.store)).toMatchObject({ ok: true });
    const report = await verifyAgainstWitness(env.db, env.store, folder);
    expect(report).toMatchObject({
      ok: false,
      against: { ok: false, position: tail.position, reason: 'not-reached' },
      witness: { position: tail.position, recordedAt: witness.recordedAt, signatureHolds: true },
    });
    expect(report.against).toMatchObject({
      message: `Loggen når inte fram till det bevittnade huvudet (händelse nr ${tail.position}, bevittnat 2024-01-15 09:00 UTC): händelser i slutet av loggen har tagits bort.`,
    });
  });

  it('does not take a witness whose signature fails', async () => {
    const folder = new WitnessFolder(dir);
    const witness = (await witnessHead(env.db, env.store, folder, at))!;
    const forged = { ...witness, position: witness.position + 16384, recordedAt: '2024-01-16T09:00:00.000Z' };
    writeFileSync(join(dir, 'huvud-999999999999999-20240116T090000000Z.json'), JSON.stringify(forged));

    expect(await verifyAgainstWitness(env.db, env.store, folder)).toMatchObject({
      ok: false,
      against: { ok: false, reason: 'signature-invalid' },
      witness: { position: forged.position, signatureHolds: false },
    });
  });
});
