/**
 * Removing a tenant's whole log from a cluster many tenants share: every stream under its prefix is
 * found through the prefix-filtered read of `$all` and hard-deleted (`tombstoneStream`).
 *
 * Why hard deletes. EventStoreDB documents ("Deleting streams and events") that a soft delete only
 * sets the stream's truncate-before, that a scavenge always keeps a soft-deleted stream's last event
 * (so one event of each stream would stay readable for good), and that the stream can be written again,
 * continuing its revisions. A hard delete writes a tombstone (`$streamDeleted`); the next scavenge
 * removes every event before it, and the tombstone itself is never scavenged: the name can never be
 * written again. Until a scavenge, `$all` still returns the deleted events ("$all bypasses the index"),
 * the tombstones included: which is how a later run, or provisioning, tells that the prefix was used.
 *
 * Idempotent: a stream whose tombstone the scan meets is counted as removed already, and one tombstoned
 * meanwhile (the server answers "stream deleted") too. Streams that appear while it runs (a writer not
 * yet stopped) are caught by scanning on from where the last scan ended, until a scan finds none.
 */
import {
  type EventStoreDBClient,
  FORWARDS,
  type Position,
  type ReadPosition,
  START,
  StreamDeletedError,
} from '@eventstore/db-client';
import { type StreamRemoval, type StreamSurvey } from '../prefixed-log.port';
import { filteredReadAll } from './filtered-read-all';
import { type StreamNames } from './stream-prefix';

/** The event type of the record a hard delete writes. */
export const TOMBSTONE_TYPE = '$streamDeleted';
/** A tombstone's revision: EventStoreDB's `EventNumber.DeletedStream` (long.MaxValue). */
const TOMBSTONE_REVISION = BigInt('9223372036854775807');
const PAGE = 4096;
/** Tombstones sent at once: a removal is rare, and the cluster serves the other tenants meanwhile. */
const AT_ONCE = 8;
/** Scans after the first that still find new streams before the removal gives up (something still writes). */
const MAX_PASSES = 5;

interface Found {
  /** Streams under the prefix with records and no tombstone seen. */
  live: Set<string>;
  removed: Set<string>;
}

export async function surveyStreams(client: EventStoreDBClient, names: StreamNames): Promise<StreamSurvey> {
  const found: Found = { live: new Set(), removed: new Set() };
  await scanStreams(client, names, undefined, found);
  return { streams: found.live.size, removedStreams: found.removed.size };
}

export async function removeAllStreams(
  client: EventStoreDBClient,
  names: StreamNames,
): Promise<StreamRemoval> {
  if (!names.prefixed) {
    // Without a prefix every user stream of the cluster is the store's: never removed from here.
    throw new Error('removeAllStreams needs a store with a stream prefix; this one is the whole cluster');
  }
  const found: Found = { live: new Set(), removed: new Set() };
  const removedNow = new Set<string>();
  let from: Position | undefined;
  for (let pass = 0; ; pass++) {
    from = await scanStreams(client, names, from, found);
    const todo = [...found.live];
    if (todo.length === 0) break;
    if (pass > MAX_PASSES) {
      throw new Error(
        `Streams under ${names.prefix} keep appearing while they are removed (${todo.length} new): is something still writing to them?`,
      );
    }
    for (let i = 0; i < todo.length; i += AT_ONCE) {
      const outcomes = await Promise.allSettled(
        todo.slice(i, i + AT_ONCE).map(async (stream) => {
          try {
            await client.tombstoneStream(stream);
            removedNow.add(stream);
          } catch (error) {
            if (!(error instanceof StreamDeletedError)) throw error;
          }
          found.live.delete(stream);
          found.removed.add(stream);
        }),
      );
      const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
      if (failed) throw failed.reason;
    }
  }
  return { removed: removedNow.size, alreadyRemoved: found.removed.size - removedNow.size };
}

/**
 * Notes every stream under the prefix that `$all` has a record of after `from` (from the start when
 * absent), system records included (the tombstones); answers where it ended. The server filters by
 * prefix when the client allows it; every record is checked against the prefix here all the same.
 */
async function scanStreams(
  client: EventStoreDBClient,
  names: StreamNames,
  from: Position | undefined,
  found: Found,
): Promise<Position | undefined> {
  let cursor = from;
  let start: ReadPosition = from ?? START;
  for (;;) {
    const read =
      (names.prefixed &&
        filteredReadAll(client, { prefixes: [names.prefix], fromPosition: start, maxCount: PAGE })) ||
      client.readAll({ direction: FORWARDS, fromPosition: start, maxCount: PAGE });
    let raw = 0;
    let advanced = false;
    // Read to the end of each page before anything else is sent (a half-read call is never finished).
    for await (const resolved of read) {
      raw++;
      const event = resolved.event;
      const position =
        event?.position ??
        (resolved.commitPosition === undefined
          ? undefined
          : { commit: resolved.commitPosition, prepare: resolved.commitPosition });
      if (!event || !position) continue;
      // A read of $all includes its start.
      if (cursor && comparePositions(position, cursor) <= 0) continue;
      cursor = position;
      advanced = true;
      const stream = event.streamId;
      if (!names.prefixed || !names.owns(stream)) continue;
      if (event.type === TOMBSTONE_TYPE || event.revision === TOMBSTONE_REVISION) {
        found.live.delete(stream);
        found.removed.add(stream);
      } else if (!found.removed.has(stream)) {
        found.live.add(stream);
      }
    }
    if (raw < PAGE || !advanced) return cursor;
    start = cursor as Position;
  }
}

function comparePositions(a: Position, b: Position): number {
  if (a.commit !== b.commit) return a.commit < b.commit ? -1 : 1;
  if (a.prepare !== b.prepare) return a.prepare < b.prepare ? -1 : 1;
  return 0;
}
