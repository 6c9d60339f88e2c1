/**
 * A stand-in for EventStoreDB's gRPC streams service in the test's own process (no EventStoreDB server
 * can run on our machines): it answers reads of a stream and of `$all`, soft deletes (`delete`) and
 * hard deletes (`tombstone`), from records the test adds, and notes every request. What it shows is
 * what the client sends and what the adapter keeps of the answers, not how a real server behaves.
 *
 * Like a real server it keeps a deleted stream's events in `$all` (until `scavenge()`), writes a
 * hard delete as a `$streamDeleted` record at the end of the log (revision 2^63−1) that a scavenge
 * keeps, answers "stream deleted" to a second hard delete or a read of a hard-deleted stream, and
 * writes a soft delete as `$metadata` in `$$<stream>`. Unlike one, it ignores read filters on purpose,
 * as if the server sent other tenants' events too: the adapter must drop them itself.
 */
import { randomUUID } from 'node:crypto';
import {
  Metadata,
  Server,
  ServerCredentials,
  type ServerUnaryCall,
  type ServerWritableStream,
  type sendUnaryData,
  status,
} from '@grpc/grpc-js';
import { StreamIdentifier, UUID } from '@eventstore/db-client/generated/shared_pb';
import { StreamsService } from '@eventstore/db-client/generated/streams_grpc_pb';
import {
  type DeleteReq,
  DeleteResp,
  ReadReq,
  ReadResp,
  type TombstoneReq,
  TombstoneResp,
} from '@eventstore/db-client/generated/streams_pb';

export interface StandInRecord {
  stream: string;
  revision: bigint;
  position: number;
  type: string;
  id: string;
  data: unknown;
}

export const TOMBSTONE_REVISION = BigInt('9223372036854775807');

export class EventStoreDbStandIn {
  /** The log, in the order of `$all`. */
  readonly records: StandInRecord[] = [];
  /** Every read request, as sent. */
  readonly reads: ReadReq.Options[] = [];
  /** The stream of every hard delete asked for, answered or refused. */
  readonly tombstoneRequests: string[] = [];
  /** The stream of every soft delete asked for. */
  readonly deleteRequests: string[] = [];
  /** Set: hard deletes after this many more fail as if the server went away (a removal cut short). */
  tombstonesBeforeFailure: number | undefined;
  /** Runs as a hard delete arrives, before it is answered (e.g. another client deleting meanwhile). */
  beforeTombstone: ((stream: string) => void) | undefined;
  private nextPosition = 100;
  private readonly server = new Server();

  /** Appends a record (`type` `$…` for a system one) and answers it. */
  add(stream: string, type = 'UppdragRegistered', data: unknown = { n: this.nextPosition }): StandInRecord {
    const revision = BigInt(this.records.filter((r) => r.stream === stream).length);
    const record = { stream, revision, position: this.nextPosition, type, id: randomUUID(), data };
    this.nextPosition += 100;
    this.records.push(record);
    return record;
  }

  /** Whether the stream has been hard-deleted. */
  tombstoned(stream: string): boolean {
    return this.records.some((r) => r.stream === stream && r.revision === TOMBSTONE_REVISION);
  }

  /** Streams with any record, hard-deleted or not, in order of their first record. */
  streams(): string[] {
    return [...new Set(this.records.map((r) => r.stream))];
  }

  /** Hard-deletes the stream as a server does: a `$streamDeleted` record at the end of the log. */
  writeTombstone(stream: string): StandInRecord {
    const record: StandInRecord = {
      stream,
      revision: TOMBSTONE_REVISION,
      position: this.nextPosition,
      type: '$streamDeleted',
      id: randomUUID(),
      data: null,
    };
    this.nextPosition += 100;
    this.records.push(record);
    return record;
  }

  /** As a scavenge: a hard-deleted stream keeps its tombstone only. */
  scavenge(): void {
    const gone = this.records.filter((r) => this.tombstoned(r.stream) && r.revision !== TOMBSTONE_REVISION);
    for (const record of gone) this.records.splice(this.records.indexOf(record), 1);
  }

