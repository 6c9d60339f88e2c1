/**
 * One contract between web and API: the OpenAPI document the API serves is valid by a standard
 * validator, every reference in it points somewhere, and the web app's generated wire types
 * (apps/web/src/api-types.ts) are what that document makes today.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { validate } from '@readme/openapi-parser';
import { type OpenAPIObject } from '@nestjs/swagger';
import { type ApiHarness, startTestApi } from './support/api-harness';

let api: ApiHarness;
let document: OpenAPIObject;

beforeAll(async () => {
  api = await startTestApi();
  const answer = await api.request<OpenAPIObject>('GET', '/api/docs-json');
  expect(answer.status).toBe(200);
  document = answer.body;
});
afterAll(() => api?.close());

const ROOT = join(__dirname, '../../..');

/** The generator (apps/api/src/docs/web-types.ts) run as its own program, as `npm run api:types` runs it. */
async function renderWebTypes(document: OpenAPIObject): Promise<string> {
  const run = promisify(execFile)(
    process.execPath,
    ['-r', '@swc-node/register', 'apps/api/src/docs/web-types.ts'],
    { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 },
  );
  run.child.stdin?.end(JSON.stringify(document));
  return (await run).stdout;
}

/** Every `$ref` in the document, with where it stands. */
function references(node: unknown, at = '#'): { at: string; ref: string }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => references(item, `${at}/${i}`));
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    key === '$ref' && typeof value === 'string' ? [{ at, ref: value }] : references(value, `${at}/${key}`),
  );
}

describe('the OpenAPI document at /api/docs-json', () => {
  it('is valid OpenAPI by @readme/openapi-parser', async () => {
    // The validator resolves references in place, so it gets a copy.
    const result = await validate(structuredClone(document) as Parameters<typeof validate>[0]);
    expect(result.valid ? [] : result.errors).toEqual([]);
    expect(result.specification).toBe('OpenAPI');
  });

  it('names a schema in every reference, and every one it names exists', () => {
    const refs = references(document);
    expect(refs.length).toBeGreaterThan(100);
    const schemas = new Set(Object.keys(document.components?.schemas ?? {}));
    const broken = refs.filter(
      ({ ref }) => ref.endsWith('/') || !schemas.has(ref.replace('#/components/schemas/', '')),
    );
    expect(broken).toEqual([]);
  });

  it('describes the nested bodies a client needs to register an uppdrag or define a delmål', () => {
    const property = (schema: string, name: string) =>
      (document.components?.schemas?.[schema] as { properties: Record<string, unknown> }).properties[name];
    expect(property('RegisterUppdragDto', 'origin')).toEqual({
      $ref: '#/components/schemas/UppdragOriginDto',
    });
    expect(references(property('DefineDelmalDto', 'regionmal'))).toHaveLength(1);
    expect(references(property('AddIndikatorDto', 'baseline'))).toHaveLength(1);
    expect(references(property('RecordArendeDto', 'item'))).toHaveLength(1);
  });
});

describe("the web app's wire types", () => {
  it('are generated from this document (else run npm run api:types)', async () => {
    const committed = readFileSync(join(ROOT, 'apps/web/src/api-types.ts'), 'utf8');
    const generated = await renderWebTypes(document);
    // One line that says what to do rather than a diff of thousands of lines.
    expect(committed === generated ? 'up to date' : 'stale: run npm run api:types').toBe('up to date');
  });
});
