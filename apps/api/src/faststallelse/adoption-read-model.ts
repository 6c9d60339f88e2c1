/**
 * The fastställanden read model (libs/projections/src/faststallelser) as the API reads it. Two ways:
 *
 * - Beside a period table (`besideTables`): as far as the period facts are, or a report's cutoff. It
 *   waits until the adoptions have come at least that far and cuts them there, so a table is never
 *   newer than the adoptions it is shown with, and an answer is a function of the period facts'
 *   checkpoint alone — which is why the period answers' ETag (the period facts' checkpoint) stays exact.
 * - On their own (`atHead`): as far as the log's head when asked, so the list shows an adoption as soon
 *   as its request has returned.
 *
 * adoption-marks.ts keeps its signature (an `Application`): this service registers itself for the
 * process's Application when Nest creates it, and the marks find it there.
 */
import { Inject, Injectable } from '@nestjs/common';
import { Application } from '@sparbar/application';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import {
  adoptionsCaughtUp,
  type FaststallelseFact,
  faststallelseFacts,
  type FaststallelseFactsQuery,
  faststallelserProjection,
  liveCheckpoint,
  periodsProjection,
  ReadModelBehindError,
} from '@sparbar/projections';
import { EVENT_STORE, SQL_DATABASE } from '@sparbar/runtime';
import { problem, ProblemError } from '../http/problem';

const bound = new WeakMap<Application, AdoptionReadModel>();

@Injectable()
export class AdoptionReadModel {
  constructor(
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(Application) app: Application,
  ) {
    bound.set(app, this);
  }

  /** The facts up to `upToPosition` when given, else as far as the period facts are now. */
  async besideTables(query: FaststallelseFactsQuery): Promise<FaststallelseFact[]> {
    const horizon = query.upToPosition ?? (await this.tablesCheckpoint());
    return this.read({ ...query, upToPosition: horizon });
  }

  /** The facts as far as the log's head at the call (read-your-writes). */
  async atHead(query: Omit<FaststallelseFactsQuery, 'upToPosition'>): Promise<FaststallelseFact[]> {
    return this.read({ ...query, upToPosition: await this.store.headPosition() });
  }

  private async read(query: FaststallelseFactsQuery & { upToPosition: number }) {
    if (!(await this.caughtUpSoon(query.upToPosition))) {
      await adoptionsCaughtUp(this.sql, query.upToPosition).catch((error: unknown) => {
        if (error instanceof ReadModelBehindError) throw behind();
        throw error;
      });
    }
    return faststallelseFacts(this.sql, query);
  }

  /**
   * True once the adoptions have applied `position`, looking again after 1, 2, 4 … 32 ms. Their lane
   * commits a few milliseconds after the period facts' as a rule, so a period table waited for the
   * next of adoptionsCaughtUp's 50 ms looks — at p50 87 ms of every table drawn up in bench:latency.
   * False after about 60 ms: then the slower wait (and its 503 when they do not come) takes over.
   */
  private async caughtUpSoon(position: number): Promise<boolean> {
    for (let pause = 0; pause <= 32; pause = Math.max(1, pause * 2)) {
      if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
      const live = await liveCheckpoint(this.sql, faststallelserProjection.name).catch(() => undefined);
      if (live && live.checkpoint >= position) return true;
    }
    return false;
  }

  private async tablesCheckpoint(): Promise<number> {
    const live = await liveCheckpoint(this.sql, periodsProjection.name).catch(() => undefined);
    if (!live) throw behind();
    return live.checkpoint;
  }
}

/** The read model registered for this Application; a wiring error when Nest did not create one. */
export function adoptionReadModelOf(app: Application): AdoptionReadModel {
  const found = bound.get(app);
  if (!found) throw new Error('AdoptionReadModel is not provided for this Application (FaststallelseModule)');
  return found;
}

function behind(): ProblemError {
  return new ProblemError(
    problem(503, 'READ_MODEL_UNAVAILABLE', 'Fastställandena har ännu inte kommit ikapp. Försök igen strax.'),
  );
}
