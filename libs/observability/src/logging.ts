import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Params } from 'nestjs-pino';
import { type Store, storage } from 'nestjs-pino/storage';
import {
  type DestinationStream,
  type LevelWithSilent,
  type Logger as PinoInstance,
  stdTimeFunctions,
} from 'pino';
import { type Options, pinoHttp } from 'pino-http';

/** Probes hit these every few seconds; logging each would drown the requests people make. */
const QUIET_PATHS = ['/health/', '/metrics'];

type LoggedRequest = IncomingMessage & { originalUrl?: string; id?: unknown; query?: unknown };

/**
 * Structured JSON logs on stdout (one object a line, ISO time) for whatever collects them, and one
 * line per request. The request id is the HTTP server's (see `startApp`), so it matches the
 * `x-request-id` a caller sees.
 */
function pinoOptions(level: LevelWithSilent): Options<LoggedRequest> {
  return {
    level,
    timestamp: stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
    redact: ['req.headers.authorization', 'req.headers.cookie'],
    autoLogging: {
      // Fastify's middleware layer strips the matched prefix from `url`; `originalUrl` keeps it.
      ignore: (req) => quiet(req),
    },
  };
}

function quiet(req: LoggedRequest): boolean {
  const url = req.originalUrl ?? req.url ?? '';
  return QUIET_PATHS.some((path) => url.startsWith(path));
}

/**
 * nestjs-pino's logger (Nest's own `Logger` writes to it), without its request middleware: the request
 * lines come from `RequestLog` (a Fastify hook) instead, see there.
 */
export function loggingParams(level: LevelWithSilent): Params {
  return { pinoHttp: pinoOptions(level), forRoutes: [] };
}

/**
 * The lines pino-http writes for a request ("request completed", "request aborted", "request
 * errored": the request as pino-http serialises it, the response's status, `responseTime`), and the
 * request's logger for whatever logs while it is handled (Nest's `Logger`, through nestjs-pino's
 * store): the same lines nestjs-pino's middleware wrote, from a Fastify `onRequest` hook.
 *
 * Nest ran that middleware through Fastify's middleware layer (middie) and pino-http made the request's
 * child logger on every request, serialising and redacting the request's headers even when nothing
 * would be logged at the level set (issue 21's profile: about 9 % of the API's CPU under load). Here
 * the child logger is made when a line is written: at once, when request lines are written at the
 * level set (as pino-http did), else only if something in the request logs.
 */
export class RequestLog {
  private readonly logger: PinoInstance;
  /** Whether the request lines (pino-http's level, info) are written at the level set. */
  private readonly eager: boolean;

  /** `destination`: where the lines go (stdout unless a test says otherwise). */
  constructor(level: LevelWithSilent, destination?: DestinationStream) {
    // pino-http's own logger: its serializers (req, res, err) wrapped as pino-http wraps them.
    this.logger = pinoHttp(pinoOptions(level), destination).logger as unknown as PinoInstance;
    this.eager = this.logger.isLevelEnabled('info');
  }

  /**
   * For a request: `raw`/`res` the Node request and response, `id` the server's request id,
   * `query` the parsed query string (what pino-http was shown through middie). Calls `next` inside
   * the request's logging context.
   */
  handle(req: LoggedRequest, res: ServerResponse, id: string, query: unknown, next: () => void): void {
    // What middie set on the raw request before pino-http saw it, as far as the request line shows it.
    req.originalUrl = req.url;
    req.id = id;
    req.query = query;
    const started = Date.now();
    const root = this.logger;
    let child: PinoInstance | undefined = this.eager ? root.child({ req }) : undefined;
    const store = {
      get logger(): PinoInstance {
        return (child ??= root.child({ req }));
      },
      set logger(logger: PinoInstance) {
        child = logger;
      },
      responseLogger: undefined,
    } as unknown as Store;
    if (this.eager) {
      const complete = (error?: Error) => {
        res.removeListener('close', complete);
        res.removeListener('finish', complete);
        res.removeListener('error', complete);
        requestLine(store.logger as unknown as PinoInstance, req, res, Date.now() - started, error);
      };
      // As pino-http: a probe's request is logged only if its response fails.
      if (!quiet(req)) {
        res.on('close', complete);
        res.on('finish', complete);
      }
      res.on('error', complete);
    }
    storage.run(store, next);
  }
}

/** pino-http's line for a finished request (its `onResFinished`, at its default level). */
function requestLine(
  log: PinoInstance,
  req: LoggedRequest,
  res: ServerResponse & { err?: unknown },
  responseTime: number,
  error: Error | undefined,
): void {
  if (error || res.err || res.statusCode >= 500) {
    const err = error ?? res.err ?? new Error(`failed with status code ${res.statusCode}`);
    log.info({ res, err, responseTime }, 'request errored');
    return;
  }
  log.info(
    { res, responseTime },
    !req.readableAborted && res.writableEnded ? 'request completed' : 'request aborted',
  );
}
