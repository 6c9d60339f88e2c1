/**
 * What a read model is to the runner: tables it owns, and one function that applies a whole batch of
 * events inside the runner's transaction. Set-based on purpose: a rebuild goes through a million events,
 * and a round trip per event would cap it at a few thousand a second.
 */
import { type StoredEvent } from '@sparbar/event-store';
import { type ProjectionTx } from './db/projection-db';

export interface ProjectionTable {
  /** Base name: the view readers query. Each version's table is `<name>_v<N>`. */
  name: string;
  /** Column definitions, put inside `CREATE TABLE <versioned> (…)`. */
  columns: string;
  /**
   * Secondary indexes as `CREATE INDEX IF NOT EXISTS {name} ON {table} …` templates. A rebuild adds
   * them only once it has caught up, because loading into an unindexed table is much faster.
   */
  indexes: readonly string[];
  /** A unique key: checksums read rows in this order, so it must be total. */
  orderBy: string;
}

/** The versioned table name for each base name of a projection, e.g. `{ uppdrag_now: 'uppdrag_now_v3' }`. */
export type TableNames = Readonly<Record<string, string>>;

export interface Projection {
  /** Stable name: the registry key and what the CLI takes. */
  readonly name: string;
  readonly tables: readonly ProjectionTable[];
  /**
   * The version of the fold (what `applyBatch` makes of the events), 1 if not given. Bump it whenever
   * the same events would now give other rows: with the tables' definitions it makes the version's
   * fingerprint, and a worker that finds the live version's fingerprint differs rebuilds it beside.
   */
  readonly foldVersion?: number;
  /**
   * Applies events in global order. Events it has no use for are simply ignored; the runner moves the
   * checkpoint past them anyway. Runs in the runner's transaction: it must not commit or swallow errors.
   */
  applyBatch(tx: ProjectionTx, events: readonly StoredEvent[], tables: TableNames): Promise<void>;
}

export function versionedName(base: string, version: number): string {
  return `${base}_v${version}`;
}

export function tableNamesOf(projection: Projection, version: number): TableNames {
  return Object.fromEntries(projection.tables.map((t) => [t.name, versionedName(t.name, version)]));
}
