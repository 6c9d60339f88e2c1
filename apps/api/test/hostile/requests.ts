/**
 * Hostile requests made from the OpenAPI document alone: for an operation's body schema and path
 * parameters, a plausible body (the schema's examples) and every way of breaking it that an attacker or
 * a broken client tries. A new endpoint is covered as soon as it is documented.
 */
import { type OpenAPIObject } from '@nestjs/swagger';

type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  enum?: unknown[];
  example?: unknown;
  minimum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
};

export interface Operation {
  method: string;
  /** The path with its parameters filled from their examples. */
  path: string;
  template: string;
  params: { name: string; example: string }[];
  body: Schema | undefined;
}

export interface HostileCase {
  name: string;
  path: string;
  /** Sent as is, with content-type application/json. */
  raw: string;
}

/** Every operation that is not a read, with its JSON body schema (resolved) if it has one. */
export function writeOperations(document: OpenAPIObject): Operation[] {
  const resolve = (schema: Schema | undefined): Schema | undefined =>
    schema?.$ref
      ? (document.components?.schemas?.[schema.$ref.replace('#/components/schemas/', '')] as Schema)
      : schema;
  return Object.entries(document.paths).flatMap(([template, item]) =>
    Object.entries(item as Record<string, { parameters?: unknown[]; requestBody?: unknown }>)
      .filter(([method]) => ['post', 'put', 'patch', 'delete'].includes(method))
      .map(([method, op]) => {
        const params = ((op.parameters ?? []) as { in: string; name: string; schema?: Schema }[])
          .filter((p) => p.in === 'path')
          .map((p) => ({ name: p.name, example: String(p.schema?.example ?? 'x') }));
        const content = (op.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)
          ?.content;
        const body = resolve(content?.['application/json']?.schema);
        const resolved = body?.properties
          ? {
              ...body,
              properties: Object.fromEntries(
                Object.entries(body.properties).map(([k, v]) => [k, resolve(v) ?? v]),
              ),
            }
          : body;
        return {
          method: method.toUpperCase(),
          template,
          params,
          path: fill(template, params),
          body: resolved,
        };
      }),
  );
}

function fill(template: string, params: { name: string; example: string }[], odd?: [string, string]): string {
  return params.reduce(
    (path, p) => path.replace(`{${p.name}}`, odd?.[0] === p.name ? odd[1] : encodeURIComponent(p.example)),
    template,
  );
}

/** A body the schema would accept at first sight: examples, the first enum value, or a value of the type. */
export function plausible(schema: Schema | undefined): unknown {
  if (!schema) return {};
  if (schema.example !== undefined) return schema.example;
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case 'string':
      return schema.format === 'date'
        ? '2023-05-03'
        : schema.format === 'date-time'
          ? '2023-05-03T09:30:00Z'
          : 'x';
    case 'integer':
    case 'number':
      return schema.minimum ?? 1;
    case 'boolean':
      return true;
    case 'array':
      return [plausible(schema.items)];
    default:
      return Object.fromEntries(Object.entries(schema.properties ?? {}).map(([k, v]) => [k, plausible(v)]));
  }
}

function nested(depth: number, inner = '1'): string {
  return '['.repeat(depth) + inner + ']'.repeat(depth);
}

const ODD_IDS = ['%00', '%ED%A0%80', 'a'.repeat(101), '__proto__', 'constructor', '..%2F..', '%20', '-x'];

/** Every hostile variant of one operation's request. */
export function hostileCases(op: Operation): HostileCase[] {
  const valid = plausible(op.body) as Record<string, unknown>;
  const at = (name: string, body: unknown, path = op.path) => ({ name, path, raw: JSON.stringify(body) });
  const props = Object.entries(op.body?.properties ?? {});
  const cases: HostileCase[] = [
    { name: 'nested 2,000 deep', path: op.path, raw: `{"a":${nested(2000)}}` },
    { name: 'objects nested 2,000 deep', path: op.path, raw: '{"a":'.repeat(2000) + '1' + '}'.repeat(2000) },
    { name: 'prototype key __proto__', path: op.path, raw: withKey(valid, '__proto__', '{"isAdmin":true}') },
    {
      name: 'prototype key constructor',
      path: op.path,
      raw: withKey(valid, 'constructor', '{"prototype":{"x":1}}'),
    },
    at('a list instead of an object', [valid]),
    at('a string instead of an object', 'x'),
    at('null instead of an object', null),
    at('an unknown extra field', { ...valid, ukändFält: 1 }),
  ];
  for (const name of op.body?.required ?? []) {
    const { [name]: _left, ...rest } = valid;
    cases.push(at(`without required ${name}`, rest));
  }
  for (const [name, schema] of props) {
    const wrong = [schema.type === 'string' ? 12345 : 'x', { a: 1 }, [1, 2], true, nested(33)];
    wrong.forEach((value, i) =>
      cases.push(
        i === 4
          ? { name: `${name} nested 33 deep`, path: op.path, raw: withKey(valid, name, value as string) }
          : at(`${name} as ${JSON.stringify(value)}`, { ...valid, [name]: value }),
      ),
    );
    if (schema.type === 'string' || schema.type === undefined) {
      for (const [label, text] of [
        ['a huge string', 'å'.repeat(100_000)],
        ['a lone surrogate', 'a\ud800b'],
        ['a NUL character', 'a\u0000b'],
      ]) {
        cases.push(at(`${name} with ${label}`, { ...valid, [name]: text }));
      }
    }
  }
  for (const p of op.params) {
    for (const id of ODD_IDS)
      cases.push(
        at(`path ${p.name} = ${id.slice(0, 12)}`, valid, fill(op.template, op.params, [p.name, id])),
      );
  }
  return cases;
}

/** The body's JSON text with one more key written as given (JSON.stringify drops `__proto__`). */
function withKey(body: unknown, key: string, valueJson: string): string {
  const rest = JSON.stringify(body && typeof body === 'object' && !Array.isArray(body) ? body : {});
  return `{${JSON.stringify(key)}:${valueJson}${rest === '{}' ? '' : `,${rest.slice(1, -1)}`}}`;
}
