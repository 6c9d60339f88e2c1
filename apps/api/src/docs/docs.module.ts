import { Module } from '@nestjs/common';
import { type OpenAPIObject } from '@nestjs/swagger';
import { buildApiDocument } from './api-document';
import { API_DOCUMENT, DocsHttpController } from './docs.http.controller';
import { DOCUMENTED_CONTROLLERS } from './documented-controllers';

/** Built on the first request for it, once: starting the API (and every test) does not pay for it. */
function lazyDocument(): () => Promise<OpenAPIObject> {
  let document: Promise<OpenAPIObject> | undefined;
  return () =>
    (document ??= buildApiDocument(DOCUMENTED_CONTROLLERS).catch((error: unknown) => {
      document = undefined;
      throw error;
    }));
}

@Module({
  controllers: [DocsHttpController],
  providers: [{ provide: API_DOCUMENT, useFactory: lazyDocument }],
})
export class DocsModule {}
