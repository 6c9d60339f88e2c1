/**
 * Granskning: the chain head witnessed outside the database. The worker in the API process signs and
 * writes the head to the witness folder (here a temporary one, WITNESS_DIR) and, with SMTP, mails it to
 * the auditors for the last closed tertial. The default verification compares the log with the last
 * witness: a tail deleted from both the log and the chain (which the chain check alone lets through) is
 * found and the witnessed head named; an edited event is still found at its position.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { witnessSignatureHolds } from '@sparbar/audit';
import { type JsonObject } from '@sparbar/event-store';
import { SmtpSink } from '../../../libs/reminders/test/support/smtp-sink';
import { type ApiHarness, eventually, startTestApi } from './support/api-harness';
import { ACTORS, expectStatus, setup } from './support/fixtures';

const VERIFY = '/api/granskning/kedja/verifiering';
const WITNESS = '/api/granskning/kedja/vittne';
const auditor = ACTORS.auditor;
const REVISOR = 'revisorerna@region.example.se';

let api: ApiHarness;
let sink: SmtpSink;
let witnessDir: string;
beforeAll(async () => {
  sink = await SmtpSink.start();
  witnessDir = mkdtempSync(join(tmpdir(), 'sparbar-vittne-'));
  api = await startTestApi({
    WITNESS_DIR: witnessDir,
    WITNESS_INTERVAL_SECONDS: '0.2',
    WITNESS_MAIL_TO: REVISOR,
    SMTP_URL: sink.url,
  });
});
afterAll(async () => {
  await api?.close();
  await sink?.close();
  rmSync(witnessDir, { recursive: true, force: true });
});

/** Waits until the worker has witnessed the log's newest event; answers the witness endpoint's body. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
async function witnessedHead(): Promise<any> {
  const last = await api.store.headPosition();
  return eventually(
    async () => (await api.request('GET', WITNESS, { as: auditor })).body,
    (body) => body.latest?.position === last,
  );
}

it('writes a signed head outside the database, checks the log against it and mails it at the tertial close', async () => {
  const uppdragId = await setup.uppdrag(api);
  await setup.report(api, uppdragId);
  const { publicKey, latest } = await witnessedHead();

  expect(publicKey).toMatch(/^-----BEGIN PUBLIC KEY-----/);
  expect(witnessSignatureHolds(latest, publicKey)).toBe(true);
  expect(witnessSignatureHolds({ ...latest, position: latest.position - 1 }, publicKey)).toBe(false);
  // One file per witness, written once and read-only.
  const files = readdirSync(witnessDir).filter((f) => f.startsWith('huvud-'));
  const newest = files.sort().at(-1)!;
  expect(JSON.parse(readFileSync(join(witnessDir, newest), 'utf8'))).toEqual(latest);
  expect(statSync(join(witnessDir, newest)).mode & 0o222).toBe(0);

  const verify = await api.request('GET', VERIFY, { as: auditor });
  expectStatus(verify, 200);
  expect(verify.body).toMatchObject({
    ok: true,
    against: { ok: true, position: latest.position },
    witness: {
      position: latest.position,
      eventCount: latest.eventCount,
      hash: latest.hash,
      recordedAt: latest.recordedAt,
      signatureHolds: true,
    },
  });

  // The test day is in tertial 2 of 2025: tertial 1 has closed, and its head goes to the auditors once.
  const [mail] = await eventually(
    async () => sink.to(REVISOR),
    (mails) => mails.length > 0,
  );
  expect(mail.subject).toBe('Spårbar: händelsekedjans huvud vid stängningen av tertial 1 2025');
  expect(mail.text).toContain(`"hash": "${verify.body.witness.hash.slice(0, 20)}`);
  expect(mail.text).toContain('-----BEGIN PUBLIC KEY-----');
  await setup.uppdrag(api);
  await witnessedHead();
  expect(sink.to(REVISOR)).toHaveLength(1);
});

it('names the last witness before a report’s cutoff, the same for the same cutoff however many come later', async () => {
  await setup.uppdrag(api);
  const before = (await witnessedHead()).latest;
  await setup.uppdrag(api);
  const atCutoff = (await witnessedHead()).latest;
  const csv = async () => {
    const path = `/api/rapporter/uppdrag?period=2025-T2&format=csv&cutoff=${atCutoff.position}`;
    const response = await fetch(`${api.url}${path}`, {
      headers: { authorization: `Bearer ${await api.token('person-revisor')}` },
    });
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  };
  const first = await csv();

  expect(first.toString('utf8')).toContain(
    `Senast bevittnade huvud före det: händelse nr ${before.position}, bevittnat ` +
      `${before.recordedAt.slice(0, 16).replace('T', ' ')} UTC (kontrollsumma ${before.hash}).`,
  );
  await setup.uppdrag(api);
  expect((await witnessedHead()).latest.position).toBeGreaterThan(atCutoff.position);
  expect((await csv()).equals(first)).toBe(true);
});

it('finds an edited event with its position, and that the log before the witnessed head was rewritten', async () => {
  const uppdragId = await setup.uppdrag(api);
  await setup.report(api, uppdragId);
  const { latest } = await witnessedHead();
  const [registered] = await api.events(`uppdrag-${uppdragId}`);

  await api.tamper(registered.id, { ...(registered.data as JsonObject), titel: 'Något helt annat' });
  try {
    const verify = await api.request('GET', VERIFY, { as: auditor });
    expectStatus(verify, 200);
    expect(verify.body).toMatchObject({
      ok: false,
      firstMismatch: { position: registered.position, eventId: registered.id, reason: 'changed' },
      against: { ok: false, position: latest.position, reason: 'hash-differs' },
    });
    expect(verify.body.against.message).toBe(
      `Loggen fram till det bevittnade huvudet (händelse nr ${latest.position}, bevittnat ` +
        `${latest.recordedAt.slice(0, 16).replace('T', ' ')} UTC) har skrivits om: hashen stämmer inte.`,
    );
  } finally {
    await api.tamper(registered.id, registered.data);
  }
  expect((await api.request('GET', VERIFY, { as: auditor })).body).toMatchObject({ ok: true });
});

it('fails when the newest event and its chain row are deleted, naming the witnessed head', async () => {
  const uppdragId = await setup.uppdrag(api);
  await setup.report(api, uppdragId);
  const { latest } = await witnessedHead();
  const [, report] = await api.events(`uppdrag-${uppdragId}`);
  expect(report.position).toBe(latest.position);

  await api.truncateTail(report.id);

  const verify = await api.request('GET', VERIFY, { as: auditor });
  expectStatus(verify, 200);
  // The chain agrees with the shortened log: only the witness knows the log went further.
  expect(verify.body.firstMismatch).toBeUndefined();
  expect(verify.body).toMatchObject({
    ok: false,
    against: { ok: false, position: latest.position, reason: 'not-reached' },
    witness: { position: latest.position, recordedAt: latest.recordedAt, signatureHolds: true },
  });
  expect(verify.body.against.message).toBe(
    `Loggen når inte fram till det bevittnade huvudet (händelse nr ${latest.position}, bevittnat ` +
      `${latest.recordedAt.slice(0, 16).replace('T', ' ')} UTC): händelser i slutet av loggen har tagits bort.`,
  );
});

it('shows the witness to those who may check the chain, and to nobody else', async () => {
  expect((await api.request('GET', WITNESS)).status).toBe(401);
  expect((await api.request('GET', WITNESS, { as: ACTORS.officerRecipient })).status).toBe(403);
  expect((await api.request('GET', WITNESS, { as: ACTORS.admin })).status).toBe(200);
});
