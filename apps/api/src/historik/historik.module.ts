import { Module } from '@nestjs/common';
import { GetHistorikHttpController } from './get-historik/get-historik.http.controller';
import { HistoryAnswers } from './history-answers';

export const HISTORIK_CONTROLLERS = [GetHistorikHttpController];

/** The history read model: every change of an uppdrag or delmål in human terms. */
@Module({ controllers: HISTORIK_CONTROLLERS, providers: [HistoryAnswers] })
export class HistorikModule {}
