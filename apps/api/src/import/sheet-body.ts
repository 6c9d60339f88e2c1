/**
 * The sheet arrives as the raw request body: `text/csv` or the XLSX media type, read as bytes with the
 * same size limit as every other body (HTTP_BODY_LIMIT_BYTES; larger is a 413). Registered on Fastify
 * while Nest builds its providers, before any route exists (as http-hardening.ts does for JSON);
 * without it these types would be a 415 like every other non-JSON body.
 */
import { type Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyAdapter } from '@nestjs/platform-fastify';
import { type ApiSettings } from '../settings/api-settings';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export const SHEET_BODY = 'sparbar:SheetBody';

export function sheetBody(settings: ApiSettings): Provider {
  return {
    provide: SHEET_BODY,
    inject: [HttpAdapterHost],
    useFactory: (host: HttpAdapterHost) => {
      const fastify = (host.httpAdapter as unknown as FastifyAdapter).getInstance();
      fastify.addContentTypeParser(
        [CSV_TYPE, XLSX_TYPE],
        { parseAs: 'buffer', bodyLimit: settings.bodyLimitBytes },
        (_request, body, done) => done(null, body),
      );
      return true;
    },
  };
}
