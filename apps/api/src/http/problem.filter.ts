/**
 * The one place where failures become HTTP answers. Refusals keep their stable code and Swedish
 * message; anything unexpected is logged with its stack and answered with "Internt fel" and the
 * request id only — never a stack trace, a SQL text or a library's message.
 */
import { type ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { AuthenticationError } from '@sparbar/auth';
import { DomainError } from '@sparbar/domain';
import { EventStoreUnavailableError, WrongExpectedRevisionError } from '@sparbar/event-store';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { formatEtag } from './revision';
import {
  type Problem,
  PROBLEM_CONTENT_TYPE,
  ProblemError,
  problem,
  requestField,
  STATUS_OF_KIND,
} from './problem';

@Catch()
export class ProblemFilter extends BaseExceptionFilter {
  private readonly logger = new Logger('Api');

  override catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    // Health and metrics answer the platform in Nest's own format (a 503 naming the component that is down).
    if (!isApi(request)) return super.catch(exception, host);
    const answer = this.toProblem(exception, reply, request);
    if (answer.status >= 500) {
      // pino-http's own "request errored" line then carries this error's stack, not one of its making.
      (reply.raw as { err?: unknown }).err = exception;
      this.logger.error(
        { err: exception, requestId: request.id, method: request.method, url: request.url },
        `Internt fel vid ${request.method} ${request.routeOptions?.url ?? request.url}`,
      );
    }
    void reply
      .status(answer.status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(JSON.stringify({ ...answer, requestId: request.id }));
  }

  private toProblem(exception: unknown, reply: FastifyReply, request: FastifyRequest): Problem {
    if (exception instanceof ProblemError) return exception.problem;
    if (exception instanceof DomainError) return domainProblem(exception);
    if (exception instanceof WrongExpectedRevisionError) {
      const actual = exception.actualRevision === 'no_stream' ? null : exception.actualRevision;
      if (actual !== null) void reply.header('etag', formatEtag(actual));
      return problem(
        409,
        'WRONG_EXPECTED_REVISION',
        `Någon annan har ändrat det här sedan du läste det (du utgick från revision ${String(exception.expectedRevision)}, nu är den ${actual ?? 'tom'}). Läs om och försök igen.`,
        { expectedRevision: exception.expectedRevision, actualRevision: actual },
      );
    }
    if (exception instanceof AuthenticationError) {
      const error = exception.reason === 'missing' ? '' : ', error="invalid_token"';
      void reply.header('www-authenticate', `Bearer realm="sparbar"${error}`);
      return problem(401, 'UNAUTHENTICATED', exception.message);
    }
    if (exception instanceof EventStoreUnavailableError) {
      // Passing (a restart, a tenant's log sealed for its move): worth trying again shortly.
      void reply.header('retry-after', '1');
      return problem(503, 'STORE_UNAVAILABLE', 'Lagringen svarar inte just nu. Försök igen om en stund.');
    }
    if (exception instanceof HttpException) return httpProblem(exception, request);
    return problem(500, 'INTERNAL_ERROR', 'Internt fel');
  }
}

/** Routes under /api, and requests for paths that match no route (answered as problems too). */
function isApi(request: FastifyRequest): boolean {
  const route = request.routeOptions?.url;
  return route === undefined || route.startsWith('/api/') || request.url.startsWith('/api/');
}

function domainProblem(error: DomainError): Problem {
  const status = STATUS_OF_KIND[error.kind];
  const field = error.field === null ? undefined : requestField(error.field);
  if (status === 400) {
    return problem(status, error.code, error.message, {
      errors: [{ field: field ?? 'body', reason: error.message }],
    });
  }
  return problem(status, error.code, error.message, field ? { field } : {});
}

/** Nest's and Fastify's own refusals: unknown routes, bodies too large or unparsable, rate limits. */
function httpProblem(exception: HttpException, request: FastifyRequest): Problem {
  const status = exception.getStatus();
  switch (status) {
    case 400:
      return problem(400, 'MALFORMED_REQUEST', 'Begäran kunde inte läsas: skicka giltig JSON.', {
        errors: [{ field: 'body', reason: 'ogiltig JSON eller tom kropp' }],
      });
    case 404:
      return problem(
        404,
        'ROUTE_NOT_FOUND',
        `Det finns ingen ${request.method} ${request.url.split('?')[0]}.`,
      );
    case 405:
      return problem(405, 'METHOD_NOT_ALLOWED', 'Metoden stöds inte här.');
    case 413:
      return problem(413, 'PAYLOAD_TOO_LARGE', 'Begäran är för stor.');
    case 415:
      return problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Skicka innehållet som application/json.');
    case 429:
      return problem(429, 'RATE_LIMITED', 'För många förfrågningar. Vänta en stund och försök igen.');
    case 503:
      return problem(
        503,
        'STORE_UNAVAILABLE',
        'Tjänsten är tillfälligt otillgänglig. Försök igen om en stund.',
      );
    default:
      return status >= 500
        ? problem(500, 'INTERNAL_ERROR', 'Internt fel')
        : problem(status, 'MALFORMED_REQUEST', 'Begäran kunde inte behandlas.');
  }
}
