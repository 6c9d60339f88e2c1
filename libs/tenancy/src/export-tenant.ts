/**
 * Export of one tenant: its whole log, read through the event store port (`readAll` of the tenant's
 * own store, a page at a time, whichever store it is: its schema, its prefix in EventStoreDB, or its
 * data folder — lent by the front's application of it when that has the folder open), as the lines of an export file that verifies on its own
 * (libs/audit/src/chain/export-file.ts: one line per event in global order, the chain head last).
 */
import { exportLines } from '@sparbar/audit/chain/export-file';
import { type EventStore, type StoredEvent } from '@sparbar/event-store';
import { type PlatformDeps } from './provision-tenant';
import { TenancyError } from './tenant';
import { type BorrowTenantStore, openTenantStore } from './tenant-stores';

const PAGE = 1_000;
const SETTLE_POLL_MS = 20;

/**
 * The tenant's export, line by line. The tenant is looked up and its store opened before the first
 * line, so a refusal (unknown or inactive tenant, unreachable server) comes before anything is sent;
 * the store closes when the lines end or the reader stops.
 */
export async function exportTenant(
  deps: Pick<PlatformDeps, 'directory' | 'stores'> & { borrow?: BorrowTenantStore },
  tenantId: string,
  { settleMs = 30_000 }: { settleMs?: number } = {},
): Promise<AsyncGenerator<string>> {
  const tenant = await deps.directory.byId(tenantId);
  if (!tenant) throw new TenancyError('TENANT_NOT_FOUND', `Organisationen ${tenantId} finns inte`);
  if (tenant.state !== 'active') {
    throw new TenancyError('TENANT_NOT_ACTIVE', `Organisationen ${tenantId} är inte aktiv (${tenant.state})`);
  }
  const { store, done } = await openTenantStore(tenant, deps.stores, deps.borrow);
  return (async function* () {
    try {
      yield* exportLines(logOf(store, settleMs));
    } finally {
      await done();
    }
  })();
}

/**
 * The log from the start up to its head when the export began, through `readAll` in pages. `readAll`
 * never skips an event that may still commit: it stops below the oldest write transaction still open
 * on the server, so the export is a prefix of the log without gaps even while the tenant is written to.
 * When it stops short of the head (such a transaction is open), the export waits for it, up to
 * `settleMs`, and then gives up rather than end early: an export holds every event committed before it
 * began.
 */
async function* logOf(store: EventStore, settleMs: number): AsyncGenerator<StoredEvent> {
  const head = await store.headPosition();
  const giveUpAt = Date.now() + settleMs;
  let after = 0;
  while (after < head) {
    const page = await store.readAll({ after, maxCount: PAGE });
    for (const event of page) {
      if (event.position > head) return;
      yield event;
      after = event.position;
    }
    if (page.length < PAGE && after < head) {
      if (Date.now() > giveUpAt) {
        throw new Error(
          `Loggen blev inte färdig till position ${head} inom ${settleMs} ms (en skrivning pågår på servern)`,
        );
      }
      await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
    }
  }
}
