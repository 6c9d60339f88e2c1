import { randomUUID } from 'node:crypto';
import { type IncomingMessage } from 'node:http';
import { type Params } from 'nestjs-pino';
import { type LevelWithSilent, stdTimeFunctions } from 'pino';

/** Probes hit these every few seconds; logging each would drown the requests people make. */
const QUIET_PATHS = ['/health/', '/metrics'];

/**
 * Structured JSON logs on stdout (one object a line, ISO time) for whatever collects them, and one
 * line per request. A caller's `x-request-id` is kept so a request can be followed across services.
 */
export function loggingParams(level: LevelWithSilent): Params {
  return {
    pinoHttp: {
      level,
      timestamp: stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      redact: ['req.headers.authorization', 'req.headers.cookie'],
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && given.length <= 200 ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: {
        ignore: (req: IncomingMessage) => QUIET_PATHS.some((path) => req.url?.startsWith(path)),
      },
    },
  };
}
