import { type OrganisationSlag } from '@sparbar/domain';
import { Client, Pool, type PoolClient } from 'pg';
import { type Tenant, TenancyError, type TenantLogStore, type TenantState } from '../tenant';
import { type TenantOidc } from '../tenant-addresses';
import { type DirectoryWatch, type TenantDirectory } from '../tenant-directory.port';
import { DirectoryListener, directoryChannel } from './directory-changes';
import { quoteIdent } from './sql-names';

interface TenantRow {
  tenant_id: string;
  namn: string;
  kind: OrganisationSlag;
  server_url: string | null;
  schema_name: string;
  log_store: TenantLogStore;
  stream_prefix: string | null;
  data_dir: string | null;
  state: TenantState;
  created_at: Date;
  administrators: string[];
  hosts: string[] | null;
  oidc: TenantOidc | null;
  public_base_url: string | null;
}

const UNIQUE_VIOLATION = '23505';

/**
 * The tenant directory in the platform schema of the installation's main PostgreSQL server: one row
 * per tenant, one per host name (a host's primary key is what keeps it to one tenant).
 */
export class PostgresTenantDirectory implements TenantDirectory {
  private readonly listener: DirectoryListener;

  private constructor(
    private readonly pool: Pool,
    private readonly schema: string,
    url: string,
  ) {
    this.listener = new DirectoryListener(
      () => new Client({ connectionString: url, connectionTimeoutMillis: 5_000 }),
      directoryChannel(schema),
    );
  }

