/**
 * The witness folder: one file per witnessed head, created exclusively and fsynced, never rewritten
 * (append-only by construction), named so that name order is position order. The signing key lives
 * beside them unless WITNESS_KEY_FILE names one elsewhere; it is generated once, on first use.
 */
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs';
import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { parseWitness, signWitness, type UnsignedWitness, type Witness } from './witness-record';

const NAME = /^huvud-(\d{15})-(\d{8}T\d{9}Z)\.json$/;
const KEY_FILE = 'vittnesnyckel.pem';

export class WitnessFolder {
  private key: KeyObject | undefined;

  constructor(
    readonly dir: string,
    private readonly keyFile?: string,
  ) {}

  /** Signs and writes a witness; never replaces a file that is there. */
  write(unsigned: UnsignedWitness): Witness {
    const witness = signWitness(unsigned, this.privateKey());
    const stamp = unsigned.recordedAt.replace(/[-:.]/g, '');
    const name = `huvud-${String(unsigned.position).padStart(15, '0')}-${stamp}.json`;
    writeOnce(join(this.dir, name), `${JSON.stringify(witness, null, 2)}\n`);
    syncDir(this.dir);
    return witness;
  }

  /** The newest witness (highest position, then latest time), or undefined before the first. */
  latest(): Witness | undefined {
    return this.newest(() => true);
  }

  /**
   * The newest witness of a head before `position`. A report's cutoff names this one: the worker
   * witnesses only heads the chain has reached, so once a cutoff exists no later witness can fall
   * before it, and the same cutoff names the same witness for good.
   */
  latestBefore(position: number): Witness | undefined {
    return this.newest((p) => p < position);
  }

  /** The public key (SPKI PEM) an auditor checks signatures with; undefined before the key exists. */
  publicKeyPem(): string | undefined {
    const key = this.existingKey();
    return key ? createPublicKey(key).export({ type: 'spki', format: 'pem' }).toString() : undefined;
  }

  /** The key, created on first need. */
  privateKey(): KeyObject {
    const existing = this.existingKey();
    if (existing) return existing;
    const { privateKey } = generateKeyPairSync('ed25519');
    mkdirSync(this.dir, { recursive: true });
    writeOnce(this.keyPath(), privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 0o600);
    this.key = privateKey;
    return privateKey;
  }

  private existingKey(): KeyObject | undefined {
    if (this.key) return this.key;
    try {
      this.key = createPrivateKey(readFileSync(this.keyPath()));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    return this.key;
  }

  private keyPath(): string {
    return this.keyFile ?? join(this.dir, KEY_FILE);
  }

  private newest(accept: (position: number) => boolean): Witness | undefined {
    const names = list(this.dir)
      .filter((n) => NAME.test(n) && accept(Number(NAME.exec(n)![1])))
      .sort();
    for (const name of names.reverse()) {
      const witness = parseWitness(readFileSync(join(this.dir, name), 'utf8'));
      if (witness) return witness;
    }
    return undefined;
  }
}

function list(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

function writeOnce(path: string, text: string, mode = 0o444): void {
  mkdirSync(join(path, '..'), { recursive: true });
  const fd = openSync(path, 'wx', mode);
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

function syncDir(dir: string): void {
  const fd = openSync(dir, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}
