import { Module } from '@nestjs/common';
import { AddAtgardHttpController } from './add-atgard/add-atgard.http.controller';
import { AddKontrollmomentHttpController } from './add-kontrollmoment/add-kontrollmoment.http.controller';
import { AddRiskHttpController } from './add-risk/add-risk.http.controller';
import { AdoptPlanHttpController } from './adopt-plan/adopt-plan.http.controller';
import { ChangeAtgardStatusHttpController } from './change-atgard-status/change-atgard-status.http.controller';
import { CreatePlanHttpController } from './create-plan/create-plan.http.controller';
import { GetPlanHttpController } from './get-plan/get-plan.http.controller';
import { ReassessRiskHttpController } from './reassess-risk/reassess-risk.http.controller';
import { RecordResultHttpController } from './record-result/record-result.http.controller';

export const INTERNKONTROLL_CONTROLLERS = [
  CreatePlanHttpController,
  GetPlanHttpController,
  AddRiskHttpController,
  ReassessRiskHttpController,
  AddKontrollmomentHttpController,
  AdoptPlanHttpController,
  RecordResultHttpController,
  AddAtgardHttpController,
  ChangeAtgardStatusHttpController,
];

@Module({ controllers: INTERNKONTROLL_CONTROLLERS })
export class InternkontrollModule {}
