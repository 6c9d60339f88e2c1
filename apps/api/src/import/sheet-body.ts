/**
 * The sheet arrives as the raw request body: `text/csv`, `text/plain` (a paste) or the XLSX media type, read as bytes with the
 * same size limit as every other body (HTTP_BODY_LIMIT_BYTES; larger is a 413). Registered on Fastify
 * while Nest builds its providers, before any route exists (as http-hardening.ts does for JSON);
 * without it these types would be a 415 like every other non-JSON body.
 */
import { type Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyAdapter } from '@nestjs/platform-fastify';
import { problem, ProblemError } from '../http/problem';
import { type ApiSettings } from '../settings/api-settings';

export const CSV_TYPE = 'text/csv';
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** A pasted table: text copied out of a printed plan, or a range copied from Excel (tab-separated). */
export const TEXT_TYPE = 'text/plain';

export const SHEET_BODY = 'sparbar:SheetBody';
const PASTE_PATH = '/api/import/uppdrag';

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
      // As a pattern: http-hardening.ts removes Fastify's own text/plain parser (by that name) after this.
      // Only the uppdrag import takes plain text; everywhere else it stays a 415 as before.
      fastify.addContentTypeParser(
        /^text\/plain(\s*;.*)?$/,
        { parseAs: 'buffer', bodyLimit: settings.bodyLimitBytes },
        (request, body, done) => {
          if (request.url.split('?')[0] === PASTE_PATH) return done(null, body);
          done(
            new ProblemError(
              problem(415, 'UNSUPPORTED_MEDIA_TYPE', 'Skicka innehållet som application/json.'),
            ),
            undefined,
          );
        },
      );
      return true;
    },
  };
}
