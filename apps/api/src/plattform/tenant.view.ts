import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { withoutPassword } from '@sparbar/config';
import { ORGANISATION_SLAG, type OrganisationSlag } from '@sparbar/domain';
import {
  TENANT_STATES,
  type Tenant,
  type TenantOidc,
  type TenantOverview,
  type TenantState,
} from '@sparbar/tenancy';
import { TenantOidcDto } from './provision-tenant.dto';

/** A tenant as the platform administrator sees it; the server's password is never shown. */
export class TenantView {
  @ApiProperty({ example: 'umea' }) tenantId!: string;
  @ApiProperty({ example: 'Umeå kommun' }) namn!: string;
  @ApiProperty({ enum: ORGANISATION_SLAG }) kind!: OrganisationSlag;
  @ApiProperty({ type: [String], example: ['umea.sparbar.example.se'] }) hosts!: string[];
  @ApiProperty({ example: 'postgres://sparbar@db2.example.se:5432/sparbar' }) server!: string;
  @ApiProperty({ example: 'tenant_umea' }) schema!: string;
  @ApiProperty({ enum: TENANT_STATES }) state!: TenantState;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [String] }) administrators!: string[];
  @ApiProperty({ type: TenantOidcDto, nullable: true, description: 'Egen inloggning (OIDC), eller null.' })
  oidc!: TenantOidc | null;
  @ApiProperty({ type: String, nullable: true, description: 'Publik adress för öppna data, eller null.' })
  publicBaseUrl!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Händelser i loggen (null: servern svarade inte).' })
  events?: number | null;
  @ApiPropertyOptional({ nullable: true, description: 'Schemats storlek i byte.' }) bytes?: number | null;
  @ApiPropertyOptional({ enum: ['ok', 'unreachable'] }) health?: 'ok' | 'unreachable';
}

export function tenantView(tenant: Tenant | TenantOverview): TenantView {
  const { serverUrl, ...rest } = tenant;
  return {
    ...rest,
    hosts: [...tenant.hosts],
    administrators: [...tenant.administrators],
    server: withoutPassword(serverUrl),
  };
}

export class ChainHeadView {
  @ApiProperty({ example: 'sparbar:event-chain:v1' }) chain!: string;
  @ApiProperty() hash!: string;
  @ApiProperty() position!: number;
  @ApiProperty() eventCount!: number;
}

/** A finished move: the tenant on its new server, and the chain both servers agreed on. */
export class MoveView {
  @ApiProperty({ type: TenantView }) tenant!: TenantView;
  @ApiProperty({ description: 'Servern den flyttades från (schemat finns kvar där, låst för skrivning).' })
  from!: string;
  @ApiProperty({ type: ChainHeadView }) head!: ChainHeadView;
  @ApiProperty({ description: 'Hur länge skrivningar nekades (503), i millisekunder.' })
  writesRefusedMs!: number;
}
