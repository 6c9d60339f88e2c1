import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GENESIS_TEXT } from '../chain/hash';
import { WitnessFolder } from './witness-folder';
import { lastClosedTertial, witnessMail } from './witness-mail';
import { type UnsignedWitness, witnessSignatureHolds } from './witness-record';

const head = (position: number, recordedAt: string): UnsignedWitness => ({
  chain: GENESIS_TEXT,
  position,
  eventCount: position,
  hash: String(position % 10).repeat(64),
  eventId: `e-${position}`,
  recordedAt,
});

let dir: string;
beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'vittne-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('the witness folder', () => {
  it('signs each head with a key made once, which the published public key checks', () => {
    const folder = new WitnessFolder(dir);
    const first = folder.write(head(3, '2025-06-18T08:00:00.000Z'));
    const again = new WitnessFolder(dir).write(head(5, '2025-06-18T08:01:00.000Z'));
    const publicKey = new WitnessFolder(dir).publicKeyPem()!;

    expect(witnessSignatureHolds(first, publicKey)).toBe(true);
    expect(witnessSignatureHolds(again, publicKey)).toBe(true);
    expect(witnessSignatureHolds({ ...again, hash: '0'.repeat(64) }, publicKey)).toBe(false);
    expect(witnessSignatureHolds({ ...again, recordedAt: '2025-06-19T08:01:00.000Z' }, publicKey)).toBe(
      false,
    );
  });

  it('writes one file per witness and never rewrites one', () => {
    const folder = new WitnessFolder(dir);
    folder.write(head(3, '2025-06-18T08:00:00.000Z'));
    expect(() => folder.write(head(3, '2025-06-18T08:00:00.000Z'))).toThrow(/EEXIST/);
    expect(readdirSync(dir).filter((f) => f.startsWith('huvud-'))).toEqual([
      'huvud-000000000000003-20250618T080000000Z.json',
    ]);
  });

  it('answers the newest witness, and the newest before a position (a report’s cutoff)', () => {
    const folder = new WitnessFolder(dir);
    expect(folder.latest()).toBeUndefined();
    for (const [p, at] of [
      [3, '2025-06-18T08:00:00.000Z'],
      [12, '2025-06-18T08:01:00.000Z'],
      [100, '2025-06-18T08:02:00.000Z'],
    ] as const)
      folder.write(head(p, at));

    expect(folder.latest()?.position).toBe(100);
    expect(folder.latestBefore(100)?.position).toBe(12);
    expect(folder.latestBefore(12)?.position).toBe(3);
    expect(folder.latestBefore(3)).toBeUndefined();
  });
});

describe('the mail at a tertial’s close', () => {
  it('knows the last closed tertial in Swedish time', () => {
    expect(lastClosedTertial(new Date('2025-04-30T21:59:00Z'))).toEqual({ year: 2024, tertial: 3 });
    expect(lastClosedTertial(new Date('2025-04-30T22:00:00Z'))).toEqual({ year: 2025, tertial: 1 });
    expect(lastClosedTertial(new Date('2025-08-31T22:00:00Z'))).toEqual({ year: 2025, tertial: 2 });
    expect(lastClosedTertial(new Date('2025-12-31T23:00:00Z'))).toEqual({ year: 2025, tertial: 3 });
  });

  it('carries the signed head as JSON and the public key, one Message-ID per tertial', () => {
    const folder = new WitnessFolder(dir);
    const witness = folder.write(head(12, '2025-05-01T06:00:00.000Z'));
    const mail = witnessMail(witness, { year: 2025, tertial: 1 }, folder.publicKeyPem()!);

    expect(mail.subject).toBe('Spårbar: händelsekedjans huvud vid stängningen av tertial 1 2025');
    expect(mail.text).toContain(
      'Tertial 1 2025 har stängt. Här är det bevittnade huvudet (händelse nr 12, bevittnat 2025-05-01 06:00 UTC)',
    );
    expect(mail.text).toContain(JSON.stringify(witness, null, 2));
    expect(mail.text).toContain(folder.publicKeyPem()!.trim());
    expect(mail.messageId).toBe('<vittne-2025-t1-12@sparbar>');
  });
});
