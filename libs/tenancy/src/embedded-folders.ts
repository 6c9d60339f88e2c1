/**
 * An embedded tenant's data folder (`<PLATFORM_DATA_DIR>/tenants/<id>`): the PGlite store in
 * `eventstore/`, its witness in `vittne/`. PGlite lets one process open a folder and does not check:
 * the process that opens it writes `sparbar.lock` with its pid (libs/runtime's data-dir lock), which is
 * what tells another process (the CLI) to keep out.
 */
import { existsSync, readFileSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { TenancyError } from './tenant';

export function tenantFolder(platformDataDir: string, tenantId: string): string {
  return join(platformDataDir, 'tenants', tenantId);
}

/** Bytes of every file under the folder, or null when there is no folder. */
export async function folderSize(dir: string): Promise<number | null> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => null);
  if (!entries) return null;
  let bytes = 0;
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    bytes += await stat(join(entry.parentPath, entry.name)).then(
      (s) => s.size,
      () => 0,
    );
  }
  return bytes;
}

/** Whether the folder holds an embedded store (PGlite's own marker, written at its first open). */
export function hasEmbeddedStore(dir: string): boolean {
  return existsSync(join(dir, 'eventstore', 'PG_VERSION'));
}

/** Whether anything is there already (a folder left by a removal that failed, or someone else's). */
export async function folderInUse(dir: string): Promise<boolean> {
  const entries = await readdir(dir).catch(() => null);
  return entries !== null && entries.length > 0;
}

/**
 * Refuses when another running process holds the folder (its application is open there). A lock naming
 * this very process counts only with `ownCounts`: a caller that can close what this process has open
 * (the front, which closes its application first) passes false; one that cannot (the CLI) true.
 */
export function ensureNotHeldElsewhere(dir: string, tenantId: string, ownCounts: boolean): void {
  let owner: { pid?: unknown };
  try {
    owner = JSON.parse(readFileSync(join(dir, 'sparbar.lock'), 'utf8')) as typeof owner;
  } catch {
    return;
  }
  if (typeof owner.pid !== 'number' || (owner.pid === process.pid && !ownCounts)) return;
  try {
    process.kill(owner.pid, 0);
  } catch {
    return; // a lock left by a process that is gone
  }
  throw new TenancyError(
    'TENANT_BUSY',
    `Organisationen ${tenantId} är öppen i en annan process (pid ${owner.pid}): gör det genom plattformens API`,
  );
}

export async function removeFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
