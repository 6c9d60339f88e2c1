import { type DynamicModule, Module } from '@nestjs/common';
import { type AppConfig } from '@sparbar/config';
import { APP_CONFIG } from '@sparbar/runtime';
import { OrganisationDirectory } from '../organisation/organisation-directory';
import { type ApiSettings } from '../settings/api-settings';
import { OpenDataSource } from './open-data.source';
import { OppnaDataFeedsHttpController } from './oppna-data-feeds.http.controller';
import { OppnaDataHttpController } from './oppna-data.http.controller';
import { OPEN_DATA_SETTINGS, type OpenDataSettings } from './oppna-data.settings';

export const OPPNA_DATA_CONTROLLERS = [OppnaDataHttpController, OppnaDataFeedsHttpController];

/** Open data: the adopted statuses of fullmäktige's uppdrag, public (no token), rate limited. */
@Module({})
export class OppnaDataModule {
  static register(settings: ApiSettings): DynamicModule {
    return {
      module: OppnaDataModule,
      controllers: OPPNA_DATA_CONTROLLERS,
      providers: [
        OrganisationDirectory,
        OpenDataSource,
        {
          provide: OPEN_DATA_SETTINGS,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig): OpenDataSettings => ({
            contactEmail: settings.openDataContactEmail,
            publicBaseUrl: config.publicBaseUrl,
          }),
        },
      ],
    };
  }
}
