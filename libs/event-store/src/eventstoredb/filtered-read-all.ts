/**
 * A read of `$all` that the server filters by stream-name prefix, so a tenant's reads carry only its
 * own events over the wire and the server skips the others'.
 *
 * EventStoreDB has filtered reads of `$all` over gRPC since 21.10 (the same `ReadReq.Options.filter`
 * a filtered subscription sends), but @eventstore/db-client 6.2.1, its last release, only offers the
 * filter on `subscribeToAll`: its `readAll` always sends `no_filter` (the successor package
 * @kurrent/kurrentdb-client has `readAll({ filter })`). So the request is built here from the
 * client's generated messages, as its own `readAll` and `subscribeToAll` build theirs, and sent
 * through the client's connection (`GRPCStreamCreator`, `callArguments`: protected members, used the
 * way the client's own methods use them).
 *
 * Should a client version lack those members, `filteredReadAll` answers undefined and the caller reads
 * `$all` unfiltered and filters by name itself: slower, never less isolated. Every event read either
 * way is still checked against the prefix by the caller.
 */
import {
  BACKWARDS,
  type AllStreamResolvedEvent,
  type EventStoreDBClient,
  type ReadPosition,
  type StreamingRead,
} from '@eventstore/db-client';
import { ReadStream } from '@eventstore/db-client/dist/streams/utils/ReadStream';
import { convertGrpcEvent } from '@eventstore/db-client/dist/utils/convertGrpcEvent';
import { Empty } from '@eventstore/db-client/generated/shared_pb';
import { StreamsClient } from '@eventstore/db-client/generated/streams_grpc_pb';
import { ReadReq } from '@eventstore/db-client/generated/streams_pb';

type ReadArgs = Parameters<StreamsClient['read']>;
type ReadCall = ReturnType<StreamsClient['read']>;

export interface FilteredReadAllOptions {
  /** Stream-name prefixes: an event is returned when its stream starts with one of them. */
  prefixes: readonly string[];
  fromPosition: ReadPosition;
  /** Counts events that pass the filter: the server reads on until it has this many or the log ends. */
  maxCount: number;
  direction?: typeof BACKWARDS | 'forwards';
}

/** The client's members its own reads use; protected in its typings. */
interface ClientInternals {
  GRPCStreamCreator?: (
    client: typeof StreamsClient,
    debugName: string,
    creator: (grpc: StreamsClient) => ReadCall,
  ) => () => Promise<ReadCall>;
  callArguments?: (options: object, callOptions?: ReadArgs[2]) => [ReadArgs[1], ReadArgs[2]];
}

/** True when this client has what a server-filtered read needs. */
export function canReadAllFiltered(client: EventStoreDBClient): boolean {
  const internals = client as unknown as ClientInternals;
  return typeof internals.GRPCStreamCreator === 'function' && typeof internals.callArguments === 'function';
}

/**
 * Events of `$all` in streams under the prefixes, read as the client's `readAll` reads (the start
 * position included, links not resolved); undefined when this client cannot send a filtered read.
 */
export function filteredReadAll(
  client: EventStoreDBClient,
  options: FilteredReadAllOptions,
): StreamingRead<AllStreamResolvedEvent> | undefined {
  if (!canReadAllFiltered(client)) return undefined;
  const internals = client as unknown as Required<ClientInternals>;
  const request = filteredReadAllRequest(options);
  const createGrpcStream = internals.GRPCStreamCreator.call(client, StreamsClient, 'readAll', (grpc) =>
    grpc.read(request, ...internals.callArguments.call(client, {}, { deadline: Infinity })),
  );
  return new ReadStream<AllStreamResolvedEvent>(createGrpcStream, convertGrpcEvent, {});
}

/** The gRPC request of a filtered read of `$all` (exported for its unit test). */
export function filteredReadAllRequest({
  prefixes,
  fromPosition,
  maxCount,
  direction = 'forwards',
}: FilteredReadAllOptions): ReadReq {
  if (prefixes.length === 0) throw new Error('a filtered read of $all needs at least one prefix');
  const all = new ReadReq.Options.AllOptions();
  if (fromPosition === 'start') all.setStart(new Empty());
  else if (fromPosition === 'end') all.setEnd(new Empty());
  else {
    const position = new ReadReq.Options.Position();
    position.setCommitPosition(fromPosition.commit.toString(10));
    position.setPreparePosition(fromPosition.prepare.toString(10));
    all.setPosition(position);
  }
  const expression = new ReadReq.Options.FilterOptions.Expression();
  expression.setPrefixList([...prefixes]);
  const filter = new ReadReq.Options.FilterOptions();
  filter.setStreamIdentifier(expression);
  // No search window: the server reads on until `maxCount` events passed the filter or the log ends.
  filter.setCount(new Empty());
  // Meaningful to subscriptions only; the server requires it to be above 0.
  filter.setCheckpointintervalmultiplier(1);

  const uuid = new ReadReq.Options.UUIDOption();
  uuid.setString(new Empty());
  const options = new ReadReq.Options();
  options.setAll(all);
  options.setResolveLinks(false);
  options.setCount(String(maxCount));
  options.setUuidOption(uuid);
  options.setFilter(filter);
  options.setReadDirection(
    direction === BACKWARDS
      ? ReadReq.Options.ReadDirection.BACKWARDS
      : ReadReq.Options.ReadDirection.FORWARDS,
  );
  const request = new ReadReq();
  request.setOptions(options);
  return request;
}
