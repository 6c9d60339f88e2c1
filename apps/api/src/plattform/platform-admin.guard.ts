/**
 * The platform administrator's routes (/api/plattform/...) stand outside every tenant: the tenants'
 * bearer guard passes them by, and this guard asks for a platform token instead (libs/tenancy).
 */
import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { PlatformAuthError, verifyPlatformHeader } from '@sparbar/tenancy';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { ProblemError, problem } from '../http/problem';

export const PLATFORM_KEY = 'sparbar:PlatformKey';
export const PLATFORM_ROUTES = '/api/plattform/';

type WithAdministrator = FastifyRequest & { platformAdministrator?: string };

@Injectable()
export class PlatformAdminGuard implements CanActivate {
  constructor(@Inject(PLATFORM_KEY) private readonly key: Uint8Array) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<WithAdministrator>();
    try {
      request.platformAdministrator = await verifyPlatformHeader(this.key, request.headers.authorization);
    } catch (error) {
      if (!(error instanceof PlatformAuthError)) throw error;
      void context
        .switchToHttp()
        .getResponse<FastifyReply>()
        .header('www-authenticate', 'Bearer realm="sparbar-plattform"');
      throw new ProblemError(problem(401, 'UNAUTHENTICATED', error.message));
    }
    return true;
  }
}

/** The platform administrator the guard found, for the events and the log. */
export function administratorOf(request: FastifyRequest): string {
  const name = (request as WithAdministrator).platformAdministrator;
  if (!name) throw new Error('administratorOf used on a route the platform guard does not cover');
  return name;
}
