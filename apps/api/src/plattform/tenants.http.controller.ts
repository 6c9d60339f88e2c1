import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Logger,
  Param,
  Post,
  Req,
  Res,
  UseGuards,
} from '@nestjs/common';
import { withoutPassword } from '@sparbar/config';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { type AppConfig, type Clock } from '@sparbar/config';
import { type EventStore } from '@sparbar/event-store';
import {
  APP_CONFIG,
  buildReadModels,
  CLOCK,
  EVENT_STORE,
  TENANT_DIRECTORY,
  withDemoData,
} from '@sparbar/runtime';
import {
  type BorrowTenantStore,
  exportTenant,
  isTenancyError,
  listTenants,
  moveTenant,
  type Placement,
  provisionTenant,
  removedStreams,
  removeTenant,
  type TenancyError,
  type PlatformStores,
  type Tenant,
  type TenantDirectory,
} from '@sparbar/tenancy';
import { type FastifyReply, type FastifyRequest } from 'fastify';
import { Readable } from 'node:stream';
import { ID_PATTERN } from '../http/dto-fields';
import { ProblemError, problem } from '../http/problem';
import { administratorOf, PlatformAdminGuard } from './platform-admin.guard';
import { MoveTenantDto, ProvisionTenantDto } from './provision-tenant.dto';
import { type TenantApps } from './tenant-apps';
import { MoveView, tenantView, TenantView } from './tenant.view';

/** The tenants' applications open in this process (null outside the front of many organisations). */
export const TENANT_APPS = 'sparbar:TenantApps';

/** The platform administrator's tenant directory: provision, list, remove (docs/tenancy.md). */
@ApiTags('plattform')
@ApiBearerAuth()
@UseGuards(PlatformAdminGuard)
@Controller('api/plattform/organisationer')
export class TenantsHttpController {
  private readonly logger = new Logger('Organisationer');

