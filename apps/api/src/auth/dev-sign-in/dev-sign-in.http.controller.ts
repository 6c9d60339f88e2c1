/**
 * Signing in locally, without an identity provider: a token for one of the seeded people, one per role.
 * Exists only while no OIDC provider is configured (404 otherwise) and is rate limited; production
 * refuses to start in this mode at all (see libs/auth).
 */
import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthSettings, DEV_USERS, type DevUser, issueDevToken } from '@sparbar/auth';
import { problem, ProblemError } from '../../http/problem';
import { invalid } from '../../http/validation';
import { AUTH_SETTINGS, Public } from '../authenticated';
import { DevSignInDto, DevTokenDto, DevUserDto } from './dev-sign-in.dto';

const TOKEN_SECONDS = 8 * 60 * 60;

@ApiTags('inloggning')
@Public()
@Controller('api/auth')
export class DevSignInHttpController {
  constructor(@Inject(AUTH_SETTINGS) private readonly settings: AuthSettings) {}

  @Get('dev-users')
  @ApiOperation({ summary: 'Utvecklingsanvändarna (bara utan OIDC-leverantör)' })
  @ApiOkResponse({ type: [DevUserDto] })
  devUsers(): DevUserDto[] {
    this.requireDevelopment();
    return DEV_USERS.map(describe);
  }

  @Post('dev-token')
  @HttpCode(200)
  @ApiOperation({ summary: 'En token för en utvecklingsanvändare (bara utan OIDC-leverantör)' })
  @ApiOkResponse({ type: DevTokenDto })
  async devToken(@Body() body: DevSignInDto): Promise<DevTokenDto> {
    this.requireDevelopment();
    const user = DEV_USERS.find((u) => u.personId === body.personId);
    if (!user) throw invalid([{ field: 'personId', reason: 'ingen utvecklingsanvändare har det id:t' }]);
    const token = await issueDevToken(this.settings, user, `${TOKEN_SECONDS}s`);
    return { token, tokenType: 'Bearer', expiresIn: TOKEN_SECONDS, user: describe(user) };
  }

  private requireDevelopment(): void {
    if (this.settings.mode !== 'development') {
      throw new ProblemError(
        problem(
          404,
          'NOT_FOUND',
          'Utvecklingsinloggning finns inte: logga in via organisationens inloggning.',
        ),
      );
    }
  }
}

function describe(user: DevUser): DevUserDto {
  return { personId: user.personId, name: user.name, roles: [...user.roles], organId: user.organId };
}
