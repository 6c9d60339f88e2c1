import { Module } from '@nestjs/common';
import { GetInkorgHttpController } from './get-inkorg/get-inkorg.http.controller';

export const INKORG_CONTROLLERS = [GetInkorgHttpController];

/** The in-app inbox: the reminders and escalations delivered to the signed-in person. */
@Module({ controllers: INKORG_CONTROLLERS })
export class InkorgModule {}
