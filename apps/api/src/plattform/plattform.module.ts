import { type DynamicModule, Module } from '@nestjs/common';
import { PLATFORM_KEY, PlatformAdminGuard } from './platform-admin.guard';
import { TenantsHttpController } from './tenants.http.controller';

/**
 * The platform administrator's API, mounted only when the installation serves many organisations
 * (PLATFORM_DATABASE_URL); a single-organisation installation has no /api/plattform at all.
 */
@Module({})
export class PlattformModule {
  static register(platformKey: Uint8Array): DynamicModule {
    return {
      module: PlattformModule,
      controllers: [TenantsHttpController],
      providers: [{ provide: PLATFORM_KEY, useValue: platformKey }, PlatformAdminGuard],
    };
  }
}
