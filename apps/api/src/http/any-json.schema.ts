import { type ApiPropertyOptions } from '@nestjs/swagger';

/**
 * The OpenAPI schema of a value that is whatever an event held (text, a number, a list of ids, an
 * object) or null. Left to itself Swagger reads TypeScript's `unknown` as an empty object.
 */
export const ANY_JSON_VALUE: ApiPropertyOptions = {
  nullable: true,
  oneOf: [
    { type: 'string' },
    { type: 'number' },
    { type: 'boolean' },
    { type: 'array', items: {} },
    { type: 'object', additionalProperties: true },
  ],
};
