import { ConfigError, describeStore, loadConfig, systemClock, type Environment } from '../src';

/** The one-line message a failing start-up would print for this environment. */
function refusal(env: Environment): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('runs everything in one process on the embedded store in ./data when nothing is configured', () => {
    expect(loadConfig({})).toEqual({
      host: '0.0.0.0',
      port: 3000,
      workerPort: 3001,
      logLevel: 'info',
      store: { kind: 'embedded', dataDir: './data' },
      redisUrl: undefined,
      queuePrefix: 'sparbar',
      apiHostsWorker: true,
      clock: systemClock,
      witness: {
        dir: 'data/vittne',
        intervalMs: 60_000,
        keyFile: undefined,
        mailTo: [],
        smtpUrl: undefined,
        smtpFrom: 'Spårbar <noreply@sparbar.local>',
      },
      env: {},
      workerListen: true,
      publicBaseUrl: undefined,
    });
  });

  it('takes PUBLIC_BASE_URL without its trailing slash, and names a bad one in Swedish', () => {
    expect(loadConfig({ PUBLIC_BASE_URL: 'https://sparbar.region.se/' }).publicBaseUrl).toBe(
      'https://sparbar.region.se',
    );
    expect(loadConfig({ PUBLIC_BASE_URL: ' https://region.se/sparbar// ' }).publicBaseUrl).toBe(
      'https://region.se/sparbar',
    );
    expect(loadConfig({ PUBLIC_BASE_URL: '' }).publicBaseUrl).toBeUndefined();
    expect(refusal({ PUBLIC_BASE_URL: 'sparbar.region.se' })).toBe(
      'PUBLIC_BASE_URL: "sparbar.region.se" går inte att tolka som en absolut adress (väntade t.ex. https://sparbar.region.se)',
    );
    expect(refusal({ PUBLIC_BASE_URL: 'ftp://region.se' })).toMatch(/^PUBLIC_BASE_URL: okänt schema "ftp:"/);
    expect(refusal({ PUBLIC_BASE_URL: 'https://u:p@region.se' })).toMatch(/användarnamn eller lösenord/);
    expect(refusal({ PUBLIC_BASE_URL: 'https://region.se/?a=1' })).toMatch(/frågedel/);
    expect(refusal({ PUBLIC_BASE_URL: 'https://region.se/#x' })).toMatch(/fragment/);
  });

  it('keeps the environment it was read from, for the parts that read their own settings (reminders)', () => {
    const env = { SMTP_URL: 'smtp://mail.region.example:587', REMINDER_SEND_AT: '07:30' };
    expect(loadConfig(env).env).toBe(env);
  });

  it('lets the worker poll only with WORKER_LISTEN=false, naming a bad value', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://db/x', WORKER_LISTEN: 'false' }).workerListen).toBe(false);
    expect(() => loadConfig({ WORKER_LISTEN: 'sometimes' })).toThrow(
      'WORKER_LISTEN: "sometimes" är varken true eller false',
    );
  });

  it('reads the witness settings, naming a bad interval or address', () => {
    expect(
      loadConfig({
        DATA_DIR: '/srv/sparbar/',
        WITNESS_INTERVAL_SECONDS: '0.5',
        WITNESS_MAIL_TO: 'a@region.se, b@region.se',
      }).witness,
    ).toMatchObject({ dir: '/srv/sparbar/vittne', intervalMs: 500, mailTo: ['a@region.se', 'b@region.se'] });
    expect(loadConfig({ WITNESS_DIR: '/mnt/worm/sparbar' }).witness.dir).toBe('/mnt/worm/sparbar');
    // One folder per database: two installations (or test schemas) never check each other's heads.
    const server = 'postgres://sparbar:hemligt@db.region.se:5433/sparbar';
    expect(loadConfig({ DATABASE_URL: server, DATABASE_SCHEMA: 'prod' }).witness.dir).toBe(
      'data/vittne/db.region.se-5433-sparbar-prod',
    );
    expect(loadConfig({ EVENT_STORE: 'memory' }).witness.dir).toMatch(/sparbar-vittne-[0-9a-f-]{36}$/);
    expect(refusal({ WITNESS_INTERVAL_SECONDS: 'ofta' })).toBe(
      'WITNESS_INTERVAL_SECONDS: "ofta" är inget antal sekunder mellan 0,05 och 86400',
    );
    expect(refusal({ WITNESS_MAIL_TO: 'a@region.se,revisorerna' })).toBe(
      'WITNESS_MAIL_TO: "revisorerna" är ingen e-postadress',
    );
  });

  it('listens on HOST and names its queue keys by QUEUE_PREFIX, so two installations share one host and Redis', () => {
    expect(loadConfig({ HOST: '127.0.0.1', QUEUE_PREFIX: 'sparbar-test' })).toMatchObject({
      host: '127.0.0.1',
      queuePrefix: 'sparbar-test',
    });
    expect(loadConfig({ HOST: '::' }).host).toBe('::');
    expect(loadConfig({ HOST: 'localhost' }).host).toBe('localhost');
    expect(refusal({ HOST: 'http://localhost:3000' })).toBe(
      'HOST: "http://localhost:3000" är ingen adress att lyssna på (t.ex. 0.0.0.0, 127.0.0.1 eller ::)',
    );
    expect(refusal({ QUEUE_PREFIX: 'sparbar:test' })).toBe(
      'QUEUE_PREFIX: "sparbar:test" duger inte som köprefix (bokstäver a–z, siffror, - och _, högst 50 tecken)',
    );
  });

  it('moves the clock to CLOCK_START, which then runs on; never in production', () => {
    const clock = loadConfig({ CLOCK_START: '2025-06-18T10:00:00+02:00' }).clock;
    const first = clock().getTime();
    expect(first).toBeGreaterThanOrEqual(Date.parse('2025-06-18T08:00:00Z'));
    expect(first).toBeLessThan(Date.parse('2025-06-18T08:01:00Z'));
    expect(clock().getTime()).toBeGreaterThanOrEqual(first);
    expect(refusal({ CLOCK_START: '2025-06-18T10:00:00+02:00', NODE_ENV: 'production' })).toBe(
      'CLOCK_START: får inte sättas i produktion: där gäller serverns klocka',
    );
    expect(refusal({ CLOCK_START: '2025-06-18' })).toMatch(
      /^CLOCK_START: "2025-06-18" är ingen tidpunkt med tidszon/,
    );
  });

  it('treats empty variables as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ', LOG_LEVEL: '' })).toMatchObject({
      port: 3000,
      store: { kind: 'embedded' },
      logLevel: 'info',
    });
  });

  it('uses PostgreSQL when DATABASE_URL is set, and then leaves the worker to its own process', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://app:secret@db:5432/sparbar',
      DATABASE_SCHEMA: 'x_1',
    });
    expect(config.store).toEqual({
      kind: 'postgres',
      url: 'postgres://app:secret@db:5432/sparbar',
      schema: 'x_1',
    });
    expect(config.apiHostsWorker).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgresql://db/sparbar', RUN_WORKER: 'true' }).apiHostsWorker).toBe(
      true,
    );
  });

  it('sends the log to EventStoreDB and the read models to the SQL database when EVENTSTOREDB_URL is set', () => {
    expect(
      loadConfig({ EVENTSTOREDB_URL: 'esdb://a:2113,b:2113?tls=false', DATA_DIR: '/var/sparbar' }),
    ).toMatchObject({
      store: {
        kind: 'eventstoredb',
        url: 'esdb://a:2113,b:2113?tls=false',
        readModels: { kind: 'embedded', dataDir: '/var/sparbar' },
      },
      apiHostsWorker: true,
    });
    expect(
      loadConfig({ EVENTSTOREDB_URL: 'esdb+discover://cluster:2113', DATABASE_URL: 'postgres://db/x' }).store,
    ).toEqual({
      kind: 'eventstoredb',
      url: 'esdb+discover://cluster:2113',
      readModels: { kind: 'postgres', url: 'postgres://db/x' },
    });
  });

  it('reads PORT, REDIS_URL and LOG_LEVEL', () => {
    expect(loadConfig({ PORT: '8080', REDIS_URL: 'redis://cache:6379', LOG_LEVEL: 'DEBUG' })).toMatchObject({
      port: 8080,
      redisUrl: 'redis://cache:6379',
      logLevel: 'debug',
    });
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT: "abc" är inget portnummer (ett heltal 0–65535)'],
    [{ PORT: '70000' }, 'PORT: "70000" är inget portnummer (ett heltal 0–65535)'],
    [{ WORKER_PORT: '-1' }, 'WORKER_PORT: "-1" är inget portnummer (ett heltal 0–65535)'],
    [
      { DATABASE_URL: 'mysql://db/x' },
      'DATABASE_URL: okänt schema "mysql:" (väntade postgres: eller postgresql:)',
    ],
    [{ DATABASE_URL: 'db.example.org' }, 'DATABASE_URL: går inte att tolka som URL'],
    [{ DATABASE_URL: 'postgres://db:fem/x' }, 'DATABASE_URL: porten "fem" är inget portnummer'],
    [{ DATABASE_URL: 'postgres://data base/x' }, 'DATABASE_URL: går inte att tolka som URL'],
    [{ REDIS_URL: 'http://cache:6379' }, 'REDIS_URL: okänt schema "http:" (väntade redis: eller rediss:)'],
    [{ REDIS_URL: 'redis://cache:port' }, 'REDIS_URL: porten "port" är inget portnummer'],
    [
      { EVENTSTOREDB_URL: 'kafka://x:9092' },
      'EVENTSTOREDB_URL: okänt schema "kafka:" (väntade esdb: eller esdb+discover:)',
    ],
    [{ EVENTSTOREDB_URL: 'esdb://a:2113,b:x' }, 'EVENTSTOREDB_URL: porten "x" är inget portnummer'],
    [{ EVENTSTOREDB_URL: 'esdb://' }, 'EVENTSTOREDB_URL: går inte att tolka som URL'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL: okänd nivå "verbose"'],
    [{ RUN_WORKER: 'yes' }, 'RUN_WORKER: "yes" är varken true eller false'],
    [{ RUN_WORKER: 'false' }, 'RUN_WORKER: kan inte vara false med inbäddad lagring'],
    [{ EVENT_STORE: 'redis' }, 'EVENT_STORE: "redis" är inget känt värde (bara memory, eller osatt)'],
    [
      { EVENT_STORE: 'memory', NODE_ENV: 'production', DATABASE_URL: 'postgres://db/x' },
      'EVENT_STORE: memory får inte användas i produktion',
    ],
    [
      { EVENT_STORE: 'memory', EVENTSTOREDB_URL: 'esdb://es:2113' },
      'EVENT_STORE: memory går inte ihop med EVENTSTOREDB_URL',
    ],
    [
      { EVENT_STORE: 'memory', DATABASE_URL: 'postgres://db/x', RUN_WORKER: 'false' },
      'RUN_WORKER: kan inte vara false med EVENT_STORE=memory',
    ],
    [{ DATABASE_SCHEMA: 'x' }, 'DATABASE_SCHEMA: gäller bara tillsammans med DATABASE_URL'],
    [
      { DATABASE_URL: 'postgres://db/x', DATABASE_SCHEMA: 'a;drop' },
      'DATABASE_SCHEMA: "a;drop" är inget giltigt',
    ],
  ])('refuses %j with one line naming the variable', (env, message) => {
    const text = refusal(env);
    expect(text.startsWith(message)).toBe(true);
    expect(text).not.toContain('\n');
  });

  it('never repeats a password from a bad URL', () => {
    expect(refusal({ DATABASE_URL: 'postgres://app:hemligt@db:x/sparbar' })).not.toContain('hemligt');
    expect(refusal({ REDIS_URL: 'redis://:hemligt@cache:port' })).not.toContain('hemligt');
  });
});

