import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, type Environment } from '@sparbar/config';
import { demoDataSetting, startApp } from '@sparbar/runtime';
import { ApiModule } from './api.module';
import { frameworkErrors } from './http/framework-errors';
import { apiSettingsFromEnv } from './settings/api-settings';
import { webApp, webAppSettingsFromEnv } from './web/web-app';

/**
 * Starts the API on PORT; the tests start it the same way as `main.ts`. Settings only the API has
 * (sign-in, CORS, limits, where the built web application is) are read from the same environment as the
 * shared configuration.
 */
export function startApi(config: AppConfig, env: Environment = process.env): Promise<NestFastifyApplication> {
  return startApp({
    name: 'api',
    config,
    port: config.port,
    portSetting: 'PORT',
    demoData: demoDataSetting(env, config),
    frameworkErrors,
    // Read once the store is open, so that a bad data folder is reported as DATA_DIR first.
    root: (resources) => {
      const api = ApiModule.register(resources, apiSettingsFromEnv(env, resources.config));
      // The web application's pages, served beside the API (apps/api/src/web).
      return { ...api, providers: [...(api.providers ?? []), webApp(webAppSettingsFromEnv(env))] };
    },
  });
}
