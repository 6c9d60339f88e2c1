/**
 * A log that shares its store with other tenants' logs, each under a stream prefix of its own (a
 * tenant's streams in an EventStoreDB cluster). It cannot be removed by dropping a schema or deleting
 * a folder, as a PostgreSQL or an embedded tenant's log is, so the store removes it stream by stream.
 * Beside the `EventStore` port, not in it: the port is append-only, this is the platform's removal of
 * a whole tenant.
 */
export interface PrefixedLog {
  /** The prefix every stream of this log is stored under (`umea:`). */
  readonly streamPrefix: string;
  /** What the store holds under the prefix: streams still there, and streams removed for good. */
  surveyStreams(): Promise<StreamSurvey>;
  /**
   * Removes every stream under the prefix for good, and nothing else. Safe to run again, also after a
   * run that failed half-way: streams an earlier run removed are counted, not removed twice.
   */
  removeAllStreams(): Promise<StreamRemoval>;
  close(): Promise<void>;
}

export interface StreamSurvey {
  /** Streams under the prefix with events that were not removed. */
  streams: number;
  /** Streams under the prefix removed for good: their names can never be written again. */
  removedStreams: number;
}

export interface StreamRemoval {
  /** Streams this call removed. */
  removed: number;
  /** Streams found removed already (by an earlier run). */
  alreadyRemoved: number;
}
