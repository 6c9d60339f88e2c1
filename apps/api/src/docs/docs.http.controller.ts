/**
 * The API description: the OpenAPI document at /api/docs-json and Swagger UI at /api/docs. Public, as
 * it holds no data. The page loads only files from here (no inline script), so the strict Content
 * Security Policy stays as it is.
 */
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { Controller, Get, Header, Inject, Param, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { type OpenAPIObject } from '@nestjs/swagger';
import { type FastifyReply } from 'fastify';
import { Public } from '../auth/authenticated';
import { problem, ProblemError } from '../http/problem';

export const API_DOCUMENT = 'sparbar:ApiDocument';

const SWAGGER_UI_DIR = dirname(require.resolve('swagger-ui-dist/package.json'));

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'index.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
  'swagger-ui-standalone-preset.js': 'text/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
  'favicon-16x16.png': 'image/png',
};

const PAGE = `<!DOCTYPE html>
<html lang="sv">
  <head>
    <meta charset="UTF-8">
    <title>Spårbar API</title>
    <link rel="stylesheet" type="text/css" href="/api/docs/swagger-ui.css" />
    <link rel="stylesheet" type="text/css" href="/api/docs/index.css" />
    <link rel="icon" type="image/png" href="/api/docs/favicon-32x32.png" sizes="32x32" />
  </head>
  <body>
    <div id="swagger-ui"></div>
    <script src="/api/docs/swagger-ui-bundle.js" charset="UTF-8"></script>
    <script src="/api/docs/swagger-ui-standalone-preset.js" charset="UTF-8"></script>
    <script src="/api/docs/start.js" charset="UTF-8"></script>
  </body>
</html>
`;

const START = `window.onload = function () {
  window.ui = SwaggerUIBundle({
    url: '/api/docs-json',
    dom_id: '#swagger-ui',
    deepLinking: true,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
  });
};
`;

@ApiExcludeController()
@Public()
@Controller('api')
export class DocsHttpController {
  constructor(@Inject(API_DOCUMENT) private readonly document: () => Promise<OpenAPIObject>) {}

  @Get('docs-json')
  json(): Promise<OpenAPIObject> {
    return this.document();
  }

  @Get('docs')
  @Header('content-type', 'text/html; charset=utf-8')
  page(): string {
    return PAGE;
  }

  @Get('docs/start.js')
  @Header('content-type', 'text/javascript; charset=utf-8')
  start(): string {
    return START;
  }

  @Get('docs/:asset')
  async asset(
    @Param('asset') asset: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const type = Object.hasOwn(ASSETS, asset) ? ASSETS[asset] : undefined;
    if (!type) throw new ProblemError(problem(404, 'NOT_FOUND', 'Filen finns inte.'));
    void reply.header('content-type', type).header('cache-control', 'public, max-age=86400');
    return readFile(join(SWAGGER_UI_DIR, asset));
  }
}
