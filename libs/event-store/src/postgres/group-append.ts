import { type AppendResult, type ExpectedRevision } from '../event-store.port';
import { type SqlDriver, toNumber } from '../sql/sql-driver';
import { type ValidEvent } from '../validation';
import { APPEND_GROUP_SQL } from './append.sql';

/** One caller's append of one event, validated, its data and metadata as the JSON text to store. */
export interface OneEventAppend {
  stream: string;
  expected: ExpectedRevision;
  event: ValidEvent;
  data: string;
  metadata: string;
}

/** What the database gave an appended event. */
export interface AppendedRow {
  revision: string | number;
  position: string | number;
  recorded_at: Date | string;
}

export interface GroupAppendOptions {
  /**
   * One-event appends that may run at once; more callers than that wait, and when one finishes, all
   * that wait go as one statement. 0 turns grouping off.
   */
  maxInFlight?: number;
}

/** Default appends at once: measured with `npm run bench:store` (docs/benchmarks.md, issue 21). */
export const DEFAULT_MAX_IN_FLIGHT = 4;

/** Far below the 16,384 positions one transaction has (append.sql.ts), and a statement of sane size. */
const MAX_GROUP = 500;

interface Waiting {
  append: OneEventAppend;
  resolve(result: AppendResult): void;
  reject(error: unknown): void;
}

/** What the group needs from the store: its own one-event append, and the answer for a stored row. */
export interface GroupAppendPeer {
  /** Appends on its own, with the store's whole treatment of conflicts and retries; notifies. */
  alone(append: OneEventAppend): Promise<AppendResult>;
  answer(append: OneEventAppend, row: AppendedRow): AppendResult;
  /** A group committed, up to this position. */
  appended(position: number): void;
}

/**
 * Group append: under load, one-event appends from concurrent callers share one INSERT and one
 * transaction, so the server commits (and flushes its log) once for many, and Node sends one message
 * instead of many. A caller with nothing in its way goes at once, alone: grouping only ever happens
 * while `maxInFlight` appends are already running, so it adds no wait when the store is idle.
 *
 * Each append keeps its own expected-revision check (APPEND_GROUP_SQL), so one conflict fails no
 * other. An append the group did not store (its check failed, the unique indexes refused it, or the
 * group failed as a whole, e.g. a deadlock with another group) goes again alone, which tells a retry
 * from a conflict and answers with its caller's own error.
 * All rows of a group share one transaction, so global order and the readers' horizon hold as for
 * any append (migrations/0001-events.ts).
 */
export class GroupAppend {
  private inFlight = 0;
  private readonly waiting: Waiting[] = [];
  private readonly maxInFlight: number;

  constructor(
    private readonly driver: SqlDriver,
    private readonly store: GroupAppendPeer,
    options: GroupAppendOptions = {},
  ) {
    this.maxInFlight = options.maxInFlight ?? DEFAULT_MAX_IN_FLIGHT;
  }

  run(append: OneEventAppend): Promise<AppendResult> {
    if (this.maxInFlight <= 0) return this.store.alone(append);
    if (this.inFlight < this.maxInFlight) {
      this.inFlight++;
      return this.store.alone(append).finally(() => this.done());
    }
    return new Promise((resolve, reject) => this.waiting.push({ append, resolve, reject }));
  }

  private done(): void {
    this.inFlight--;
    while (this.inFlight < this.maxInFlight && this.waiting.length > 0) {
      this.inFlight++;
      void this.runGroup(this.takeGroup()).finally(() => this.done());
    }
  }

  /**
   * The waiting appends in the order they came, one per stream: two appends to one stream in one group
   * would race each other, and the loser would only have to go again alone. The others wait for the next.
   */
  private takeGroup(): Waiting[] {
    const group: Waiting[] = [];
    const streams = new Set<string>();
    const rest: Waiting[] = [];
    for (const w of this.waiting) {
      if (group.length < MAX_GROUP && !streams.has(w.append.stream)) {
        streams.add(w.append.stream);
        group.push(w);
      } else {
        rest.push(w);
      }
    }
    this.waiting.splice(0, this.waiting.length, ...rest);
    // Rows in stream order, so two groups lock their streams' index entries in the same order and
    // cannot wait on each other in a cycle.
    return group.sort((a, b) => (a.append.stream < b.append.stream ? -1 : 1));
  }

  private async runGroup(group: Waiting[]): Promise<void> {
    if (group.length === 1) return this.runAlone(group[0]);
    let rows: AppendedRow[];
    try {
      const appends = group.map((w) => w.append);
      rows = await this.driver.query<AppendedRow>(
        APPEND_GROUP_SQL,
        [
          appends.map((a) => a.stream),
          appends.map((a) => a.event.id),
          appends.map((a) => a.event.type),
          appends.map((a) => a.data),
          appends.map((a) => a.metadata),
          appends.map((a) =>
            typeof a.expected === 'number' ? a.expected : a.expected === 'no_stream' ? -1 : null,
          ),
          appends.map((a) => a.expected === 'stream_exists'),
        ],
        { name: 'sparbar_append_group_v1' },
      );
    } catch {
      // The group as a whole failed: each goes alone and gets its own answer (or its own error).
      await Promise.all(group.map((w) => this.runAlone(w)));
      return;
    }
    // A row's place in the group is its position's index in the transaction (append.sql.ts).
    const byPlace = new Map(rows.map((r) => [toNumber(r.position) % 16384, r]));
    try {
      if (rows.length > 0) this.store.appended(Math.max(...rows.map((r) => toNumber(r.position))));
    } finally {
      await this.answerEach(group, byPlace);
    }
  }

  /** Each caller its own row, or, when the group stored none for it, its append again alone. */
  private async answerEach(group: Waiting[], byPlace: Map<number, AppendedRow>): Promise<void> {
    await Promise.all(
      group.map((w, place) => {
        const row = byPlace.get(place);
        if (!row) return this.runAlone(w);
        try {
          w.resolve(this.store.answer(w.append, row));
        } catch (error) {
          w.reject(error);
        }
      }),
    );
  }

  private async runAlone(w: Waiting): Promise<void> {
    try {
      w.resolve(await this.store.alone(w.append));
    } catch (error) {
      w.reject(error);
    }
  }
}
