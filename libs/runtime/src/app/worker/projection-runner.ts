import {
  type BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
} from '@nestjs/common';
import { type AppConfig, sqlSettingsOf } from '@sparbar/config';
import { type EventStore, type SqlDriver } from '@sparbar/event-store';
import {
  AdvisoryLeaseProvider,
  EmbeddedProjectionDb,
  LocalLeaseProvider,
  migrateProjections,
  PgProjectionDb,
  type PgServerPools,
  type Projection,
  type ProjectionEnvironment,
  PROJECTIONS,
  ProjectionWorker,
  RETIRED_PROJECTIONS,
} from '@sparbar/projections';
import { AUDIT_PROJECTIONS } from '@sparbar/audit';
import { inkorgAmnenProjection, inkorgFaststalldaProjection, inkorgProjection } from '@sparbar/reminders';
import { errorMessage } from '../../startup/startup-error';
import { APP_CONFIG, EVENT_STORE, PG_POOLS, SQL_DATABASE } from '../tokens';

/** The read models this worker keeps up to date: the projections lib's catalogue, the audit trail, the inbox (its items' texts, the adoptions that settle them). */
export const WORKER_PROJECTIONS: readonly Projection[] = [
  ...PROJECTIONS,
  ...AUDIT_PROJECTIONS,
  inkorgProjection,
  inkorgAmnenProjection,
  inkorgFaststalldaProjection,
];

/**
 * Keeps the read models up to date: the projections lib's runner, on the store this process already
 * opened. On PostgreSQL the read models get a small pool of their own (the runner COPYs) and leases
 * on a connection of their own, so two workers share the work and a survivor takes over; embedded,
 * both share the store's one connection.
 */
@Injectable()
export class ProjectionRunner implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('Projektioner');
  private env: ProjectionEnvironment | undefined;
  private worker: ProjectionWorker | undefined;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(SQL_DATABASE) private readonly sql: SqlDriver,
    @Inject(PG_POOLS) private readonly pools: PgServerPools | null,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const env = this.environment();
    try {
      // Before the first request: an API in the same process answers from these tables.
      await migrateProjections(env.db);
    } catch (error) {
      await env.close();
      throw error;
    }
    this.env = env;
    this.worker = new ProjectionWorker(env, WORKER_PROJECTIONS, {
      wakeOnAppend: this.config.workerListen,
      // A release that changed a read model's shape rebuilds it beside the live one and drops what
      // it replaced; the old version serves until the switch.
      retired: RETIRED_PROJECTIONS,
      onUpgraded: (u) =>
        this.logger.log(
          `${u.projection}: version ${u.version} byggd och i bruk${u.retiredVersion ? `, version ${u.retiredVersion} borttagen` : ''}`,
        ),
      onError: (error) => this.logger.warn(`Projektionerna kunde inte uppdateras: ${errorMessage(error)}`),
    }).start();
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.worker?.stop();
    await this.env?.close();
    this.worker = undefined;
    this.env = undefined;
  }

  private environment(): ProjectionEnvironment {
    const sql = sqlSettingsOf(this.config.store);
    if (sql.kind === 'embedded') {
      const leases = new LocalLeaseProvider();
      // The store owns the embedded connection and closes it last.
      return {
        store: this.store,
        db: new EmbeddedProjectionDb(this.sql),
        leases,
        close: () => leases.close(),
      };
    }
    const server = { connectionString: sql.url, schema: sql.schema };
    // A tenant's read models share its server's pool with the other tenants of the process.
    const db =
      this.pools && sql.schema
        ? this.pools.projectionDbFor({ url: sql.url, schema: sql.schema })
        : new PgProjectionDb(server);
    const leases = new AdvisoryLeaseProvider(server);
    return {
      store: this.store,
      db,
      leases,
      close: async () => {
        await leases.close();
        await db.close();
      },
    };
  }
}
