// Three levels, named by file suffix (see ../shared/style.md): unit (pure), int (real PostgreSQL,
// Redis, embedded store), e2e (the HTTP app). `npm test` runs them all.
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
    sourceMaps: 'inline',
  },
];

const moduleNameMapper = {
  '^@sparbar/([a-z-]+)$': '<rootDir>/libs/$1/src',
  '^@sparbar/([a-z-]+)/(.*)$': '<rootDir>/libs/$1/src/$2',
};

const project = (displayName, suffix, extra = {}) => ({
  displayName,
  rootDir: __dirname,
  testEnvironment: 'node',
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper,
  testMatch: [`<rootDir>/{apps,libs,test}/**/*.${suffix}.spec.ts`],
  ...extra,
});

/** Servers for the levels that use them: TEST_DATABASE_URL / TEST_REDIS_URL, or throwaway ones. */
const servers = {
  globalSetup: '<rootDir>/test/support/servers.setup.js',
  globalTeardown: '<rootDir>/test/support/servers.teardown.js',
};

/**
 * History, as-of reads, reports, the auditor's package, chain verification and the import; joint uppdrag,
 * the uppsikt overview and the inkorg (reminders planned from the log); the person register the guard
 * follows (its directory reads what the log gained), and the adoption of period reports with its lock.
 */
const PORT_ONLY = [
  'historik',
  'perioder',
  'rapporter',
  'granskning',
  'granskning-paket',
  'granskning-vittne',
  'import',
  'import-printed',
  'uppdrag',
  'delmal',
  'business-time',
  'joint-uppdrag',
  'uppsikt-oversikt',
  'inkorg',
  'faststallelse-rapporter',
  'person-register',
  'faststallelse',
];

module.exports = {
  // Integration tests wait on real servers and concurrent writers; a hung one still fails, later.
  testTimeout: 120_000,
  // One test file at a time (2 cores), but in a worker that is replaced once it holds more than this:
  // run in band, the process kept ~23 MB per file and ran out of heap after 164 of 191 files.
  workerIdleMemoryLimit: '1500MB',
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [
    project('unit', 'unit'),
    project('int', 'int', servers),
    project('e2e', 'e2e', servers),
    // The end-to-end tests that read the log once more with the log only behind the port (in memory)
    // and read models in PostgreSQL: what the EventStoreDB configuration needs, shown without a server.
    project('e2e-port-only', 'e2e', {
      testMatch: PORT_ONLY.map((name) => `<rootDir>/apps/api/test/${name}.e2e.spec.ts`),
      setupFiles: ['<rootDir>/test/support/log-in-memory.setup.ts'],
      ...servers,
    }),
  ],
};
