import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyInstance } from 'fastify';
import { type LevelWithSilent } from 'pino';
import { RequestLog } from './logging';

export const LOG_LEVEL = 'sparbar:LogLevel';

/**
 * Puts `RequestLog` on the application's Fastify instance as an `onRequest` hook. Added when the
 * modules initialise, so after the hooks the application adds while Nest builds its providers (security
 * headers, CORS, rate limits: what those answer themselves is not logged, as with nestjs-pino's
 * middleware, which ran last) and before Fastify is ready (its routes take the hook then).
 */
@Injectable()
export class RequestLogHook implements OnModuleInit {
  constructor(
    @Inject(HttpAdapterHost) private readonly host: HttpAdapterHost,
    @Inject(LOG_LEVEL) private readonly level: LevelWithSilent,
  ) {}

  onModuleInit(): void {
    const adapter = this.host.httpAdapter;
    // A Nest application without HTTP (a standalone context) has no requests to log.
    if (!adapter || adapter.getType() !== 'fastify') return;
    const log = new RequestLog(this.level);
    (adapter.getInstance() as FastifyInstance).addHook('onRequest', (request, reply, done) =>
      log.handle(request.raw, reply.raw, request.id, request.query, done),
    );
  }
}
