/**
 * Who is asking: the bearer token is checked for every route under /api (unless marked `@Public()`),
 * and the person it names is what `@CurrentActor()` hands a controller. Nobody writes without one.
 *
 * The token only says who signed in. What they may do comes from the person register on each request:
 * its roles and organ win over the token's claims, a deactivated person is refused (401) even with a
 * token that has not expired, and an auditor's role counts only within the mandate on the clock's day.
 * Someone the register does not know may do nothing that needs a role (403), whatever the token claims;
 * only the first administrators a fresh installation names (ADMIN_BOOTSTRAP) act as admin while the
 * register does not know them, so they can register people (see README, Behörighet).
 */
import {
  type CanActivate,
  createParamDecorator,
  type ExecutionContext,
  Inject,
  Injectable,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { decodeJwt } from 'jose';
import { type AuthenticatedActor, AuthenticationError, type TokenVerifier } from '@sparbar/auth';
import { type Clock } from '@sparbar/config';
import { accessRefusal, type Actor, DomainError, mayRead, mayReadLog, rolesOn } from '@sparbar/domain';
import { CLOCK } from '@sparbar/runtime';
import { type FastifyRequest } from 'fastify';
import { PLATFORM_ROUTES } from '../plattform/platform-admin.guard';
import { HourlyBusinessDay } from '../http/business-day';
import { PERSON_REGISTER, type PersonRegister } from './person-register';

export const TOKEN_VERIFIER = 'sparbar:TokenVerifier';
export const AUTH_SETTINGS = 'sparbar:AuthSettings';
/** The identities (verified e-mail or subject) that act as admin while the register does not know them. */
export const ADMIN_BOOTSTRAP = 'sparbar:AdminBootstrap';
/**
 * In an installation of many organisations, the tenant this application serves (docs/tenancy.md): a
 * token counts only with a `tenant` claim naming it, so a token of one organisation is refused by every
 * other, even for a person id both registers know. Null: one organisation, no claim needed.
 */
export const TENANT_ID = 'sparbar:TenantId';
/**
 * True when the tenant has its own OIDC provider (docs/tenancy.md): the verifier then takes only that
 * issuer's tokens, which are the tenant's by where they come from; a `tenant` claim, if the provider
 * adds one, must still name this tenant.
 */
export const TENANT_HAS_ISSUER = 'sparbar:TenantHasIssuer';

/** Why someone the register does not know may not act: worded for them. */
export const NOT_REGISTERED =
  'Du finns inte i Spårbars personregister och har därför ingen behörighet. ' +
  'Be en administratör att registrera dig.';

const PUBLIC = 'sparbar:public';

/** A route anyone may call without a token (the development sign-in, the API description). */
export const Public = () => SetMetadata(PUBLIC, true);

type WithActor = FastifyRequest & { actor?: AuthenticatedActor };

@Injectable()
export class BearerAuthGuard implements CanActivate {
  /** The business day of the hour of UTC the guard last looked at (`today`). */
  private readonly days = new HourlyBusinessDay();

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(TOKEN_VERIFIER) private readonly verifier: TokenVerifier,
    @Inject(PERSON_REGISTER) private readonly register: PersonRegister,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(ADMIN_BOOTSTRAP) private readonly bootstrap: readonly string[],
    @Inject(TENANT_ID) private readonly tenantId: string | null,
    @Inject(TENANT_HAS_ISSUER) private readonly tenantHasIssuer: boolean,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<WithActor>();
    // Health and metrics are for the platform's probes, outside /api; everything inside is guarded.
    const route = request.routeOptions?.url ?? request.url;
    if (!route.startsWith('/api/')) return true;
    // The platform administrator's routes stand outside every tenant and check a platform token of
    // their own (apps/api/src/plattform): no tenant's token counts there.
    if (route.startsWith(PLATFORM_ROUTES)) return true;
    if (this.reflector.getAllAndOverride<boolean>(PUBLIC, [context.getHandler(), context.getClass()])) {
      return true;
    }
    const claimed = await this.verifier.verifyHeader(request.headers.authorization);
    if (this.tenantId !== null) this.requireTenant(request.headers.authorization);
    request.actor = await this.asRegistered(claimed);
    return true;
  }

  /** The verified token's `tenant` claim must name this application's tenant (if its issuer does not). */
  private requireTenant(header: string | undefined): void {
    const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1] ?? '';
    const claim = decodeJwt(token).tenant;
    if (claim === undefined && this.tenantHasIssuer) return;
    if (claim !== this.tenantId) {
      throw new AuthenticationError('invalid', 'Token gäller inte den här organisationen.');
    }
  }

  /** The token's person as the register holds them now; the token's claims never count. */
  private async asRegistered(claimed: AuthenticatedActor): Promise<AuthenticatedActor> {
    const person = await this.register.lookUp({ subject: claimed.personId, email: claimed.email });
    if (!person) return this.asBootstrapAdmin(claimed);
    const day = this.today();
    const refusal = accessRefusal(person, day);
    if (refusal?.kind === 'deactivated') throw new AuthenticationError('inactive', refusal.message);
    if (refusal) throw new DomainError('FORBIDDEN', refusal.message);
    return {
      personId: person.personId,
      roles: rolesOn(person, day),
      organId: person.organId,
      name: person.namn,
      email: claimed.email,
    };
  }

  /** The clock's business day (worked out once an hour: see HourlyBusinessDay). */
  private today(): string {
    return this.days.of(this.clock().toISOString());
  }

  /** Someone the register does not know: an administrator named by ADMIN_BOOTSTRAP, or refused. */
  private asBootstrapAdmin(claimed: AuthenticatedActor): AuthenticatedActor {
    const named = this.bootstrap.some(
      (who) => who === claimed.personId || (claimed.email !== null && who.toLowerCase() === claimed.email),
    );
    if (!named) throw new DomainError('FORBIDDEN', NOT_REGISTERED);
    return { ...claimed, roles: ['admin'], organId: null };
  }
}

/** The signed-in person (as the token says), for controllers behind the guard. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor => {
  const actor = context.switchToHttp().getRequest<WithActor>().actor;
  // The guard ran; a missing actor here means a route outside /api asked for one: a programming error.
  if (!actor) throw new Error('CurrentActor used on a route the bearer guard does not cover');
  return { personId: actor.personId, roles: actor.roles, organId: actor.organId };
});

/** Reads of uppdrag, delmål and master data: every role but a bare importer (see access.policy.ts). */
export function requireRead(actor: Actor): void {
  if (!mayRead(actor)) throw forbidden('läsa uppgifter i Spårbar');
}

/** The raw log of an item (who did what, when, with both times): auditors and the regiondirektör. */
export function requireReadLog(actor: Actor): void {
  if (!mayReadLog(actor)) throw forbidden('läsa händelseloggen');
}

function forbidden(what: string): DomainError {
  return new DomainError('FORBIDDEN', `Du har inte behörighet att ${what}.`);
}
