/**
 * A tenant moved to another PostgreSQL server (issue 22), without losing an event and refusing writes
 * only while it switches:
 *
 * 1. its log is copied verbatim (`importEvents`: positions, ids, revisions, recordedAt) into its schema
 *    on the target, read through the port (`readAll`), while the tenant stays writable, and the target's
 *    read models are built from it;
 * 2. state `moving`: the front answers writes 503 with Retry-After, reads still come from the source;
 *    the source's log is sealed (tenant-servers.ts: appends under way commit first, later ones fail),
 *    and the rest is copied;
 * 3. the chain, computed batch by batch as the copy went (chain-tally.ts) over what the old server gave
 *    and what the new one gives back, must agree up to the sealed head: hash, position and count;
 * 4. the target's read models catch up, then the directory points to the target and the tenant is
 *    `active` again (one change, notified to every front).
 *
 * A failure before the switch leaves the tenant active on the source (unsealed) and removes the
 * target's schema. The source's schema is kept after the switch, sealed: an administrator drops it once
 * the move is confirmed (docs/tenancy.md).
 */
import { type ExportedChainHead } from '@sparbar/audit/chain/export-file';
import { type EventStore, openEventStore, type StoredEvent } from '@sparbar/event-store';
import { ChainTally } from './chain-tally';
import {
  dropSchema,
  schemaExists,
  sealSchema,
  serverIdentity,
  unsealSchema,
} from './postgres/tenant-servers';
import { type Tenant, TenancyError } from './tenant';
import { type TenantDirectory } from './tenant-directory.port';

const BATCH = 1_000;

export interface TenantStoreSettings {
  kind: 'postgres';
  url: string;
  schema: string;
}

export interface MoveTenantDeps {
  directory: TenantDirectory;
  /** Builds the tenant's read models on a server from its log there, or brings them up to date. */
  buildReadModels?: (settings: TenantStoreSettings) => Promise<void>;
}

export interface MoveReport {
  tenant: Tenant;
  from: string;
  /** The chain through the last event, the same on both servers. */
  head: ExportedChainHead;
  /** How long writes were refused (state `moving` until the switch), in ms. */
  writesRefusedMs: number;
}

export async function moveTenant(
  deps: MoveTenantDeps,
  tenantId: string,
  targetUrl: string,
): Promise<MoveReport> {
  const tenant = await deps.directory.byId(tenantId);
  if (!tenant) throw new TenancyError('TENANT_NOT_FOUND', `Organisationen ${tenantId} finns inte`);
  if (tenant.logStore !== 'postgres' || tenant.serverUrl === null) {
    // The copy keeps positions as PostgreSQL gives them (importEvents); EventStoreDB's are the
    // cluster's own, and a data folder is not on a server at all.
    throw new TenancyError(
      'NOT_MOVABLE',
      `Organisationen ${tenantId} har sin logg ${tenant.logStore === 'embedded' ? 'i en egen datamapp' : 'i EventStoreDB'}: bara en organisation med loggen i PostgreSQL kan flyttas till en annan server`,
    );
  }
  if (tenant.state !== 'active') {
    throw new TenancyError('TENANT_NOT_ACTIVE', `Organisationen ${tenantId} är inte aktiv (${tenant.state})`);
  }
  if (typeof targetUrl !== 'string' || !/^postgres(ql)?:\/\/[^/]/.test(targetUrl)) {
    throw new TenancyError('INVALID_TENANT', 'Servern anges som postgres://…', 'serverUrl');
  }
  const target = await serverIdentity(targetUrl).catch((error: unknown) => {
    throw new TenancyError(
      'SERVER_UNREACHABLE',
      `Servern ${hostOf(targetUrl)} svarar inte: ${messageOf(error)}`,
    );
  });
  if (target === (await serverIdentity(tenant.serverUrl))) {
    throw new TenancyError(
      'INVALID_TENANT',
      `Organisationen ${tenantId} finns redan på den servern`,
      'serverUrl',
    );
  }
  if (await schemaExists(targetUrl, tenant.schema)) {
    throw new TenancyError('SCHEMA_TAKEN', `Schemat ${tenant.schema} finns redan på målservern`, 'serverUrl');
  }
  const settings: TenantStoreSettings = { kind: 'postgres', url: targetUrl, schema: tenant.schema };
  let sealed = false;
  let moving = false;
  let switched = false;
  let refusedSince = 0;
  const { store: from } = await openEventStore({
    kind: 'postgres',
    url: tenant.serverUrl,
    schema: tenant.schema,
  });
  try {
    const { store: to } = await openEventStore(settings);
    try {
      // The chain as read from the old server, and as the new one gives the copy back.
      const chains = { from: new ChainTally(), to: new ChainTally() };
      const bulk = await copy(batchesOf(from, 0), to, 0, chains);
      await deps.buildReadModels?.(settings);

      if (!(await deps.directory.beginMove(tenantId, tenant.serverUrl))) {
        throw new TenancyError(
          'TENANT_NOT_ACTIVE',
          `Organisationen ${tenantId} är inte längre aktiv på sin server (flyttas den redan?)`,
        );
      }
      moving = true;
      refusedSince = Date.now();
      await sealSchema(tenant.serverUrl, tenant.schema);
      sealed = true;
      await copy(batchesOf(from, bulk, await from.headPosition()), to, bulk, chains);

      const [source, copied_] = [chains.from.head, chains.to.head];
      const heads = await Promise.all([from.headPosition(), to.headPosition()]);
      if (!chains.from.sameAs(chains.to) || heads.some((head) => head !== source.position)) {
        throw new TenancyError(
          'MOVE_FAILED',
          `Kedjan på målservern stämmer inte med källans (${copied_.eventCount} händelser, ${copied_.hash} mot ${source.eventCount}, ${source.hash}): organisationen är kvar`,
        );
      }
      await deps.buildReadModels?.(settings);
      await deps.directory.switchServer(tenantId, targetUrl);
      switched = true;
      return {
        tenant: { ...tenant, serverUrl: targetUrl, state: 'active' },
        from: tenant.serverUrl,
        head: source,
        writesRefusedMs: Date.now() - refusedSince,
      };
    } finally {
      await to.close().catch(() => undefined);
    }
  } catch (error) {
    if (!switched) await undo(deps.directory, tenant, targetUrl, { sealed, moving });
    throw error;
  } finally {
    await from.close().catch(() => undefined);
  }
}

