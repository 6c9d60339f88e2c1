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

module.exports = {
  // Integration tests wait on real servers and concurrent writers; a hung one still fails, later.
  testTimeout: 120_000,
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  projects: [project('unit', 'unit'), project('int', 'int'), project('e2e', 'e2e')],
};
