/**
 * The event store's shared pools per PostgreSQL server (PgServerPools in libs/event-store), with the
 * read models' database of a tenant on them too: a process serving many tenants needs one registry for
 * the log, the read models and the LISTEN connection.
 */
import { PgServerPools as StorePools, type TenantPlace } from '@sparbar/event-store';
import { PgProjectionDb } from './pg-projection-db';

export class PgServerPools extends StorePools {
  /** The tenant's read models on its server's shared pool; closing it leaves the pool open. */
  projectionDbFor(place: TenantPlace): PgProjectionDb {
    return new PgProjectionDb(this.schemaPoolFor(place));
  }
}
