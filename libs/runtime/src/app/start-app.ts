import { randomUUID } from 'node:crypto';
import { type AddressInfo } from 'node:net';
import { type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { type AppConfig, describeStore } from '@sparbar/config';
import { type PgServerPools } from '@sparbar/projections';
import { Logger } from 'nestjs-pino';
import { loadDemoOnFirstStart } from '../startup/demo-data';
import { openResources, type Resources } from '../startup/resources';
import { StartupError, errorCode } from '../startup/startup-error';

export interface StartAppOptions {
  /** Which process this is, for the log: `api` or `worker`. */
  name: string;
  config: AppConfig;
  /** The port to listen on and the variable it came from, to name in a failure. */
  port: number;
  portSetting: string;
  /** The application's root module, built on the opened resources. */
  root: (resources: Resources) => DynamicModule;
  /** Load Region Västerbotten's 2023 into an empty log before serving (DEMO_DATA, `demoDataSetting`). */
  demoData?: boolean;
  /**
   * How Fastify's own refusals are answered, those made before Nest sees the request (a path with
   * broken %-encoding, a path parameter over the router's length): the API answers them as problems.
   */
  frameworkErrors?: FastifyServerOptions['frameworkErrors'];
  /**
   * Hooks of the application's own on its Fastify instance, added before Nest's: the front of an
   * installation of many organisations hands each request to its tenant's application here.
   */
  configureHttp?: (fastify: FastifyInstance, resources: Resources) => void;
}

/** What an application that does not listen needs: a tenant's, whose requests the front hands it. */
export type OpenAppOptions = Pick<StartAppOptions, 'config' | 'root' | 'frameworkErrors'> & {
  /** The process's pools per server, shared with the other tenants' applications (left open on close). */
  pools?: PgServerPools;
};

/**
 * Opens what the process runs on, then starts Nest on Fastify and listens. Everything that can fail
 * because of the configuration fails here, as a `StartupError` naming the setting, with whatever was
 * already opened closed again.
 */
export async function startApp(options: StartAppOptions): Promise<NestFastifyApplication> {
  const resources = await openResources(options.config);
  let app: NestFastifyApplication | undefined;
  try {
    const adapter = httpAdapter(options.frameworkErrors);
    options.configureHttp?.(adapter.getInstance(), resources);
    app = await createNestApp(options, resources, adapter);
    // Before the modules start, so the development seed (same ids) finds the demo's organs and people.
    if (options.demoData) await loadDemoData(resources, app.get(Logger));
    await app.listen(options.port, options.config.host).catch((error: unknown) => {
      throw listenFailure(options.portSetting, options.port, error, options.config.host);
    });
    const address = app.getHttpServer().address() as AddressInfo;
    const worker =
      options.name === 'api' && options.config.apiHostsWorker ? '; arbetaren körs i samma process' : '';
    app
      .get(Logger)
      .log(
        `Spårbar ${options.name} lyssnar på ${listeningOn(address)} (${describeStore(resources.config.store)}${worker})`,
      );
    return app;
  } catch (error) {
    await app?.close().catch(() => undefined);
    await resources.close();
    throw error;
  }
}

/**
 * Opens an application's resources and starts its modules without listening: its Fastify instance
 * takes requests handed to it (`routing`). Closing the application closes its resources.
 */
export async function openApp(options: OpenAppOptions): Promise<NestFastifyApplication> {
  const resources = await openResources(options.config, { pools: options.pools });
  let app: NestFastifyApplication | undefined;
  try {
    app = await createNestApp(options, resources, httpAdapter(options.frameworkErrors));
    await app.init();
    await app.getHttpAdapter().getInstance().ready();
    return app;
  } catch (error) {
    await app?.close().catch(() => undefined);
    await resources.close();
    throw error;
  }
}

async function createNestApp(
  options: OpenAppOptions,
  resources: Resources,
  adapter: FastifyAdapter,
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(options.root(resources), adapter, {
    // Nest's start-up messages wait for pino; a failed start prints only our own line, not Nest's
    // stack trace (which is what flushing or aborting on error would do).
    bufferLogs: true,
    autoFlushLogs: false,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  // From here on Nest's own Logger (`new Logger('Api')` in filters and runners) writes to pino; left
  // buffered, every line it was given (a 500's stack among them) stayed in memory and never came out.
  app.flushLogs();
  return app;
}

async function loadDemoData(resources: Resources, logger: Logger): Promise<void> {
  const outcome = await loadDemoOnFirstStart(resources.store, resources.config.clock);
  if (outcome === 'loaded' || outcome === 'completed')
    logger.log(
      `Demodata: Region Västerbottens 2023 och innevarande år inlästa (DEMO_DATA=false stänger av)`,
      'Demodata',
    );
  else if (outcome === 'not-empty')
    logger.log('Demodata läses inte in: händelseloggen har redan annat innehåll', 'Demodata');
}

/**
 * Fastify with request ids that can be followed across services: a caller's `x-request-id` is kept,
 * otherwise a uuid is made, and either is sent back. The logs carry the same id.
 */
function httpAdapter(frameworkErrors: StartAppOptions['frameworkErrors']): FastifyAdapter {
  const adapter = new FastifyAdapter({
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    ...(frameworkErrors ? { frameworkErrors } : {}),
  });
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header('x-request-id', request.id);
    done();
  });
  return adapter;
}

/** The address the server is bound to, as an operator would type it; 0.0.0.0 and :: say what they mean. */
export function listeningOn({ address, family, port }: AddressInfo): string {
  const host = family === 'IPv6' || address.includes(':') ? `[${address}]` : address;
  const every = address === '0.0.0.0' ? ' (alla IPv4-adresser)' : address === '::' ? ' (alla adresser)' : '';
  return `http://${host}:${port}${every}`;
}

function listenFailure(setting: string, port: number, error: unknown, host: string): StartupError {
  const code = errorCode(error);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND' || code === 'EAI_AGAIN') {
    return new StartupError('HOST', `kan inte lyssna på ${host} (${code})`, { cause: error });
  }
  const reason =
    code === 'EADDRINUSE'
      ? `port ${port} används redan av ett annat program (EADDRINUSE)`
      : code === 'EACCES'
        ? `processen får inte lyssna på port ${port} (EACCES)`
        : `kan inte lyssna på port ${port} (${code ?? String(error)})`;
  return new StartupError(setting, reason, { cause: error });
}
