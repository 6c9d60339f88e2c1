import { type INestApplication } from '@nestjs/common';
import { type AppConfig, ConfigError, loadConfig } from '@sparbar/config';
import { Logger } from 'nestjs-pino';
import { StartupError, describeStartupFailure } from '../startup/startup-error';

/** Long enough for in-flight requests and a projection batch; then a stuck close is cut short. */
const SHUTDOWN_TIMEOUT_MS = 15_000;

/**
 * The life of a process: read the configuration, start, and on SIGTERM/SIGINT close the HTTP
 * server, the subscriptions and the store, then let the process end by itself (exit code 0). A
 * failed start prints one line to stderr and exits with 1.
 */
export function runMain(start: (config: AppConfig) => Promise<INestApplication>): void {
  let app: INestApplication | undefined;
  const started = (async () => {
    app = await start(loadConfig(process.env));
  })();
  started.catch((error: unknown) => {
    process.stderr.write(`Spårbar kan inte starta: ${describeStartupFailure(error)}\n`);
    // A failure that is not about a setting is a bug: at debug level, show where it came from.
    const expected = error instanceof StartupError || error instanceof ConfigError;
    if (!expected && /^(debug|trace)$/i.test(process.env.LOG_LEVEL ?? '')) {
      process.stderr.write(`${(error as Error)?.stack ?? error}\n`);
    }
    process.exit(1);
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      process.stderr.write(`Spårbar: ${signal} igen, avbryter utan att stänga klart\n`);
      process.exit(1);
    }
    stopping = true;
    setTimeout(() => {
      process.stderr.write(`Spårbar: stängningen tog mer än ${SHUTDOWN_TIMEOUT_MS / 1000} s, avbryter\n`);
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS).unref();
    void started
      .then(async () => {
        if (!app) return;
        const logger = app.get(Logger);
        logger.log(`Spårbar stänger (${signal})`);
        await app.close();
        logger.log('Spårbar har stängt');
      })
      .catch((error: unknown) => {
        process.stderr.write(`Spårbar: stängningen misslyckades: ${describeStartupFailure(error)}\n`);
        process.exitCode = 1;
      });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}
