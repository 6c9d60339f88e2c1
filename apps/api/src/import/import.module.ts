import { type DynamicModule, Module } from '@nestjs/common';
import { type ApiSettings } from '../settings/api-settings';
import { ImportKommandonHttpController } from './import-kommandon/import-kommandon.http.controller';
import { ImportRunner } from './import-runner';
import { ImportUppdragSheetHttpController } from './import-uppdrag-sheet/import-uppdrag-sheet.http.controller';
import { sheetBody } from './sheet-body';

export const IMPORT_CONTROLLERS = [ImportUppdragSheetHttpController, ImportKommandonHttpController];

/** Imports: a year's uppdrag from a sheet, history as a file of commands (libs/import). */
@Module({})
export class ImportModule {
  static register(settings: ApiSettings): DynamicModule {
    return {
      module: ImportModule,
      controllers: IMPORT_CONTROLLERS,
      providers: [ImportRunner, sheetBody(settings)],
    };
  }
}
