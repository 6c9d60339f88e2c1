import { Module } from '@nestjs/common';
import { OrganisationDirectory } from '../organisation/organisation-directory';
import { ReadingDay } from '../perioder/read-day';
import { AdoptionReadModel } from './adoption-read-model';
import { AdoptReportHttpController } from './adopt-report/adopt-report.http.controller';
import { GetFaststallelseUppsiktHttpController } from './get-uppsikt/get-uppsikt.http.controller';
import { ListFaststallelserHttpController } from './list-faststallelser/list-faststallelser.http.controller';
import { RecordHandlingHttpController } from './record-handling/record-handling.http.controller';

export const FASTSTALLELSE_CONTROLLERS = [
  AdoptReportHttpController,
  RecordHandlingHttpController,
  ListFaststallelserHttpController,
  GetFaststallelseUppsiktHttpController,
];

/** A nämnd's adoption of its period report, and regionstyrelsen's and fullmäktige's handling of it. */
@Module({
  controllers: FASTSTALLELSE_CONTROLLERS,
  providers: [OrganisationDirectory, ReadingDay, AdoptionReadModel],
  exports: [AdoptionReadModel],
})
export class FaststallelseModule {}
