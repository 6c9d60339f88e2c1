import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { withoutPassword } from '@sparbar/config';
import { ORGANISATION_SLAG, type OrganisationSlag } from '@sparbar/domain';
import {
  TENANT_LOG_STORES,
  TENANT_HEALTH,
  TENANT_STATES,
  type TenantHealth,
  type TenantLogStore,
  type Tenant,
  type TenantOidc,
  type TenantOverview,
  type TenantState,
} from '@sparbar/tenancy';
import { TenantOidcDto } from './provision-tenant.dto';

export class ProjectionLagView {
  @ApiProperty({ description: 'Händelser efter den långsammaste läsmodellens kontrollpunkt.' })
  events!: number;
  @ApiProperty({ description: 'Den äldsta av dem, i sekunder (0 utan eftersläpning).' })
  oldestSeconds!: number;
}

/** A tenant as the platform administrator sees it; the server's password is never shown. */
export class TenantView {
  @ApiProperty({ example: 'umea' }) tenantId!: string;
  @ApiProperty({ example: 'Umeå kommun' }) namn!: string;
  @ApiProperty({ enum: ORGANISATION_SLAG }) kind!: OrganisationSlag;
  @ApiProperty({ type: [String], example: ['umea.sparbar.example.se'] }) hosts!: string[];
  @ApiProperty({ enum: TENANT_LOG_STORES, description: 'Var loggen finns.' }) logStore!: TenantLogStore;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'PostgreSQL-servern (bredvid EventStoreDB: läsmodellernas); null för en inbäddad.',
    example: 'postgres://sparbar@db2.example.se:5432/sparbar',
  })
  server!: string | null;
  @ApiProperty({ example: 'tenant_umea' }) schema!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Strömmarnas prefix i EventStoreDB.',
    example: 'umea:',
  })
  streamPrefix!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Den inbäddade organisationens datamapp.' })
  dataDir!: string | null;
  @ApiProperty({ enum: TENANT_STATES }) state!: TenantState;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [String] }) administrators!: string[];
  @ApiProperty({ type: TenantOidcDto, nullable: true, description: 'Egen inloggning (OIDC), eller null.' })
  oidc!: TenantOidc | null;
  @ApiProperty({ type: String, nullable: true, description: 'Publik adress för öppna data, eller null.' })
  publicBaseUrl!: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'Händelser i loggen (null: servern svarade inte).' })
  events?: number | null;
  @ApiPropertyOptional({
    nullable: true,
    description: 'Storleken i byte: schemat (bredvid EventStoreDB: läsmodellernas) eller datamappen.',
  })
  bytes?: number | null;
  @ApiPropertyOptional({
    enum: TENANT_HEALTH,
    description:
      'ok; unreachable: loggen svarar inte; lagging: en händelse som läsmodellerna inte tagit in är äldre än en minut; reminders_failed: en påminnelse gick inte ut och har inte gått ut sedan.',
  })
  health?: TenantHealth;
  @ApiPropertyOptional({
    type: ProjectionLagView,
    nullable: true,
    description:
      'Hur långt den långsammaste läsmodellen ligger efter loggen (null: okänt, inga läsmodeller än).',
  })
  projectionLag?: ProjectionLagView | null;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Påminnelser som inte gick ut och inte har gått ut sedan (null: okänt).',
  })
  failedReminders?: number | null;
}

export function tenantView(tenant: Tenant | TenantOverview): TenantView {
  const { serverUrl, ...rest } = tenant;
  return {
    ...rest,
    hosts: [...tenant.hosts],
    administrators: [...tenant.administrators],
    server: serverUrl === null ? null : withoutPassword(serverUrl),
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
