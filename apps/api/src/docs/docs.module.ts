import { Module } from '@nestjs/common';
import { type OpenAPIObject } from '@nestjs/swagger';
import { AUTH_CONTROLLERS } from '../auth/auth.module';
import { DELMAL_CONTROLLERS } from '../delmal/delmal.module';
import { GRANSKNING_CONTROLLERS } from '../granskning/granskning.module';
import { HISTORIK_CONTROLLERS } from '../historik/historik.module';
import { IMPORT_CONTROLLERS } from '../import/import.module';
import { INKORG_CONTROLLERS } from '../inkorg/inkorg.module';
import { INTERNKONTROLL_CONTROLLERS } from '../internkontroll/internkontroll.module';
import { ORGANISATION_CONTROLLERS } from '../organisation/organisation.module';
import { PERIODER_CONTROLLERS } from '../perioder/perioder.module';
import { RAPPORTER_CONTROLLERS } from '../rapporter/rapporter.module';
import { UPPDRAG_CONTROLLERS } from '../uppdrag/uppdrag.module';
import { UPPSIKT_CONTROLLERS } from '../uppsikt/uppsikt.module';
import { buildApiDocument } from './api-document';
import { API_DOCUMENT, DocsHttpController } from './docs.http.controller';

/** Built on the first request for it, once: starting the API (and every test) does not pay for it. */
function lazyDocument(): () => Promise<OpenAPIObject> {
  let document: Promise<OpenAPIObject> | undefined;
  return () =>
    (document ??= buildApiDocument([
      ...AUTH_CONTROLLERS,
      ...UPPDRAG_CONTROLLERS,
      ...DELMAL_CONTROLLERS,
      ...ORGANISATION_CONTROLLERS,
      ...GRANSKNING_CONTROLLERS,
      ...PERIODER_CONTROLLERS,
      ...RAPPORTER_CONTROLLERS,
      ...HISTORIK_CONTROLLERS,
      ...INKORG_CONTROLLERS,
      ...IMPORT_CONTROLLERS,
      ...UPPSIKT_CONTROLLERS,
      ...INTERNKONTROLL_CONTROLLERS,
    ]).catch((error: unknown) => {
      document = undefined;
      throw error;
    }));
}

@Module({
  controllers: [DocsHttpController],
  providers: [{ provide: API_DOCUMENT, useFactory: lazyDocument }],
})
export class DocsModule {}
