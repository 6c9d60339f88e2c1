import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { type Resources, RuntimeModule, WorkerModule } from '@sparbar/runtime';
import { AuthModule } from './auth/auth.module';
import { ApplicationModule } from './application/application.module';
import { DelmalModule } from './delmal/delmal.module';
import { DocsModule } from './docs/docs.module';
import { FaststallelseModule } from './faststallelse/faststallelse.module';
import { GranskningModule } from './granskning/granskning.module';
import { HistorikModule } from './historik/historik.module';
import { ImportModule } from './import/import.module';
import { InkorgModule } from './inkorg/inkorg.module';
import { InternkontrollModule } from './internkontroll/internkontroll.module';
import { httpHardening } from './http/http-hardening';
import { ProblemFilter } from './http/problem.filter';
import { RequestValidationPipe } from './http/validation';
import { OppnaDataModule } from './oppna-data/oppna-data.module';
import { OrganisationModule } from './organisation/organisation.module';
import { PerioderModule } from './perioder/perioder.module';
import { PlattformModule } from './plattform/plattform.module';
import { type TenantApps } from './plattform/tenant-apps';
import { RapporterModule } from './rapporter/rapporter.module';
import { type ApiSettings } from './settings/api-settings';
import { UppdragModule } from './uppdrag/uppdrag.module';
import { UppsiktModule } from './uppsikt/uppsikt.module';

/**
 * The API process. It also runs the worker when the store is embedded (only one process may open
 * it) or when RUN_WORKER=true; otherwise apps/worker runs it.
 */
@Module({})
export class ApiModule {
  /** `tenantApps`: on the front of an installation of many organisations, the tenants' open applications. */
  static register(resources: Resources, settings: ApiSettings, tenantApps?: TenantApps): DynamicModule {
    return {
      module: ApiModule,
      imports: [
        RuntimeModule.forRoot(resources),
        ...(resources.config.apiHostsWorker ? [WorkerModule] : []),
        AuthModule.register(settings.auth, settings.adminBootstrap, settings.tenantId ?? null, {
          tenantHasIssuer: settings.tenantHasIssuer ?? false,
        }),
        ApplicationModule,
        OrganisationModule.register(settings),
        UppdragModule,
        DelmalModule,
        GranskningModule,
        PerioderModule,
        FaststallelseModule,
        RapporterModule,
        HistorikModule,
        InkorgModule,
        UppsiktModule,
        InternkontrollModule,
        ImportModule.register(settings),
        OppnaDataModule.register(settings),
        DocsModule,
        ...(resources.tenants && settings.platformKey
          ? [PlattformModule.register(settings.platformKey, tenantApps)]
          : []),
      ],
      providers: [
        httpHardening(settings),
        { provide: APP_FILTER, useClass: ProblemFilter },
        { provide: APP_PIPE, useClass: RequestValidationPipe },
      ],
    };
  }
}
