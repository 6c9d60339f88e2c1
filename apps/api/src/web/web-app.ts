/**
 * The web application (apps/web, built by `npm run build` into dist/web) served by the API at `/`.
 * Files are served as they are; any other GET for a page path answers index.html, so that a link to
 * /mina-uppdrag or a reload works. Paths of the API and the platform (/api, /health, /metrics) are never
 * answered with the page: an unknown one there stays a 404 problem.
 *
 * Registered as a provider that waits for the HTTP hardening, so helmet's headers (the content security
 * policy above all) apply to these routes too: Fastify gives a plugin's hooks only to later routes.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyAdapter } from '@nestjs/platform-fastify';
import fastifyStatic from '@fastify/static';
import { type Environment } from '@sparbar/config';
import { HTTP_HARDENING } from '../http/http-hardening';

export const WEB_APP = 'sparbar:WebApp';

/** Never answered with the page: the API, its description, health and metrics. */
const NOT_PAGES = /^\/(api|health|metrics)(\/|$|\?)/;
/** A path whose last segment has an extension asks for a file; a missing one is a 404, not the page. */
const FILE_LIKE = /\/[^/?]+\.[a-z0-9]+(\?|$)/i;

export interface WebAppSettings {
  /** The built application (WEB_DIR); by default dist/web beside the compiled API. */
  dir: string;
}

export function webAppSettingsFromEnv(env: Environment): WebAppSettings {
  // Compiled, this file is dist/apps/api/src/web/web-app.js, so dist/web is four folders up.
  return { dir: resolve(env.WEB_DIR ?? join(__dirname, '..', '..', '..', '..', 'web')) };
}

export function webApp(settings: WebAppSettings): Provider {
  return {
    provide: WEB_APP,
    inject: [HttpAdapterHost, HTTP_HARDENING],
    useFactory: async (host: HttpAdapterHost) => {
      const fastify = (host.httpAdapter as unknown as FastifyAdapter).getInstance();
      const index = join(settings.dir, 'index.html');
      if (!existsSync(index)) {
        fastify.get('/', (_request, reply) => {
          void reply
            .type('text/html; charset=utf-8')
            .send(
              '<!doctype html><html lang="sv"><title>Spårbar</title><p>Webbapplikationen är inte byggd: kör <code>npm run build</code>. API:t finns under <a href="/api/docs">/api/docs</a>.</p></html>',
            );
        });
        return false;
      }
      await fastify.register(fastifyStatic, {
        root: settings.dir,
        prefix: '/',
        wildcard: false,
        index: false,
        // Built assets carry a content hash in their names, so they never change; the page itself may.
        setHeaders: (reply, path) => {
          void reply.header(
            'cache-control',
            path.includes(`${join(settings.dir, 'assets')}`)
              ? 'public, max-age=31536000, immutable'
              : 'no-cache',
          );
        },
      });
      fastify.get('/*', (request, reply) => {
        if (NOT_PAGES.test(request.url) || FILE_LIKE.test(request.url)) return reply.callNotFound();
        return reply.header('cache-control', 'no-cache').sendFile('index.html');
      });
      fastify.get('/', (_request, reply) => reply.header('cache-control', 'no-cache').sendFile('index.html'));
      return true;
    },
  };
}
