import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, type Environment } from '@sparbar/config';
import { demoDataSetting, startApp } from '@sparbar/runtime';
import { ApiModule } from './api.module';
import { apiSettingsFromEnv } from './settings/api-settings';

/**
 * Starts the API on PORT; the tests start it the same way as `main.ts`. Settings only the API has
 * (sign-in, CORS, limits) are read from the same environment as the shared configuration.
 */
export function startApi(config: AppConfig, env: Environment = process.env): Promise<NestFastifyApplication> {
  return startApp({
    name: 'api',
    config,
    port: config.port,
    portSetting: 'PORT',
    demoData: demoDataSetting(env, config),
    // Read once the store is open, so that a bad data folder is reported as DATA_DIR first.
    root: (resources) => ApiModule.register(resources, apiSettingsFromEnv(env, resources.config)),
  });
}
