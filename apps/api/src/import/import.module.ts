import { type DynamicModule, Module } from '@nestjs/common';
import { OrganisationDirectory } from '../organisation/organisation-directory';
import { type ApiSettings } from '../settings/api-settings';
import { ImportKommandonHttpController } from './import-kommandon/import-kommandon.http.controller';
import { ImportRunner } from './import-runner';
import { ImportUppdragSheetHttpController } from './import-uppdrag-sheet/import-uppdrag-sheet.http.controller';
import { sheetBody } from './sheet-body';

export const IMPORT_CONTROLLERS = [ImportUppdragSheetHttpController, ImportKommandonHttpController];

/** Imports: a year's uppdrag from a sheet or a pasted printed table, history as commands (libs/import). */
@Module({})
export class ImportModule {
  static register(settings: ApiSettings): DynamicModule {
    return {
      module: ImportModule,
      controllers: IMPORT_CONTROLLERS,
      // Its own copy of the directory (as RapporterModule keeps one): names are resolved against it.
      providers: [OrganisationDirectory, ImportRunner, sheetBody(settings)],
    };
  }
}
