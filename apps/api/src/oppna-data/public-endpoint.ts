/** A public read: no token, a 400 for a bad filter, the body's hash as ETag and 304 on a match. */
import { applyDecorators, type Type } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiResponse } from '@nestjs/swagger';
import { Public } from '../auth/authenticated';

const HEADERS = {
  ETag: { description: 'Hash av svaret; skicka tillbaka som If-None-Match.', schema: { type: 'string' } },
  'Last-Modified': {
    description: 'När det senaste fastställandet registrerades.',
    schema: { type: 'string' },
  },
};

export function PublicEndpoint(options: {
  summary: string;
  description?: string;
  response?: Type<unknown>;
  produces?: string;
}) {
  return applyDecorators(
    Public(),
    ApiOperation({
      summary: options.summary,
      description:
        `${options.description ?? ''} Öppen utan inloggning; begränsad per klientadress (429).`.trim(),
    }),
    ...(options.produces ? [ApiProduces(options.produces)] : []),
    ApiOkResponse({
      ...(options.response ? { type: options.response } : { schema: { type: 'string' } }),
      headers: HEADERS,
    }),
    ApiResponse({ status: 304, description: 'Oförändrat sedan If-None-Match.' }),
    ApiResponse({ status: 400, description: 'Ogiltigt filter.' }),
    ApiResponse({ status: 429, description: 'För många förfrågningar.' }),
  );
}
