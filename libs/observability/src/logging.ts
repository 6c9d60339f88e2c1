import { type IncomingMessage } from 'node:http';
import { type Params } from 'nestjs-pino';
import { type LevelWithSilent, stdTimeFunctions } from 'pino';

/** Probes hit these every few seconds; logging each would drown the requests people make. */
const QUIET_PATHS = ['/health/', '/metrics'];

/**
 * Structured JSON logs on stdout (one object a line, ISO time) for whatever collects them, and one
 * line per request. The request id is the HTTP server's (see `startApp`), so it matches the
 * `x-request-id` a caller sees.
 */
export function loggingParams(level: LevelWithSilent): Params {
  return {
    pinoHttp: {
      level,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      autoLogging: {
        // Fastify's middleware layer strips the matched prefix from `url`; `originalUrl` keeps it.
        ignore: (req: IncomingMessage & { originalUrl?: string }) => {
          const url = req.originalUrl ?? req.url ?? '';
          return QUIET_PATHS.some((path) => url.startsWith(path));
        },
      },
    },
  };
}
