/**
 * Signing in locally, without an identity provider: a token for one of the seeded people, one per role.
 * Exists only while no OIDC provider is configured (404 otherwise) and is rate limited; production
 * refuses to start in this mode at all (see libs/auth). The register decides here too: a development
 * user it does not know (DEV_SEED=false) or has deactivated gets no token and is not offered, and the
 * token carries the roles and organ the register holds now.
 */
import { Body, Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { type AuthSettings, DEV_USERS, type DevUser, issueDevToken } from '@sparbar/auth';
import { problem, ProblemError } from '../../http/problem';
import { invalid } from '../../http/validation';
import { DomainError } from '@sparbar/domain';
import { AUTH_SETTINGS, Public, TENANT_ID } from '../authenticated';
import { PERSON_REGISTER, type PersonRegister, type RegisteredPerson } from '../person-register';
import { DevSignInDto, DevTokenDto, DevUserDto } from './dev-sign-in.dto';

const TOKEN_SECONDS = 8 * 60 * 60;

@ApiTags('inloggning')
@Public()
@Controller('api/auth')
export class DevSignInHttpController {
  constructor(
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
    @Inject(PERSON_REGISTER) private readonly register: PersonRegister,
    @Inject(TENANT_ID) private readonly tenantId: string | null,
  ) {}

  @Get('dev-users')
  @ApiOperation({ summary: 'Utvecklingsanvändarna (bara utan OIDC-leverantör)' })
  @ApiOkResponse({ type: [DevUserDto] })
  async devUsers(): Promise<DevUserDto[]> {
    this.requireDevelopment();
    const people = await Promise.all(
      DEV_USERS.map((user) => this.register.lookUp({ subject: user.personId, email: null })),
    );
    return people.filter((person) => person?.active).map((person) => describe(asUser(person!)));
  }

  @Post('dev-token')
  @HttpCode(200)
  @ApiOperation({ summary: 'En token för en utvecklingsanvändare (bara utan OIDC-leverantör)' })
  @ApiOkResponse({ type: DevTokenDto })
  async devToken(@Body() body: DevSignInDto): Promise<DevTokenDto> {
    this.requireDevelopment();
    const known = DEV_USERS.find((u) => u.personId === body.personId);
    if (!known) throw invalid([{ field: 'personId', reason: 'ingen utvecklingsanvändare har det id:t' }]);
    const person = await this.register.lookUp({ subject: known.personId, email: null });
    if (!person) {
      throw new DomainError(
        'FORBIDDEN',
        `${known.name} finns inte i Spårbars personregister och kan inte logga in.`,
      );
    }
    if (!person.active) {
      throw new DomainError('FORBIDDEN', `${person.namn} är inaktiverad i Spårbar och kan inte logga in.`);
    }
    const user = asUser(person);
    const token = await issueDevToken(this.settings, user, `${TOKEN_SECONDS}s`, this.tenantId ?? undefined);
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

/** The development user as the register holds them: its name, roles and organ. */
function asUser(person: RegisteredPerson): DevUser {
  return { personId: person.personId, name: person.namn, roles: [...person.roles], organId: person.organId };
}

function describe(user: DevUser): DevUserDto {
  return { personId: user.personId, name: user.name, roles: [...user.roles], organId: user.organId };
}
