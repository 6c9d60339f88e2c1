import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDataDir } from '../src/startup/data-dir-lock';

describe('lockDataDir', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'sparbar-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the folder and a lock naming this process, removed on release', () => {
    const folder = join(dir, 'ny', 'data');
    const lock = lockDataDir(folder);
    expect(JSON.parse(readFileSync(join(folder, 'sparbar.lock'), 'utf8')).pid).toBe(process.pid);
    lock.release();
    expect(existsSync(join(folder, 'sparbar.lock'))).toBe(false);
  });

  it('refuses while another live process holds the folder', () => {
    writeFileSync(join(dir, 'sparbar.lock'), JSON.stringify({ pid: process.ppid }));
    expect(() => lockDataDir(dir)).toThrow(
      `DATA_DIR: ${dir} används redan av en annan Spårbar-process (pid ${process.ppid})`,
    );
  });

  it('takes over a lock left by a process that has died, or by a former life of this pid', () => {
    const dead = spawnSync(process.execPath, ['-e', '0']).pid;
    writeFileSync(join(dir, 'sparbar.lock'), JSON.stringify({ pid: dead }));
    lockDataDir(dir).release();

    // A restarted container is pid 1 again: a lock with our own pid that we do not hold is stale.
    writeFileSync(join(dir, 'sparbar.lock'), JSON.stringify({ pid: process.pid }));
    lockDataDir(dir).release();

    writeFileSync(join(dir, 'sparbar.lock'), '{"pid":');
    lockDataDir(dir).release();
  });

  it('refuses a second lock on the same folder within this process', () => {
    const lock = lockDataDir(dir);
    expect(() => lockDataDir(dir)).toThrow(/används redan/);
    lock.release();
  });
});
