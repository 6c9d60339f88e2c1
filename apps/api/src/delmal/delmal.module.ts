import { Module } from '@nestjs/common';
import { AddIndikatorHttpController } from './add-indikator/add-indikator.http.controller';
import { AssessDelmalHttpController } from './assess-delmal/assess-delmal.http.controller';
import { ChangeMalvardeHttpController } from './change-malvarde/change-malvarde.http.controller';
import { CloseDelmalHttpController } from './close-delmal/close-delmal.http.controller';
import { CorrectAssessmentHttpController } from './correct-assessment/correct-assessment.http.controller';
import { CorrectUtfallHttpController } from './correct-utfall/correct-utfall.http.controller';
import { DefineDelmalHttpController } from './define-delmal/define-delmal.http.controller';
import { GetDelmalHttpController } from './get-delmal/get-delmal.http.controller';
import { RecordUtfallHttpController } from './record-utfall/record-utfall.http.controller';

export const DELMAL_CONTROLLERS = [
  DefineDelmalHttpController,
  GetDelmalHttpController,
  AddIndikatorHttpController,
  ChangeMalvardeHttpController,
  RecordUtfallHttpController,
  CorrectUtfallHttpController,
  AssessDelmalHttpController,
  CorrectAssessmentHttpController,
  CloseDelmalHttpController,
];

@Module({ controllers: DELMAL_CONTROLLERS })
export class DelmalModule {}
