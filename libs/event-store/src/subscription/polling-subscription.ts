import {
  type ReadAllOptions,
  type StoredEvent,
  type SubscribeToAllOptions,
  type Subscription,
} from '../event-store.port';

export interface PollingSource {
  readAll(options: ReadAllOptions): Promise<StoredEvent[]>;
  /** Calls `wake` whenever this process appends, so local subscribers need not wait for the next poll. */
  onAppended(wake: () => void): () => void;
}

export interface PollingOptions {
  batchSize?: number;
  /**
   * How long to wait between polls when nothing new was found (other processes' appends); a function
   * is asked before each wait (a reader woken by notifications polls slowly while they are heard).
   */
  idleIntervalMs?: number | (() => number);
}

/**
 * Catch-up then live, by reading all from the checkpoint in batches. `readAll` only returns events
 * that can no longer be overtaken, so following it never skips one.
 */
export class PollingSubscription implements Subscription {
  private position: number | undefined;
  private stopped = false;
  private wakeUp: (() => void) | undefined;
  /** Set by a local append that happened while we were busy reading, so we do not then sleep. */
  private appendedMeanwhile = false;
  private failure: unknown;
  private readonly done: Promise<void>;
  private readonly unlisten: () => void;

  constructor(
    private readonly source: PollingSource,
    private readonly options: SubscribeToAllOptions,
    private readonly polling: PollingOptions = {},
  ) {
    this.position = options.after;
    this.unlisten = source.onAppended(() => {
      this.appendedMeanwhile = true;
      this.wakeUp?.();
    });
    this.done = this.run();
  }

  get lastPosition(): number | undefined {
    return this.position;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    this.unlisten();
    await this.done;
    if (this.failure !== undefined && !this.options.onError) throw this.failure;
  }

  private async run(): Promise<void> {
    const batchSize = this.polling.batchSize ?? 500;
    const idle = this.polling.idleIntervalMs ?? 100;
    const idleMs = typeof idle === 'function' ? idle : () => idle;
    let caughtUp = false;
    try {
      while (!this.stopped) {
        this.appendedMeanwhile = false;
        const events = await this.source.readAll({ after: this.position ?? 0, maxCount: batchSize });
        for (const event of events) {
          if (this.stopped) return;
          await this.options.onEvent(event);
          this.position = event.position;
        }
        if (events.length < batchSize) {
          if (!caughtUp) {
            caughtUp = true;
            this.options.onCaughtUp?.();
          }
          if (!this.appendedMeanwhile) await this.sleep(idleMs());
        }
      }
    } catch (error) {
      this.stopped = true;
      this.unlisten();
      this.failure = error;
      this.options.onError?.(error);
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }
}