/** Active on the source again, its log open to appends, the target's copy gone. */
async function undo(
  directory: TenantDirectory,
  tenant: Tenant,
  targetUrl: string,
  done: { sealed: boolean; moving: boolean },
) {
  // Only what this move did: a move that lost the race leaves the other's state and seal alone.
  if (done.sealed && tenant.serverUrl)
    await unsealSchema(tenant.serverUrl, tenant.schema).catch(() => undefined);
  if (done.moving) await directory.setState(tenant.tenantId, 'active').catch(() => undefined);
  await dropSchema(targetUrl, tenant.schema).catch(() => undefined);
}

/**
 * The log after `after`, in batches. While the tenant is writable (`settled` absent): what `readAll`
 * gives, which never passes an event that may still commit, until a short page (the rest comes after
 * the seal). Once sealed: everything up to `settled`, the head, by `readRange`, since every append
 * under way was committed before the seal took hold (no waiting on other transactions of the server).
 */
async function* batchesOf(from: EventStore, after: number, settled?: number): AsyncGenerator<StoredEvent[]> {
  if (settled === undefined) {
    for (;;) {
      const page = await from.readAll({ after, maxCount: BATCH });
      if (page.length > 0) yield page;
      if (page.length < BATCH) return;
      after = page[page.length - 1].position;
    }
  }
  let batch: StoredEvent[] = [];
  for await (const event of from.readRange({ after, upTo: settled })) {
    batch.push(event);
    if (batch.length === BATCH) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

/**
 * Copies the source's batches, adding each event to the source's chain as read and, once imported, to
 * the target's as the target reads it back; returns the last position copied.
 */
async function copy(
  batches: AsyncIterable<StoredEvent[]>,
  to: EventStore,
  after: number,
  chains: { from: ChainTally; to: ChainTally },
): Promise<number> {
  if (!to.importEvents)
    throw new TenancyError('MOVE_FAILED', 'Målets lagring kan inte ta emot en kopierad logg');
  let last = after;
  for await (const batch of batches) {
    for (const event of batch) chains.from.add(event);
    await to.importEvents(batch);
    const upTo = batch[batch.length - 1].position;
    for await (const event of to.readRange({ after: last, upTo })) chains.to.add(event);
    last = upTo;
  }
  return last;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'servern';
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