  /** Connects and creates the platform schema's tables if they are missing. */
  static async open(url: string, schema = 'plattform'): Promise<PostgresTenantDirectory> {
    const pool = new Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5_000 });
    pool.on('error', () => undefined);
    const directory = new PostgresTenantDirectory(pool, schema, url);
    try {
      await directory.migrate();
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return directory;
  }

  private get tenants(): string {
    return `${quoteIdent(this.schema)}.tenants`;
  }

  private get hosts(): string {
    return `${quoteIdent(this.schema)}.tenant_hosts`;
  }

  private async migrate(): Promise<void> {
    await this.transaction(async (client) => {
      // Two processes starting at once would race on CREATE ... IF NOT EXISTS.
      await client.query(`SELECT pg_advisory_xact_lock(hashtext('sparbar:plattform:' || $1))`, [this.schema]);
      await client.query(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(this.schema)}`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${this.tenants} (
        tenant_id text PRIMARY KEY,
        namn text NOT NULL,
        server_url text NOT NULL,
        schema_name text NOT NULL,
        state text NOT NULL,
        created_at timestamptz NOT NULL,
        administrators text[] NOT NULL DEFAULT '{}'
      )`);
      // Tenants entered before kinds existed were regions (the only organ types there were).
      await client.query(
        `ALTER TABLE ${this.tenants} ADD COLUMN IF NOT EXISTS kind text NOT NULL DEFAULT 'region'
           CHECK (kind IN ('region', 'kommun'))`,
      );
      // A tenant's own sign-in and public address came later; without them, the installation's.
      await client.query(`ALTER TABLE ${this.tenants} ADD COLUMN IF NOT EXISTS oidc jsonb`);
      await client.query(`ALTER TABLE ${this.tenants} ADD COLUMN IF NOT EXISTS public_base_url text`);
      // Logs in EventStoreDB or in a data folder came later still: every tenant before was on PostgreSQL.
      await client.query(
        `ALTER TABLE ${this.tenants} ADD COLUMN IF NOT EXISTS log_store text NOT NULL DEFAULT 'postgres'
           CHECK (log_store IN ('postgres', 'eventstoredb', 'embedded'))`,
      );
      await client.query(`ALTER TABLE ${this.tenants} ADD COLUMN IF NOT EXISTS stream_prefix text`);
      await client.query(`ALTER TABLE ${this.tenants} ADD COLUMN IF NOT EXISTS data_dir text`);
      // An embedded tenant has no server.
      await client.query(`ALTER TABLE ${this.tenants} ALTER COLUMN server_url DROP NOT NULL`);
      await client.query(`CREATE TABLE IF NOT EXISTS ${this.hosts} (
        host text PRIMARY KEY,
        tenant_id text NOT NULL REFERENCES ${this.tenants} (tenant_id) ON DELETE CASCADE
      )`);
    });
  }

  async add(tenant: Tenant): Promise<void> {
    await this.transaction(async (client) => {
      await client
        .query(
          `INSERT INTO ${this.tenants}
             (tenant_id, namn, server_url, schema_name, state, created_at, administrators, kind,
              oidc, public_base_url, log_store, stream_prefix, data_dir)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
          [
            tenant.tenantId,
            tenant.namn,
            tenant.serverUrl,
            tenant.schema,
            tenant.state,
            tenant.createdAt,
            [...tenant.administrators],
            tenant.kind,
            tenant.oidc === null ? null : JSON.stringify(tenant.oidc),
            tenant.publicBaseUrl,
            tenant.logStore,
            tenant.streamPrefix,
            tenant.dataDir,
          ],
        )
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) {
            throw new TenancyError(
              'TENANT_EXISTS',
              `Organisationen ${tenant.tenantId} finns redan`,
              'tenantId',
            );
          }
          throw error;
        });
      for (const host of tenant.hosts) {
        await client
          .query(`INSERT INTO ${this.hosts} (host, tenant_id) VALUES ($1, $2)`, [host, tenant.tenantId])
          .catch((error: unknown) => {
            if (isUniqueViolation(error)) {
              throw new TenancyError('HOST_TAKEN', `Värdnamnet ${host} används redan`, 'hosts');
            }
            throw error;
          });
      }
      await this.notify(client);
    });
    this.listener.changedHere();
  }

  async setState(tenantId: string, state: TenantState): Promise<void> {
    await this.transaction(async (client) => {
      const { rowCount } = await client.query(`UPDATE ${this.tenants} SET state = $2 WHERE tenant_id = $1`, [
        tenantId,
        state,
      ]);
      if (rowCount === 0) throw notFound(tenantId);
      await this.notify(client);
    });
    this.listener.changedHere();
  }

  async beginMove(tenantId: string, serverUrl: string): Promise<boolean> {
    const began = await this.transaction(async (client) => {
      const { rowCount } = await client.query(
        `UPDATE ${this.tenants} SET state = 'moving'
          WHERE tenant_id = $1 AND state = 'active' AND server_url = $2`,
        [tenantId, serverUrl],
      );
      if (rowCount === 0) return false;
      await this.notify(client);
      return true;
    });
    if (began) this.listener.changedHere();
    return began;
  }

  async switchServer(tenantId: string, serverUrl: string): Promise<void> {
    await this.transaction(async (client) => {
      const { rowCount } = await client.query(
        `UPDATE ${this.tenants} SET server_url = $2, state = 'active' WHERE tenant_id = $1`,
        [tenantId, serverUrl],
      );
      if (rowCount === 0) throw notFound(tenantId);
      await this.notify(client);
    });
    this.listener.changedHere();
  }

  async list(): Promise<Tenant[]> {
    const { rows } = await this.pool.query<TenantRow>(`${this.select()} ORDER BY t.tenant_id`);
    return rows.map(toTenant);
  }

  async byId(tenantId: string): Promise<Tenant | null> {
    const { rows } = await this.pool.query<TenantRow>(`${this.select()} WHERE t.tenant_id = $1`, [tenantId]);
    return rows[0] ? toTenant(rows[0]) : null;
  }

  async byHost(host: string): Promise<Tenant | null> {
    const { rows } = await this.pool.query<TenantRow>(
      `${this.select()} WHERE t.tenant_id = (SELECT tenant_id FROM ${this.hosts} WHERE host = $1)`,
      [host],
    );
    return rows[0] ? toTenant(rows[0]) : null;
  }

  async delete(tenantId: string): Promise<void> {
    await this.transaction(async (client) => {
      await client.query(`DELETE FROM ${this.tenants} WHERE tenant_id = $1`, [tenantId]);
      await this.notify(client);
    });
    this.listener.changedHere();
  }

  watchChanges(onChanged: () => void): DirectoryWatch {
    return this.listener.watch(onChanged);
  }

  async close(): Promise<void> {
    await this.listener.close();
    await this.pool.end();
  }

  /** Inside the change's transaction: sent when (and only if) it commits. */
  private async notify(client: PoolClient): Promise<void> {
    await client.query('SELECT pg_notify($1, $2)', [directoryChannel(this.schema), '']);
  }

  private select(): string {
    return `SELECT t.*, (SELECT array_agg(h.host ORDER BY h.host) FROM ${this.hosts} h
              WHERE h.tenant_id = t.tenant_id) AS hosts
            FROM ${this.tenants} t`;
  }

  private async transaction<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }
}

function toTenant(row: TenantRow): Tenant {
  return {
    tenantId: row.tenant_id,
    namn: row.namn,
    kind: row.kind,
    hosts: row.hosts ?? [],
    logStore: row.log_store,
    serverUrl: row.server_url,
    schema: row.schema_name,
    streamPrefix: row.stream_prefix,
    dataDir: row.data_dir,
    state: row.state,
    createdAt: row.created_at.toISOString(),
    administrators: row.administrators,
    oidc: row.oidc ?? null,
    publicBaseUrl: row.public_base_url ?? null,
  };
}

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string }).code === UNIQUE_VIOLATION;
}

function notFound(tenantId: string): TenancyError {
  return new TenancyError('TENANT_NOT_FOUND', `Organisationen ${tenantId} finns inte`);
}
