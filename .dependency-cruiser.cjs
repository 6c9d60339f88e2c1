/** Layer rules: the domain is pure; libraries never reach into apps; the web shares one domain module; no cycles. */
module.exports = {
  forbidden: [
    {
      name: 'domain-is-pure',
      comment: 'libs/domain holds the rules only: no Nest, no database, no queue, no adapter, no other lib.',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { path: '^(apps/|libs/(?!domain/))' },
    },
    {
      name: 'domain-no-infrastructure-packages',
      severity: 'error',
      from: { path: '^libs/domain/' },
      to: { path: 'node_modules/(@nestjs|pg|pg-.*|@electric-sql|@eventstore|bullmq|ioredis|nodemailer)/' },
    },
    {
      name: 'libs-do-not-import-apps',
      severity: 'error',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'apps-do-not-import-each-other',
      comment:
        "The web app's browser tests start the real API (its test harness) to serve the pages they drive.",
      severity: 'error',
      from: { path: '^apps/([^/]+)/', pathNot: '^apps/web/test/' },
      to: { path: '^apps/([^/]+)/', pathNot: '^apps/$1/' },
    },
    {
      name: 'web-shares-one-domain-module',
      comment:
        'The web app takes from libs/ only what it shares with the domain, named in one module ' +
        "(libs/domain/src/shared-with-web.ts); the API's answers come typed from the generated " +
        "apps/web/src/api-types.ts. Its browser tests (apps/web/test) may use the API's test harness and helpers.",
      severity: 'error',
      from: { path: '^apps/web/src/' },
      to: { path: '^libs/', pathNot: '^libs/domain/src/shared-with-web\\.ts$' },
    },
    {
      name: 'application-stands-on-domain-and-port',
      comment:
        'libs/application (the use cases) uses the rules and the event store port only: no read model, report, queue, framework or adapter.',
      severity: 'error',
      from: { path: '^libs/application/' },
      to: { path: '^(apps/|libs/(?!(application|domain|event-store)/))' },
    },
    {
      name: 'application-no-framework',
      severity: 'error',
      from: { path: '^libs/application/' },
      to: { path: 'node_modules/(@nestjs|pg|bullmq|ioredis|nodemailer|fastify)/' },
    },
    {
      name: 'event-store-is-the-ground',
      comment: 'The log and its adapters depend on nothing of ours: everything else stands on the port.',
      severity: 'error',
      from: { path: '^libs/event-store/' },
      to: { path: '^(apps/|libs/(?!event-store/))' },
    },
    {
      name: 'tenancy-stands-on-the-use-cases',
      comment:
        'libs/tenancy (the tenant directory, provisioning) writes a tenant through the use cases and the event store port: no read model, queue, runtime or framework.',
      severity: 'error',
      // Its tests may wire it as the process running it does (the CLI with runtime's read-model builder).
      from: { path: '^libs/tenancy/', pathNot: '^libs/tenancy/test/' },
      // libs/audit's export file format (chain code only, no read model) is what an export writes.
      to: {
        path: '^(apps/|libs/(?!(tenancy|application|domain|event-store|config)/|audit/src/chain/(export-file|canonical|hash)\\.ts$))',
      },
    },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|data|coverage)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
  },
};
