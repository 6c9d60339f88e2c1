/**
 * Fastify's own refusals, made by its router before Nest sees the request (so the problem filter never
 * does): a path whose %-encoding is not UTF-8, and a path parameter longer than the router takes (an
 * over-long id). Answered as problems like every other refusal, in Swedish, with the request id. The
 * application's hooks (security headers among them) do not run for these: the answer says nosniff itself.
 */
import { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { type Problem, PROBLEM_CONTENT_TYPE, problem } from './problem';

/** The router's longest path parameter (Fastify's `maxParamLength`, 100 by default). */
const MAX_PARAM_LENGTH = 100;

export function frameworkErrors(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const answer = problemOf(error.code);
  void reply
    .status(answer.status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('x-request-id', request.id)
    .header('x-content-type-options', 'nosniff')
    .send(JSON.stringify({ ...answer, requestId: request.id }));
}

function problemOf(code: string): Problem {
  switch (code) {
    case 'FST_ERR_BAD_URL':
      return problem(400, 'MALFORMED_REQUEST', 'Adressen kunde inte läsas: den har en ogiltig %-kodning.', {
        errors: [{ field: 'path', reason: 'ogiltig %-kodning (inte UTF-8)' }],
      });
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return problem(
        414,
        'URI_TOO_LONG',
        `Adressen är för lång: ett id i den får vara högst ${MAX_PARAM_LENGTH} tecken.`,
      );
    default:
      return problem(500, 'INTERNAL_ERROR', 'Internt fel');
  }
}
