/**
 * How the period reads describe themselves in OpenAPI. Like `ReadEndpoint` (http/endpoint-docs.ts) but
 * without its ETag: these answers are read models over many streams, not one stream's revision.
 */
import { applyDecorators, type Type } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiProduces, ApiResponse } from '@nestjs/swagger';

export function PeriodEndpoint(options: {
  summary: string;
  description: string;
  response: Type<unknown>;
  /** Problem answers beside 400, 401, 403 and 503, each with what it means here. */
  problems?: Record<number, string>;
}): MethodDecorator {
  const problems: Record<number, string> = {
    400: 'Ogiltig fråga; `errors` namnger fältet.',
    ...options.problems,
    401: 'Ingen eller ogiltig token.',
    403: 'Rollen får inte läsa.',
    503: 'Läsmodellen är ännu inte byggd (ingen arbetare har startat).',
  };
  return applyDecorators(
    ApiOperation({
      summary: options.summary,
      description: `${options.description} Läsmodell: ett ögonblick efter loggen.`,
    }),
    ApiBearerAuth(),
    ApiOkResponse({ type: options.response }),
    ApiProduces('application/json', 'application/problem+json'),
    ...Object.entries(problems).map(([status, description]) =>
      ApiResponse({
        status: Number(status),
        description,
        content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDto' } } },
      }),
    ),
  );
}
