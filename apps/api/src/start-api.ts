import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig } from '@sparbar/config';
import { startApp } from '@sparbar/runtime';
import { ApiModule } from './api.module';

/** Starts the API on PORT; the tests start it the same way as `main.ts`. */
export function startApi(config: AppConfig): Promise<NestFastifyApplication> {
  return startApp({
    name: 'api',
    config,
    port: config.port,
    portSetting: 'PORT',
    root: (resources) => ApiModule.register(resources),
  });
}
