import { type DynamicModule, Module } from '@nestjs/common';
import { PLATFORM_KEY, PlatformAdminGuard } from './platform-admin.guard';
import { TENANT_APPS, TenantsHttpController } from './tenants.http.controller';
import { type TenantApps } from './tenant-apps';

/**
 * The platform administrator's API, mounted only when the installation serves many organisations
 * (PLATFORM_DATABASE_URL); a single-organisation installation has no /api/plattform at all.
 */
@Module({})
export class PlattformModule {
  static register(platformKey: Uint8Array, tenantApps?: TenantApps): DynamicModule {
    return {
      module: PlattformModule,
      controllers: [TenantsHttpController],
      providers: [
        { provide: PLATFORM_KEY, useValue: platformKey },
        { provide: TENANT_APPS, useValue: tenantApps ?? null },
        PlatformAdminGuard,
      ],
    };
  }
}
