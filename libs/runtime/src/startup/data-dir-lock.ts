import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StartupError, errorCode } from './startup-error';

/** Folders this process holds: a lock naming our own pid that is not here is left from a former life. */
const heldHere = new Set<string>();

export interface DataDirLock {
  release(): void;
}

/**
 * The embedded store must be opened by one process only, and PGlite does not check: two processes on
 * one folder would both write and corrupt it. A lock file with the owner's pid makes the second one
 * refuse to start. Creating it is also the check that the folder can be written to.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = join(dataDir, 'sparbar.lock');
  try {
    mkdirSync(dataDir, { recursive: true });
  } catch (error) {
    throw new StartupError('DATA_DIR', `mappen ${dataDir} kan inte skapas (${errorCode(error) ?? error})`, {
      cause: error,
    });
  }
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, since: new Date().toISOString() }));
      closeSync(fd);
      heldHere.add(file);
      return {
        release: () => {
          heldHere.delete(file);
          rmSync(file, { force: true });
        },
      };
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') {
        throw new StartupError(
          'DATA_DIR',
          `mappen ${dataDir} går inte att skriva till (${errorCode(error) ?? error})`,
          { cause: error },
        );
      }
      const owner = liveOwner(file);
      if (owner !== undefined) {
        throw new StartupError(
          'DATA_DIR',
          `${dataDir} används redan av en annan Spårbar-process (pid ${owner}); bara en process kan öppna den inbäddade lagringen`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new StartupError('DATA_DIR', `låsfilen ${file} kan inte tas`);
}

/**
 * The pid holding the lock if that process still runs; undefined for a stale lock. A container that
 * restarts is pid 1 again, hence the check against the folders this very process holds.
 */
function liveOwner(file: string): number | undefined {
  let owner: { pid?: unknown };
  try {
    owner = JSON.parse(readFileSync(file, 'utf8')) as typeof owner;
  } catch {
    return undefined; // unreadable or half-written: left by a crash while writing it
  }
  if (typeof owner.pid !== 'number') return undefined;
  if (owner.pid === process.pid) return heldHere.has(file) ? owner.pid : undefined;
  try {
    process.kill(owner.pid, 0);
    return owner.pid;
  } catch (error) {
    return errorCode(error) === 'EPERM' ? owner.pid : undefined;
  }
}
