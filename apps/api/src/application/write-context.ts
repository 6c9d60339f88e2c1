/**
 * What every write carries besides its body (the application layer's `WriteContext`), taken from the
 * request: who (from the token), the revision the client last saw (`If-Match`), and the request id that
 * ties the events to the request in the logs. The business time, if any, comes from the body.
 */
import { randomUUID } from 'node:crypto';
import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { type AuthenticatedActor } from '@sparbar/auth';
import { type WriteContext } from '@sparbar/application';
import { type FastifyRequest } from 'fastify';
import { parseIfMatch } from '../http/revision';

export { type WriteContext };

/** A caller's own `x-request-id` is kept in the log only if it looks like an id. */
const STORABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{1,100}$/;

export const Write = createParamDecorator((_data: unknown, context: ExecutionContext): WriteContext => {
  const request = context.switchToHttp().getRequest<FastifyRequest & { actor?: AuthenticatedActor }>();
  const actor = request.actor;
  if (!actor) throw new Error('Write used on a route the bearer guard does not cover');
  return {
    actor: { personId: actor.personId, roles: actor.roles, organId: actor.organId },
    expectedRevision: parseIfMatch(request.headers['if-match']),
    requestId: STORABLE_REQUEST_ID.test(String(request.id)) ? String(request.id) : randomUUID(),
  };
});
