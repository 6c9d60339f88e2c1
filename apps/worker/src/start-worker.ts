import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type AppConfig, sqlSettingsOf } from '@sparbar/config';
import { StartupError, startApp } from '@sparbar/runtime';
import { WorkerAppModule } from './worker-app.module';

/** Starts the worker on its own, serving /health and /metrics on WORKER_PORT. */
export async function startWorker(config: AppConfig): Promise<NestFastifyApplication> {
  if (sqlSettingsOf(config.store).kind === 'embedded') {
    // The API process already opens the embedded store and runs the worker; a second process on the
    // same folder would corrupt it.
    throw new StartupError(
      'DATABASE_URL',
      'inte satt: med inbäddad lagring kör api-processen arbetaren själv; sätt DATABASE_URL för att köra arbetaren som egen process',
    );
  }
  return startApp({
    name: 'worker',
    config,
    port: config.workerPort,
    portSetting: 'WORKER_PORT',
    root: (resources) => WorkerAppModule.register(resources),
  });
}
