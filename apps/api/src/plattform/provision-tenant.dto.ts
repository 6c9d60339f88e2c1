import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ORGAN_TYPER,
  ORGANISATION_SLAG,
  type OrganisationSlag,
  type OrganTyp,
  TEXT_LIMITS,
} from '@sparbar/domain';
import { TENANT_LOG_STORES, type TenantLogStore } from '@sparbar/tenancy';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { EnumField, IdField, TextField } from '../http/dto-fields';

export class TenantOrganDto {
  @IdField({ description: 'Organets id inom organisationen.', example: 'kf' }) organId!: string;
  @TextField(TEXT_LIMITS.namn, { example: 'Kommunfullmäktige' }) namn!: string;
  @TextField(TEXT_LIMITS.kortnamn, { example: 'KF' }) kortnamn!: string;
  @EnumField(ORGAN_TYPER) typ!: OrganTyp;
  @IdField({ presence: 'optional', description: 'Organet det hör under (registrerat före).' })
  parentOrganId?: string | null;
}

/** The tenant's own OIDC provider: its tokens are taken only from this issuer. */
export class TenantOidcDto {
  @ApiProperty({
    description: 'Utfärdaren (iss) i organisationens tokens, exakt.',
    example: 'https://login.umea.se/realms/umea',
  })
  @IsString()
  @MaxLength(500)
  issuer!: string;

  @ApiProperty({ description: 'Mottagaren (aud) som tokens utfärdas för.', example: 'sparbar' })
  @IsString()
  @MaxLength(200)
  audience!: string;

  @ApiProperty({
    description: 'Var leverantörens nycklar (JWKS) finns.',
    example: 'https://login.umea.se/realms/umea/protocol/openid-connect/certs',
  })
  @IsString()
  @MaxLength(2000)
  jwksUrl!: string;

  @ApiPropertyOptional({
    description: 'Webbappens publika klient-id hos leverantören.',
    example: 'sparbar-web',
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  clientId?: string | null;
}

export class ProvisionTenantDto {
  @ApiProperty({ description: 'Organisationens id: a–z, siffror och -, 3–40 tecken.', example: 'umea' })
  @IsString()
  @Matches(/^[a-z][a-z0-9-]{1,38}[a-z0-9]$/)
  tenantId!: string;

  @TextField(200, { example: 'Umeå kommun' }) namn!: string;

  @ApiProperty({
    enum: ORGANISATION_SLAG,
    description: 'En region eller en kommun: vilka typer av organ den har.',
    example: 'kommun',
  })
  @IsIn(ORGANISATION_SLAG)
  kind!: OrganisationSlag;

  @ApiProperty({ type: [String], example: ['umea.sparbar.example.se'] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(253, { each: true })
  hosts!: string[];

  @ApiPropertyOptional({
    enum: TENANT_LOG_STORES,
    default: 'postgres',
    description:
      'Var loggen lagras: postgres (ett schema på en server), eventstoredb (installationens kluster, PLATFORM_EVENTSTOREDB_URL, under prefixet <id>:, läsmodellerna i ett schema på en server) eller embedded (en egen datamapp i PLATFORM_DATA_DIR, utan server).',
    example: 'postgres',
  })
  @IsOptional()
  @IsIn(TENANT_LOG_STORES)
  logStore?: TenantLogStore;

  @ApiPropertyOptional({
    description:
      'PostgreSQL-servern där organisationens schema läggs (postgres://…), för loggen eller (med eventstoredb) läsmodellerna. Utelämnad: den av installationens servrar (PLATFORM_SERVERS) som har plats, den med minst organisationer. Inte för embedded.',
    example: 'postgres://sparbar@db2.example.se:5432/sparbar',
  })
  @IsOptional()
  @IsString()
  @Matches(/^postgres(ql)?:\/\/[^/]/)
  @MaxLength(2000)
  serverUrl?: string;

  @ApiPropertyOptional({
    type: [String],
    description:
      'Organisationens första administratörer (e-postadress eller token-subjekt): administratör där, tills registret känner dem.',
    example: ['it-chef@umea.se'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @MaxLength(254, { each: true })
  administrators?: string[];

  @ApiPropertyOptional({
    type: TenantOidcDto,
    description:
      'Organisationens egen inloggning (OIDC). Utan: installationens, och tokens måste då ange organisationen (tenant).',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TenantOidcDto)
  oidc?: TenantOidcDto | null;

  @ApiPropertyOptional({
    description: 'Den publika adressen som öppna data-URI:er byggs på. Utan: https://<första värdnamnet>.',
    example: 'https://sparbar.umea.se',
  })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  publicBaseUrl?: string | null;

  @ApiPropertyOptional({
    type: [TenantOrganDto],
    description: 'Organen, överordnade före underordnade. Krävs utom med demodata (demo).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => TenantOrganDto)
  organs?: TenantOrganDto[];

  @ApiPropertyOptional({
    default: false,
    description:
      'Lägg upp organisationen med demodata av sitt slag: en regions organ och år (Region Västerbotten), eller en kommuns organ (kommunfullmäktige, kommunstyrelsen, nämnderna, ett bolag) med förra och innevarande årets uppdrag och tertialrapporter. Organen är då demoorganisationens: ange inga egna.',
    example: false,
  })
  @IsOptional()
  @IsBoolean()
  demo?: boolean;
}

export class MoveTenantDto {
  @ApiProperty({
    description:
      'PostgreSQL-servern organisationen flyttas till (postgres://…), en annan än den den finns på.',
    example: 'postgres://sparbar@db3.example.se:5432/sparbar',
  })
  @IsString()
  @Matches(/^postgres(ql)?:\/\/[^/]/)
  @MaxLength(2000)
  serverUrl!: string;
}
