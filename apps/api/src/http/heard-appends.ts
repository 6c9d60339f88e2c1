/**
 * What this process has heard of the log growing: the store's append notifications (this process's
 * appends at once, other processes' through PostgreSQL's LISTEN). With them a reader keeps what it read
 * from the database (where a read model stands, what the person register holds) until the log grows,
 * instead of asking the database again on every request: a read model cannot move, nor a person
 * change, without an append.
 *
 * Only while the store can promise to tell (`AppendWatch.complete`: its LISTEN connection is up, or the
 * log lives in this process). While it cannot (connecting, reconnecting, a store without notifications)
 * `mark()` says so and the reader asks the database on every request, as before. What another process
 * appended counts here once its notification arrives: milliseconds after its commit, not at once.
 */
import { type AppendWatch, type EventStore } from '@sparbar/event-store';

/** A reader's note of what it had heard when it read (see `mark`). */
export type HeardMark = number;

export class HeardAppends {
  private readonly watch: AppendWatch | undefined;
  /** Notifications heard so far. */
  private heard = 0;
  /** Notifications without a position so far (each a gap: appends may have gone unheard then). */
  private gaps = 0;
  /** The log's head as a query found it since the last gap; undefined until asked. */
  private queried: number | undefined;
  /** The newest position heard of since the last gap. */
  private newestHeard = 0;

  constructor(private readonly store: Pick<EventStore, 'watchAppends' | 'headPosition'>) {
    this.watch = store.watchAppends?.((position) => this.appended(position));
  }

  /**
   * A mark of everything heard so far, taken before a read; undefined while appends may go unheard
   * (then nothing read may be kept).
   */
  mark(): HeardMark | undefined {
    return this.watch?.complete ? this.heard : undefined;
  }

  /** True while nothing was appended since `mark` was taken, as far as every append is heard. */
  quietSince(mark: HeardMark | undefined): boolean {
    return mark !== undefined && mark === this.heard && this.watch?.complete === true;
  }

  /**
   * The log's head: the newest position heard of, or the store's head (one query) when none is known.
   * Take a `mark` before it: an append heard meanwhile may be above it.
   */
  async head(): Promise<number> {
    if (this.queried !== undefined && this.watch?.complete) return Math.max(this.queried, this.newestHeard);
    const complete = this.watch?.complete === true;
    const gaps = this.gaps;
    const head = await this.store.headPosition();
    // Known from here on only if every append since the query was heard (no gap meanwhile).
    if (complete && this.watch?.complete && gaps === this.gaps) this.queried = head;
    return Math.max(head, this.newestHeard);
  }

  async stop(): Promise<void> {
    await this.watch?.stop();
  }

  private appended(position: number | undefined): void {
    this.heard++;
    if (position !== undefined) {
      this.newestHeard = Math.max(this.newestHeard, position);
      return;
    }
    // A notification connection back after a loss: appends may have gone unheard, the head is unknown.
    this.gaps++;
    this.queried = undefined;
    this.newestHeard = 0;
  }
}
