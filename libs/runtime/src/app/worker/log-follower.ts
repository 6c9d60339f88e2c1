import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { type EventStore, type Subscription } from '@sparbar/event-store';
import { Metrics } from '@sparbar/observability';
import { errorMessage } from '../../startup/startup-error';
import { EVENT_STORE } from '../tokens';

const RETRY_MIN_MS = 1_000;
const RETRY_MAX_MS = 30_000;

/**
 * Follows the whole log and notes how far it got, which is what the projection-lag metric compares
 * with the end of the log. Projections will hang off this subscription; until then it only counts.
 * It starts from the beginning on every start: with nothing built from the events there is no
 * checkpoint worth keeping yet.
 */
@Injectable()
export class LogFollower implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Arbetare');
  private subscription: Subscription | undefined;
  private retry: NodeJS.Timeout | undefined;
  private failures = 0;
  private stopping = false;
  /** Position of the last event handled; 0 before the first. */
  private handled = 0;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Metrics) private readonly metrics: Metrics,
  ) {}

  get lastHandledPosition(): number {
    return this.handled;
  }

  onApplicationBootstrap(): void {
    // The head through the port, so the lag is measured whichever store holds the log.
    this.metrics.trackProjectionLag({ head: () => this.store.headPosition(), handled: () => this.handled });
    this.subscribe();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    clearTimeout(this.retry);
    await this.subscription?.stop();
  }

  private subscribe(): void {
    this.subscription = this.store.subscribeToAll({
      after: this.handled,
      onEvent: (event) => {
        this.handled = event.position;
        this.failures = 0;
        this.logger.debug({ position: event.position, type: event.type, stream: event.stream }, 'händelse');
      },
      onCaughtUp: () => this.logger.log(`Arbetaren följer loggen från position ${this.handled}`),
      // The subscription stops on a failure (the store went away): start it again from where it got,
      // waiting longer each time so a database that is down is not hammered.
      onError: (error) => {
        if (this.stopping) return;
        const delay = Math.min(RETRY_MIN_MS * 2 ** this.failures++, RETRY_MAX_MS);
        this.logger.warn(`Arbetaren tappade loggen (${errorMessage(error)}); försöker igen om ${delay} ms`);
        this.retry = setTimeout(() => this.subscribe(), delay);
      },
    });
  }
}
