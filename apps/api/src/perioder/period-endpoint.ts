/**
 * How the period reads describe themselves in OpenAPI: read models over many streams, so no stream
 * ETag (see `ModelEndpoint`); 400, 401, 403 and 503 described for them.
 */
import { type Type } from '@nestjs/common';
import { ModelEndpoint } from '../http/endpoint-docs';

export function PeriodEndpoint(options: {
  summary: string;
  description: string;
  response: Type<unknown>;
  /** Problem answers beside 400, 401, 403 and 503, each with what it means here. */
  problems?: Record<number, string>;
}): MethodDecorator {
  return ModelEndpoint({
    summary: options.summary,
    description: `${options.description} Läsmodell: ett ögonblick efter loggen.`,
    response: options.response,
    problems: {
      400: 'Ogiltig fråga; `errors` namnger fältet.',
      ...options.problems,
      401: 'Ingen eller ogiltig token.',
      403: 'Rollen får inte läsa.',
      503: 'Läsmodellen är ännu inte byggd (ingen arbetare har startat).',
    },
  });
}
