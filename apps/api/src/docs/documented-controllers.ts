import { type Type } from '@nestjs/common';
import { AUTH_CONTROLLERS } from '../auth/auth.module';
import { DELMAL_CONTROLLERS } from '../delmal/delmal.module';
import { FASTSTALLELSE_CONTROLLERS } from '../faststallelse/faststallelse.module';
import { GRANSKNING_CONTROLLERS } from '../granskning/granskning.module';
import { HISTORIK_CONTROLLERS } from '../historik/historik.module';
import { IMPORT_CONTROLLERS } from '../import/import.module';
import { INKORG_CONTROLLERS } from '../inkorg/inkorg.module';
import { INTERNKONTROLL_CONTROLLERS } from '../internkontroll/internkontroll.module';
import { OPPNA_DATA_CONTROLLERS } from '../oppna-data/oppna-data.module';
import { ORGANISATION_CONTROLLERS } from '../organisation/organisation.module';
import { PERIODER_CONTROLLERS } from '../perioder/perioder.module';
import { RAPPORTER_CONTROLLERS } from '../rapporter/rapporter.module';
import { UPPDRAG_CONTROLLERS } from '../uppdrag/uppdrag.module';
import { UPPSIKT_CONTROLLERS } from '../uppsikt/uppsikt.module';

/**
 * The controllers the OpenAPI document describes: the one list that both /api/docs-json and the web
 * app's generated wire types (`npm run api:types`) are made from.
 */
export const DOCUMENTED_CONTROLLERS: Type<unknown>[] = [
  ...AUTH_CONTROLLERS,
  ...UPPDRAG_CONTROLLERS,
  ...DELMAL_CONTROLLERS,
  ...ORGANISATION_CONTROLLERS,
  ...GRANSKNING_CONTROLLERS,
  ...PERIODER_CONTROLLERS,
  ...FASTSTALLELSE_CONTROLLERS,
  ...RAPPORTER_CONTROLLERS,
  ...HISTORIK_CONTROLLERS,
  ...INKORG_CONTROLLERS,
  ...IMPORT_CONTROLLERS,
  ...UPPSIKT_CONTROLLERS,
  ...INTERNKONTROLL_CONTROLLERS,
  ...OPPNA_DATA_CONTROLLERS,
];
