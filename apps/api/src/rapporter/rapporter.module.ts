import { Module } from '@nestjs/common';
import { OrganisationDirectory } from '../organisation/organisation-directory';
import { ReadingDay } from '../perioder/read-day';
import { GetUppdragReportHttpController } from './get-uppdrag-report/get-uppdrag-report.http.controller';
import { ReportOrgans } from './report-organs';
import { ReportSource } from './report-source';

export const RAPPORTER_CONTROLLERS = [GetUppdragReportHttpController];

/**
 * The report tables as files. Keeps its own copy of the organisation directory (master data followed
 * from the log, as OrganisationModule's does), to fold each organ up to a report's cutoff.
 */
@Module({
  controllers: RAPPORTER_CONTROLLERS,
  providers: [OrganisationDirectory, ReportOrgans, ReportSource, ReadingDay],
})
export class RapporterModule {}
