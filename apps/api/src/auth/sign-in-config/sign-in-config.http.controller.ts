/**
 * How the web application signs in: with the organisation's OIDC provider (authorization code flow with
 * PKCE, as a public client) or, locally, with the development users. Public, since it is asked before
 * anyone has a token; it names nothing secret (a public client has no secret).
 */
import { Controller, Get, Inject, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthenticatedActor, type AuthSettings } from '@sparbar/auth';
import { AUTH_SETTINGS, Public } from '../authenticated';
import { SignedInDto, SignInConfigDto } from './sign-in-config.dto';

/** What the web application asks for: who the person is, and the profile (name) to show. */
export const OIDC_SCOPES = 'openid profile';

@ApiTags('inloggning')
@Controller('api/auth')
export class SignInConfigHttpController {
  constructor(@Inject(AUTH_SETTINGS) private readonly settings: AuthSettings) {}

  @Public()
  @Get('config')
  @ApiOperation({ summary: 'Hur webbappen loggar in: OIDC-leverantören eller utvecklingsanvändarna' })
  @ApiOkResponse({ type: SignInConfigDto })
  signInConfig(): SignInConfigDto {
    if (this.settings.mode === 'development') return { mode: 'development' };
    return {
      mode: 'oidc',
      issuer: this.settings.issuer,
      // Without AUTH_CLIENT_ID the API still accepts the provider's tokens, but the web app cannot get one.
      clientId: this.settings.clientId,
      scopes: OIDC_SCOPES,
    };
  }

  /**
   * Who the token names, with the roles and organ the person register holds now (the bearer guard has
   * looked them up): what the web app shows after an OIDC sign-in.
   */
  @Get('me')
  @ApiOperation({ summary: 'Den inloggade personen, med roller och organ ur personregistret' })
  @ApiOkResponse({ type: SignedInDto })
  me(@Req() request: { actor?: AuthenticatedActor }): SignedInDto {
    const actor = request.actor!;
    return {
      personId: actor.personId,
      name: actor.name ?? actor.personId,
      roles: [...actor.roles],
      organId: actor.organId ?? null,
    };
  }
}
