export { RuntimeModule } from './app/runtime.module';
export { WorkerModule } from './app/worker/worker.module';
export { LogFollower } from './app/worker/log-follower';
export { ProjectionRunner, WORKER_PROJECTIONS } from './app/worker/projection-runner';
export { startApp, type StartAppOptions } from './app/start-app';
export { runMain } from './app/run-main';
export { APP_CONFIG, EVENT_STORE, LOG_HEAD, REDIS, SQL_DATABASE } from './app/tokens';
export { openResources, type LogHead, type Resources } from './startup/resources';
export { StartupError, describeStartupFailure } from './startup/startup-error';
