/**
 * How the audit endpoints describe themselves in OpenAPI: answers about the whole log, so no stream
 * ETag (see `ModelEndpoint`); 401, 403 and 503 described for them.
 */
import { type Type } from '@nestjs/common';
import { ModelEndpoint } from '../http/endpoint-docs';

export function AuditEndpoint(options: {
  summary: string;
  description: string;
  response: Type<unknown>;
  /** Problem answers beside 401 and 403, each with what it means here. */
  problems: Record<number, string>;
  body?: Type<unknown>;
}): MethodDecorator {
  return ModelEndpoint({
    ...options,
    problems: {
      ...options.problems,
      401: 'Ingen eller ogiltig token.',
      403: 'Rollen får inte.',
      503: 'Granskningsspåret är ännu inte byggt (ingen arbetare har startat).',
    },
  });
}
