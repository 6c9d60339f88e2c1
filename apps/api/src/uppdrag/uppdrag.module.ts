import { Module } from '@nestjs/common';
import { ChangeAnsvarigHttpController } from './change-ansvarig/change-ansvarig.http.controller';
import { ChangePeriodicitetHttpController } from './change-periodicitet/change-periodicitet.http.controller';
import { ClosePartHttpController } from './close-part/close-part.http.controller';
import { CloseUppdragHttpController } from './close-uppdrag/close-uppdrag.http.controller';
import { CorrectReportHttpController } from './correct-report/correct-report.http.controller';
import { ExtendSlutdatumHttpController } from './extend-slutdatum/extend-slutdatum.http.controller';
import { GetUppdragHttpController } from './get-uppdrag/get-uppdrag.http.controller';
import { ListUppdragHttpController } from './list-uppdrag/list-uppdrag.http.controller';
import { UppdragListAnswers } from './list-uppdrag/uppdrag-list-answers';
import { RegisterUppdragHttpController } from './register-uppdrag/register-uppdrag.http.controller';
import { ReportStatusHttpController } from './report-status/report-status.http.controller';
import { WithdrawUppdragHttpController } from './withdraw-uppdrag/withdraw-uppdrag.http.controller';

/** Order matters where paths overlap: the list (GET /api/uppdrag) before one (GET /api/uppdrag/:id). */
export const UPPDRAG_CONTROLLERS = [
  ListUppdragHttpController,
  RegisterUppdragHttpController,
  GetUppdragHttpController,
  ChangeAnsvarigHttpController,
  ChangePeriodicitetHttpController,
  ExtendSlutdatumHttpController,
  ReportStatusHttpController,
  CorrectReportHttpController,
  CloseUppdragHttpController,
  ClosePartHttpController,
  WithdrawUppdragHttpController,
];

@Module({ controllers: UPPDRAG_CONTROLLERS, providers: [UppdragListAnswers] })
export class UppdragModule {}