  /** Starts listening on a free port of 127.0.0.1; answers the connection string. */
  async start(): Promise<string> {
    this.server.addService(StreamsService, {
      read: (call: ServerWritableStream<ReadReq, ReadResp>) => this.read(call),
      delete: (call: ServerUnaryCall<DeleteReq, DeleteResp>, done: sendUnaryData<DeleteResp>) =>
        this.softDelete(call, done),
      tombstone: (call: ServerUnaryCall<TombstoneReq, TombstoneResp>, done: sendUnaryData<TombstoneResp>) =>
        this.tombstone(call, done),
    });
    const port = await new Promise<number>((resolve, reject) =>
      this.server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (error, p) =>
        error ? reject(error) : resolve(p),
      ),
    );
    return `esdb://127.0.0.1:${port}?tls=false`;
  }

  stop(): void {
    this.server.forceShutdown();
  }

  /** Reads of one stream or of $all, start inclusive, up to the count; the filter is ignored. */
  private read(call: ServerWritableStream<ReadReq, ReadResp>): void {
    const options = call.request.getOptions()!;
    this.reads.push(options);
    const backwards = options.getReadDirection() === ReadReq.Options.ReadDirection.BACKWARDS;
    let selected: StandInRecord[];
    if (options.hasStream()) {
      const stream = options.getStream()!;
      const name = streamName(stream.getStreamIdentifier());
      if (this.tombstoned(name)) {
        call.emit('error', streamDeleted(name));
        return;
      }
      const from = stream.hasRevision() ? BigInt(stream.getRevision()) : undefined;
      selected = this.records.filter(
        (r) =>
          r.stream === name && (from === undefined || (backwards ? r.revision <= from : r.revision >= from)),
      );
    } else {
      const all = options.getAll()!;
      const from = all.hasPosition() ? Number(all.getPosition()!.getCommitPosition()) : undefined;
      selected = this.records.filter(
        (r) => from === undefined || (backwards ? r.position <= from : r.position >= from),
      );
    }
    if (backwards) selected = [...selected].reverse();
    for (const record of selected.slice(0, Number(options.getCount()))) call.write(toResp(record));
    call.end();
  }

  private tombstone(
    call: ServerUnaryCall<TombstoneReq, TombstoneResp>,
    done: sendUnaryData<TombstoneResp>,
  ): void {
    const name = streamName(call.request.getOptions()?.getStreamIdentifier());
    this.tombstoneRequests.push(name);
    if (this.tombstonesBeforeFailure !== undefined) {
      if (this.tombstonesBeforeFailure <= 0) {
        done({ code: status.UNAVAILABLE, details: 'stand-in: the server went away' });
        return;
      }
      this.tombstonesBeforeFailure--;
    }
    this.beforeTombstone?.(name);
    if (this.tombstoned(name)) {
      done(streamDeleted(name));
      return;
    }
    const record = this.writeTombstone(name);
    const resp = new TombstoneResp();
    const position = new TombstoneResp.Position();
    position.setCommitPosition(String(record.position));
    position.setPreparePosition(String(record.position));
    resp.setPosition(position);
    done(null, resp);
  }

  private softDelete(call: ServerUnaryCall<DeleteReq, DeleteResp>, done: sendUnaryData<DeleteResp>): void {
    const name = streamName(call.request.getOptions()?.getStreamIdentifier());
    this.deleteRequests.push(name);
    if (this.tombstoned(name)) {
      done(streamDeleted(name));
      return;
    }
    const last = this.records.filter((r) => r.stream === name).length;
    const record = this.add(`$$${name}`, '$metadata', { $tb: last });
    const resp = new DeleteResp();
    const position = new DeleteResp.Position();
    position.setCommitPosition(String(record.position));
    position.setPreparePosition(String(record.position));
    resp.setPosition(position);
    done(null, resp);
  }
}

function streamName(identifier: StreamIdentifier | undefined): string {
  return Buffer.from(identifier?.getStreamName_asU8() ?? new Uint8Array()).toString('utf8');
}

/** The error EventStoreDB answers for a hard-deleted stream (the client makes it a StreamDeletedError). */
function streamDeleted(stream: string) {
  const metadata = new Metadata();
  metadata.set('exception', 'stream-deleted');
  metadata.set('stream-name', stream);
  return { code: status.FAILED_PRECONDITION, details: `Event stream '${stream}' is deleted.`, metadata };
}

function toResp(record: StandInRecord): ReadResp {
  const id = new UUID();
  id.setString(record.id);
  const name = new StreamIdentifier();
  name.setStreamName(Buffer.from(record.stream));
  const recorded = new ReadResp.ReadEvent.RecordedEvent();
  recorded.setId(id);
  recorded.setStreamIdentifier(name);
  recorded.setStreamRevision(record.revision.toString());
  recorded.setCommitPosition(String(record.position));
  recorded.setPreparePosition(String(record.position));
  const system = record.type.startsWith('$');
  recorded
    .getMetadataMap()
    .set('type', record.type)
    .set('content-type', record.data === null ? 'application/octet-stream' : 'application/json')
    .set('created', String(BigInt(Date.UTC(2026, 0, 5)) * BigInt(10_000)));
  if (!system) {
    recorded.setCustomMetadata(
      Buffer.from(JSON.stringify({ actor: 'anna.berg', occurredAt: '2026-01-05T00:00:00Z' })),
    );
  }
  recorded.setData(Buffer.from(record.data === null ? '' : JSON.stringify(record.data)));
  const event = new ReadResp.ReadEvent();
  event.setEvent(recorded);
  event.setCommitPosition(String(record.position));
  const resp = new ReadResp();
  resp.setEvent(event);
  return resp;
}
