/**
 * The web app's wire types, generated from the OpenAPI document so the two cannot drift. Run as a
 * program it reads a document (JSON) on standard input and prints apps/web/src/api-types.ts as it
 * should read: `npm run api:types` (write-web-types.ts) feeds it the document built in-process, and
 * apps/api/test/openapi.e2e.spec.ts the one the API serves. A program of its own because
 * openapi-typescript loads ES modules that Jest's CommonJS runtime cannot. Development only.
 */
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { format, resolveConfig } from 'prettier';

export const WEB_TYPES_FILE = join(__dirname, '../../../web/src/api-types.ts');

const HEADER = [
  "// Generated from the API's OpenAPI document (apps/api/src/docs) by openapi-typescript. Do not edit:",
  "// change the DTOs or the controllers' @ApiResponse decorators, then run `npm run api:types`.",
  '// The web app names the types it uses in apps/web/src/wire.ts.',
].join('\n');

export async function renderWebTypes(document: object): Promise<string> {
  const nodes = await openapiTS(document as Parameters<typeof openapiTS>[0], {
    rootTypes: false,
    alphabetize: true,
  });
  const source = `${HEADER}\n\n${astToString(nodes)}`;
  const options = await resolveConfig(WEB_TYPES_FILE);
  return format(source, { ...options, filepath: WEB_TYPES_FILE });
}

async function main(): Promise<void> {
  let input = '';
  for await (const chunk of process.stdin) input += String(chunk);
  process.stdout.write(await renderWebTypes(JSON.parse(input) as object));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
    process.exit(1);
  });
}
