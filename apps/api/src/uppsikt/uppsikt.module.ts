import { Module } from '@nestjs/common';
import { OrganisationDirectory } from '../organisation/organisation-directory';
import { ReadingDay } from '../perioder/read-day';
import { AnswerArendeHttpController } from './answer-arende/answer-arende.http.controller';
import { CloseArendeHttpController } from './close-arende/close-arende.http.controller';
import { GetOversiktHttpController } from './get-oversikt/get-oversikt.http.controller';
import { GetArendeHttpController } from './get-arende/get-arende.http.controller';
import { RecordArendeHttpController } from './record-arende/record-arende.http.controller';

export const UPPSIKT_CONTROLLERS = [
  RecordArendeHttpController,
  GetOversiktHttpController,
  GetArendeHttpController,
  AnswerArendeHttpController,
  CloseArendeHttpController,
];

@Module({ controllers: UPPSIKT_CONTROLLERS, providers: [OrganisationDirectory, ReadingDay] })
export class UppsiktModule {}