  constructor(
    @Inject(TENANT_DIRECTORY) private readonly directory: TenantDirectory,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(TENANT_APPS) private readonly apps: TenantApps | null,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The installation's servers, for a tenant provisioned without one (PLATFORM_SERVERS). */
  private get placement(): Placement | undefined {
    const tenancy = this.config.tenancy;
    return tenancy && { servers: tenancy.servers, perServer: tenancy.tenantsPerServer };
  }

  /** The installation's EventStoreDB cluster and data folder (PLATFORM_EVENTSTOREDB_URL, PLATFORM_DATA_DIR). */
  private get stores(): PlatformStores {
    const tenancy = this.config.tenancy;
    return { eventStoreDbUrl: tenancy?.eventStoreDbUrl, dataDir: tenancy?.dataDir };
  }

  /**
   * An embedded tenant's store is lent by its application here (opened if `open`), since no second
   * opening of its folder may run beside it; the others' stores are opened on their own.
   */
  private borrow(open: boolean): BorrowTenantStore {
    return async (tenant: Tenant) => {
      const apps = this.apps;
      if (tenant.logStore !== 'embedded' || !apps) return undefined;
      if (!open && !apps.openTenants().includes(tenant.tenantId)) return undefined;
      const { app, done } = await apps.use(tenant);
      return { store: app.get<EventStore>(EVENT_STORE), release: done };
    };
  }

  @Get()
  @ApiOperation({
    summary: 'Organisationerna i installationen, med storlek och hälsa (plattformsadministratör)',
  })
  @ApiResponse({ status: 200, type: [TenantView] })
  async list(): Promise<TenantView[]> {
    const deps = { directory: this.directory, stores: this.stores, borrowOpen: this.borrow(false) };
    return (await listTenants(deps)).map(tenantView);
  }

  @Post()
  @ApiOperation({
    summary:
      'Lägg upp en organisation med dess organ, eller med demodata av sitt slag (plattformsadministratör)',
  })
  @ApiResponse({ status: 201, type: TenantView })
  async provision(
    @Body() body: ProvisionTenantDto,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TenantView> {
    const deps = {
      directory: this.directory,
      clock: this.clock,
      placement: this.placement,
      stores: this.stores,
    };
    const organs = body.organs?.map((o) => ({ ...o, parentOrganId: o.parentOrganId ?? null }));
    const tenant = await Promise.resolve()
      .then(() =>
        provisionTenant(deps, withDemoData({ ...body, organs }, this.clock), administratorOf(request)),
      )
      .catch(refusal);
    void reply.status(201).header('location', `/api/plattform/organisationer/${tenant.tenantId}`);
    return tenantView(tenant);
  }

  @Get(':tenantId/export')
  @ApiOperation({
    summary: 'Exportera en organisations hela logg med kedjans huvud (plattformsadministratör)',
    description:
      'NDJSON: en rad per händelse i global ordning (position, id, stream, revision, type, data, metadata, recordedAt och kedjans hash till och med händelsen), sist en rad { chainHead: { chain, hash, position, eventCount } }. Filen verifieras ensam med `npm run plattform -- verifiera <fil>`.',
  })
  @ApiProduces('application/x-ndjson')
  @ApiResponse({ status: 200, description: 'Loggen som NDJSON, kedjans huvud sist.' })
  async export(@Param('tenantId') tenantId: string, @Res() reply: FastifyReply): Promise<void> {
    if (!ID_PATTERN.test(tenantId)) throw notFound(tenantId);
    const deps = { directory: this.directory, stores: this.stores, borrow: this.borrow(true) };
    const lines = await exportTenant(deps, tenantId).catch(refusal);
    // A failure after the first line cuts the file short: no head line, so it does not verify.
    await reply
      .status(200)
      .header('content-type', 'application/x-ndjson; charset=utf-8')
      .header('content-disposition', `attachment; filename="${tenantId}.ndjson"`)
      .header('cache-control', 'no-store')
      .send(Readable.from(lines));
  }

  @Post(':tenantId/flytt')
  @HttpCode(200)
  @ApiOperation({
    summary: 'Flytta en organisation till en annan PostgreSQL-server (plattformsadministratör)',
    description:
      'Loggen kopieras exakt medan organisationen är skrivbar; under själva bytet nekas skrivningar (503 med Retry-After) medan läsningar fungerar. Kedjan jämförs på båda servrarna och läsmodellerna byggs på den nya innan katalogen pekar dit. Schemat på den gamla servern finns kvar, låst för skrivning.',
  })
  @ApiResponse({ status: 200, type: MoveView })
  async move(@Param('tenantId') tenantId: string, @Body() body: MoveTenantDto): Promise<MoveView> {
    if (!ID_PATTERN.test(tenantId)) throw notFound(tenantId);
    const moved = await moveTenant(
      { directory: this.directory, buildReadModels },
      tenantId,
      body.serverUrl,
    ).catch(refusal);
    // The next request opens it on the new server (another front: when the directory's NOTIFY arrives).
    await this.apps?.close(tenantId);
    return { ...moved, tenant: tenantView(moved.tenant), from: withoutPassword(moved.from) };
  }

  @Delete(':tenantId')
  @HttpCode(204)
  @ApiOperation({
    summary: 'Ta bort en organisation med hela dess data (plattformsadministratör)',
    description:
      'I EventStoreDB raderas varje ström med organisationens prefix för gott (loggen säger hur många); id:t kan sedan inte läggas upp igen där. Ett avbrutet borttagande görs klart om det körs igen.',
  })
  @ApiResponse({ status: 204 })
  async remove(@Param('tenantId') tenantId: string): Promise<void> {
    if (!ID_PATTERN.test(tenantId)) throw notFound(tenantId);
    // Its application here closes once it is unreachable, before its schema is dropped.
    const beforeDrop = async () => this.apps?.close(tenantId);
    const removed = await removeTenant(
      { directory: this.directory, stores: this.stores },
      tenantId,
      beforeDrop,
    ).catch(refusal);
    if (removed.streams) {
      this.logger.log(
        `${tenantId} borttagen: ${removedStreams(removed.streamPrefix, removed.streams)}, schemat ${removed.schema} raderat`,
      );
    }
  }
}

function refusal(error: unknown): never {
  if (!isTenancyError(error)) throw error;
  throw new ProblemError(asProblem(error));
}

function asProblem(error: TenancyError) {
  const field = error.field ? { field: error.field } : {};
  switch (error.code) {
    case 'INVALID_TENANT':
      return problem(400, 'VALIDATION_FAILED', error.message, {
        errors: [{ field: error.field ?? '', reason: error.message }],
      });
    case 'TENANT_NOT_FOUND':
      return problem(404, 'NOT_FOUND', error.message);
    case 'TENANT_NOT_ACTIVE':
    case 'SERVER_UNREACHABLE':
    case 'MOVE_FAILED':
    case 'TENANT_EXISTS':
    case 'HOST_TAKEN':
    case 'SCHEMA_TAKEN':
    case 'NO_ROOM':
    case 'LOG_TAKEN':
    case 'NOT_MOVABLE':
    case 'TENANT_BUSY':
      return problem(409, error.code, error.message, field);
  }
}

function notFound(tenantId: string): ProblemError {
  return new ProblemError(problem(404, 'NOT_FOUND', `Organisationen ${tenantId} finns inte`));
}