describe('EVENT_STORE=memory', () => {
  it('keeps the log in memory and the read models in the SQL database, the worker in the API process', () => {
    const config = loadConfig({
      EVENT_STORE: 'memory',
      DATABASE_URL: 'postgres://app:hemligt@db/x',
      DATABASE_SCHEMA: 'x_1',
    });
    expect(config.store).toEqual({
      kind: 'memory',
      readModels: { kind: 'postgres', url: 'postgres://app:hemligt@db/x', schema: 'x_1' },
    });
    expect(config.apiHostsWorker).toBe(true);
    expect(describeStore(config.store)).toBe(
      'händelseloggen i minnet (bara för utveckling och test), läsmodeller i PostgreSQL postgres://app:***@db/x (schema x_1)',
    );
    expect(loadConfig({ EVENT_STORE: 'memory', DATA_DIR: '/tmp/x' }).store).toEqual({
      kind: 'memory',
      readModels: { kind: 'embedded', dataDir: '/tmp/x' },
    });
  });
});

describe('describeStore', () => {
  it('says where the data lives without the password', () => {
    const config = loadConfig({
      EVENTSTOREDB_URL: 'esdb://es:2113',
      DATABASE_URL: 'postgres://app:hemligt@db/x',
    });
    expect(describeStore(config.store)).toBe(
      'EventStoreDB esdb://es:2113, läsmodeller i PostgreSQL postgres://app:***@db/x',
    );
  });
});

