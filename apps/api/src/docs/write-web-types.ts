/**
 * `npm run api:types`: builds the OpenAPI document in-process, as /api/docs-json does (controllers
 * scanned in preview mode: no database, no port), and writes the web app's wire types from it.
 */
import { writeFile } from 'node:fs/promises';
import { buildApiDocument } from './api-document';
import { DOCUMENTED_CONTROLLERS } from './documented-controllers';
import { renderWebTypes, WEB_TYPES_FILE } from './web-types';

async function main(): Promise<void> {
  const document = await buildApiDocument(DOCUMENTED_CONTROLLERS);
  await writeFile(WEB_TYPES_FILE, await renderWebTypes(document));
  process.stdout.write(`${WEB_TYPES_FILE}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error instanceof Error ? error.stack : error)}\n`);
  process.exit(1);
});
