/**
 * How the audit endpoints describe themselves in OpenAPI. Like `ReadEndpoint` (http/endpoint-docs.ts),
 * but without its ETag: these answers are about the whole log, not one stream's revision.
 */
import { applyDecorators, HttpCode, type Type } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiBody,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
} from '@nestjs/swagger';

export function AuditEndpoint(options: {
  summary: string;
  description: string;
  response: Type<unknown>;
  /** Problem answers beside 401 and 403, each with what it means here. */
  problems: Record<number, string>;
  body?: Type<unknown>;
}): MethodDecorator {
  const problems: Record<number, string> = {
    ...options.problems,
    401: 'Ingen eller ogiltig token.',
    403: 'Rollen får inte.',
    503: 'Granskningsspåret är ännu inte byggt (ingen arbetare har startat).',
  };
  return applyDecorators(
    HttpCode(200),
    ApiOperation({ summary: options.summary, description: options.description }),
    ApiBearerAuth(),
    ...(options.body ? [ApiBody({ type: options.body })] : []),
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