describe('many organisations (PLATFORM_DATABASE_URL)', () => {
  it('is off unless the tenant directory is named; then its schema is `plattform` unless set', () => {
    expect(loadConfig({}).tenancy).toBeUndefined();
    expect(loadConfig({ PLATFORM_DATABASE_URL: 'postgres://db/sparbar' }).tenancy).toEqual({
      directoryUrl: 'postgres://db/sparbar',
      schema: 'plattform',
      maxOpenApps: 20,
      poolMax: 20,
      servers: ['postgres://db/sparbar'],
      tenantsPerServer: undefined,
    });
    expect(
      loadConfig({ PLATFORM_DATABASE_URL: 'postgres://db/sparbar', TENANT_POOL_MAX: '8' }).tenancy?.poolMax,
    ).toBe(8);
    expect(
      loadConfig({ PLATFORM_DATABASE_URL: 'postgres://db/sparbar', PLATFORM_SCHEMA: 'katalog' }).tenancy
        ?.schema,
    ).toBe('katalog');
  });

  it('places new tenants on PLATFORM_SERVERS, each once, at most PLATFORM_TENANTS_PER_SERVER a server', () => {
    const tenancy = loadConfig({
      PLATFORM_DATABASE_URL: 'postgres://db/sparbar',
      PLATFORM_SERVERS: 'postgres://db2/sparbar, postgres://db3/sparbar,postgres://db2/sparbar',
      PLATFORM_TENANTS_PER_SERVER: '150',
    }).tenancy;
    expect(tenancy?.servers).toEqual(['postgres://db2/sparbar', 'postgres://db3/sparbar']);
    expect(tenancy?.tenantsPerServer).toBe(150);
  });

  it.each([
    [
      { PLATFORM_DATABASE_URL: 'postgres://db/x', PLATFORM_SERVERS: 'postgres://db2/x,redis://db3' },
      'PLATFORM_SERVERS: okänt schema "redis:"',
    ],
    [
      { PLATFORM_DATABASE_URL: 'postgres://db/x', PLATFORM_TENANTS_PER_SERVER: '0' },
      'PLATFORM_TENANTS_PER_SERVER: "0" är inget positivt heltal',
    ],
    [{ PLATFORM_SCHEMA: 'katalog' }, 'PLATFORM_SCHEMA: gäller bara tillsammans med PLATFORM_DATABASE_URL'],
    [{ PLATFORM_DATABASE_URL: 'mysql://db/x' }, 'PLATFORM_DATABASE_URL: okänt schema "mysql:"'],
    [
      { PLATFORM_DATABASE_URL: 'postgres://db/x', TENANT_APPS_MAX: '0' },
      'TENANT_APPS_MAX: "0" är inget positivt heltal',
    ],
    [
      { PLATFORM_DATABASE_URL: 'postgres://db/x', TENANT_POOL_MAX: 'tjugo' },
      'TENANT_POOL_MAX: "tjugo" är inget positivt heltal',
    ],
    [
      { PLATFORM_DATABASE_URL: 'postgres://db/x', PLATFORM_SCHEMA: 'a-b' },
      'PLATFORM_SCHEMA: "a-b" är inget giltigt schemanamn',
    ],
  ])('refuses %j', (env, message) => {
    expect(refusal(env)).toContain(message);
  });
});
