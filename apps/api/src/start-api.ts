import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, configForTenant, type Environment } from '@sparbar/config';
import { demoDataSetting, openApp, type Resources, startApp } from '@sparbar/runtime';
import { PgServerPools } from '@sparbar/projections';
import { type Tenant } from '@sparbar/tenancy';
import { ApiModule } from './api.module';
import { frameworkErrors } from './http/framework-errors';
import { routeByHost } from './plattform/route-by-host';
import { TenantApps } from './plattform/tenant-apps';
import { type ApiSettings, apiSettingsFromEnv } from './settings/api-settings';
import { webApp, webAppSettingsFromEnv } from './web/web-app';

/**
 * Starts the API on PORT; the tests start it the same way as `main.ts`. Settings only the API has
 * (sign-in, CORS, limits, where the built web application is) are read from the same environment as the
 * shared configuration.
 *
 * With PLATFORM_DATABASE_URL the installation serves many organisations (docs/tenancy.md): this
 * process is then the front, answering the platform's own routes and handing every other request, by
 * its host, to the application of the tenant that host belongs to.
 */
export function startApi(config: AppConfig, env: Environment = process.env): Promise<NestFastifyApplication> {
  // All tenants' applications take their connections from one pool per server (closed with the front).
  const pools = config.tenancy ? new PgServerPools({ maxConnections: config.tenancy.poolMax }) : undefined;
  const tenantApps =
    config.tenancy && pools
      ? new TenantApps(
          (tenant) => openTenantApi(config, tenant, env, pools),
          config.tenancy.maxOpenApps,
          pools,
        )
      : undefined;
  return startApp({
    name: 'api',
    config,
    port: config.port,
    portSetting: 'PORT',
    demoData: demoDataSetting(env, config),
    frameworkErrors,
    // Read once the store is open, so that a bad data folder is reported as DATA_DIR first.
    root: (resources) => apiRoot(resources, env, undefined, tenantApps),
    configureHttp: (fastify, resources) => {
      if (tenantApps && resources.tenants) routeByHost(fastify, resources.tenants, tenantApps);
    },
  });
}

/** One tenant's API (and worker, with RUN_WORKER): the same modules, on the tenant's own store. */
function openTenantApi(
  config: AppConfig,
  tenant: Tenant,
  env: Environment,
  pools: PgServerPools,
): Promise<NestFastifyApplication> {
  return openApp({
    config: configForTenant(config, tenant),
    pools,
    frameworkErrors,
    root: (resources) => apiRoot(resources, env, tenant),
  });
}

function apiRoot(resources: Resources, env: Environment, tenant?: Tenant, tenantApps?: TenantApps) {
  const installation = apiSettingsFromEnv(env, resources.config);
  const settings = tenant ? tenantSettings(installation, tenant) : installation;
  const api = ApiModule.register(resources, settings, tenantApps);
  // The web application's pages, served beside the API (apps/api/src/web).
  return { ...api, providers: [...(api.providers ?? []), webApp(webAppSettingsFromEnv(env))] };
}

/**
 * A tenant's own: its first administrators (the installation's ADMIN_BOOTSTRAP would make someone admin
 * in every tenant) and, when the directory names one, its own OIDC provider, whose issuer alone its
 * tokens may come from (no development sign-in or demo people there).
 */
function tenantSettings(installation: ApiSettings, tenant: Tenant): ApiSettings {
  const own = { ...installation, tenantId: tenant.tenantId, adminBootstrap: [...tenant.administrators] };
  if (!tenant.oidc) return own;
  const { issuer, audience, jwksUrl, clientId } = tenant.oidc;
  return {
    ...own,
    auth: { mode: 'oidc', issuer, audience, jwksUrl: new URL(jwksUrl), clientId },
    tenantHasIssuer: true,
    devSeed: false,
  };
}
