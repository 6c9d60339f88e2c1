/**
 * How endpoints describe themselves in OpenAPI: one decorator per kind, so every write documents
 * `If-Match`, `ETag` and its problem answers the same way.
 */
import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiCreatedResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
} from '@nestjs/swagger';

const ETAG = {
  ETag: { description: 'Strömmens revision; skicka tillbaka som If-Match.', schema: { type: 'string' } },
};

const problems = (statuses: number[]) =>
  problemResponses(Object.fromEntries(statuses.map((status) => [status, PROBLEM_DESCRIPTIONS[status]])));

/** Each problem answer with what it means at this endpoint, as application/problem+json. */
function problemResponses(described: Record<number, string>) {
  return Object.entries(described).map(([status, description]) =>
    ApiResponse({
      status: Number(status),
      description,
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
    }),
  );
}

/**
 * A read over a read model or the whole log (period tables, history, audit trail, chain): like
 * `ReadEndpoint` but without a stream's ETag, and with each problem answer described for the endpoint.
 */
export function ModelEndpoint(options: {
  summary: string;
  description: string;
  response: Type<unknown>;
  problems: Record<number, string>;
  body?: Type<unknown>;
}): MethodDecorator {
  return applyDecorators(
    HttpCode(200),
    ApiOperation({ summary: options.summary, description: options.description }),
    ApiBearerAuth(),
    ...(options.body ? [ApiBody({ type: options.body })] : []),
    ApiOkResponse({ type: options.response }),
    ApiProduces('application/json', 'application/problem+json'),
    ...problemResponses(options.problems),
  );
}

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Ogiltig indata; `errors` namnger varje fält.',
  401: 'Ingen eller ogiltig token.',
  403: 'Rollen får inte.',
  404: 'Okänt id.',
  409: 'Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet.',
  413: 'För stor kropp.',
  429: 'För många skrivningar.',
};

export function WriteEndpoint(options: {
  summary: string;
  description?: string;
  response: Type<unknown>;
  body?: Type<unknown>;
  created?: boolean;
}): MethodDecorator {
  const ok = { type: options.response, headers: ETAG };
  return applyDecorators(
    HttpCode(options.created ? 201 : 200),
    ApiOperation({
      summary: options.summary,
      ...(options.description ? { description: options.description } : {}),
    }),
    ApiBearerAuth(),
    ...(options.body ? [ApiBody({ type: options.body })] : []),
    ...(options.created
      ? [ApiCreatedResponse({ ...ok, headers: { ...ETAG, Location: { schema: { type: 'string' } } } })]
      : [
          ApiHeader({
            name: 'If-Match',
            required: false,
            description: 'Revisionen från ETag: skriv bara om ingen annan hunnit före.',
          }),
          ApiOkResponse(ok),
        ]),
    ApiProduces('application/json', 'application/problem+json'),
    ...problems([400, 401, 403, 404, 409, 413, 429]),
  );
}

export function ReadEndpoint(options: {
  summary: string;
  description?: string;
  response: Type<unknown>;
  list?: boolean;
}) {
  return applyDecorators(
    ApiOperation({
      summary: options.summary,
      ...(options.description ? { description: options.description } : {}),
    }),
    ApiBearerAuth(),
    ApiOkResponse({
      type: options.response,
      isArray: options.list ?? false,
      ...(options.list ? {} : { headers: ETAG }),
    }),
    ...problems([400, 401, 403, 404]),
  );
}
