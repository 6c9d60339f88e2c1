import { type DynamicModule, Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { type AuthSettings, TokenVerifier } from '@sparbar/auth';
import {
  ADMIN_BOOTSTRAP,
  AUTH_SETTINGS,
  BearerAuthGuard,
  TENANT_HAS_ISSUER,
  TENANT_ID,
  TOKEN_VERIFIER,
} from './authenticated';
import { DevSignInHttpController } from './dev-sign-in/dev-sign-in.http.controller';
import { SignInConfigHttpController } from './sign-in-config/sign-in-config.http.controller';

export const AUTH_CONTROLLERS = [DevSignInHttpController, SignInConfigHttpController];

/** Bearer tokens on every /api route, how the web app signs in, and the development sign-in. */
@Global()
@Module({})
export class AuthModule {
  /** `tenantId`: the tenant this application serves, whose tokens alone it takes (null: one organisation). */
  static register(
    settings: AuthSettings,
    adminBootstrap: readonly string[] = [],
    tenantId: string | null = null,
    options: { tenantHasIssuer: boolean } = { tenantHasIssuer: false },
  ): DynamicModule {
    return {
      module: AuthModule,
      controllers: AUTH_CONTROLLERS,
      providers: [
        { provide: AUTH_SETTINGS, useValue: settings },
        { provide: ADMIN_BOOTSTRAP, useValue: adminBootstrap },
        { provide: TENANT_ID, useValue: tenantId },
        { provide: TENANT_HAS_ISSUER, useValue: options.tenantHasIssuer },
        { provide: TOKEN_VERIFIER, useValue: new TokenVerifier(settings) },
        { provide: APP_GUARD, useClass: BearerAuthGuard },
      ],
      exports: [AUTH_SETTINGS, TOKEN_VERIFIER, TENANT_ID],
    };
  }
}
