/**
 * What a public-sector web service is expected to have before any route answers: security headers,
 * CORS closed unless origins are named, a cap on request bodies, and rate limits on sign-in and writes.
 *
 * Registered on Fastify while Nest builds its providers, so before any route exists: Fastify applies
 * a plugin's hooks only to routes added after it. (`startApp` in libs/runtime offers no hook between
 * creating the app and listening; this provider is that hook.)
 */
import { type IncomingMessage, type ServerResponse } from 'node:http';
import { type Provider } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { type FastifyAdapter } from '@nestjs/platform-fastify';
import cors from '@fastify/cors';
import helmet from 'helmet';
import rateLimit from '@fastify/rate-limit';
import { type FastifyRequest } from 'fastify';
import { type ApiSettings } from '../settings/api-settings';
import { jsonDepth, MAX_JSON_DEPTH, tooDeep } from './json-depth';
import { problem, ProblemError } from './problem';

export const HTTP_HARDENING = 'sparbar:HttpHardening';

/** The development sign-in; every other non-GET under /api is a write. */
export const SIGN_IN_PATH = '/api/auth/dev-token';

export function httpHardening(settings: ApiSettings): Provider {
  return {
    provide: HTTP_HARDENING,
    inject: [HttpAdapterHost],
    useFactory: async (host: HttpAdapterHost) => {
      const adapter = host.httpAdapter as unknown as FastifyAdapter;
      const fastify = adapter.getInstance();

      // Helmet's middleware built once: @fastify/helmet built it anew on every request (about 9 % of
      // the API's CPU under load, issue 21's profile); the headers are the same for every route.
      const securityHeaders = headersOf(
        helmet({
          // The API docs page loads its scripts and styles from here; nothing else needs more.
          contentSecurityPolicy: {
            directives: {
              defaultSrc: ["'self'"],
              scriptSrc: ["'self'"],
              styleSrc: ["'self'", "'unsafe-inline'"],
              imgSrc: ["'self'", 'data:'],
              connectSrc: ["'self'", ...providerOrigins(settings)],
              frameAncestors: ["'none'"],
              objectSrc: ["'none'"],
              baseUri: ["'none'"],
              formAction: ["'none'"],
              // TLS ends at the proxy in front; locally the API is plain http.
              upgradeInsecureRequests: null,
            },
          },
          crossOriginResourcePolicy: { policy: 'same-origin' },
          referrerPolicy: { policy: 'no-referrer' },
        }),
      );
      fastify.addHook('onRequest', (_request, reply, next) => {
        void reply.headers(securityHeaders);
        next();
      });

      await fastify.register(cors, {
        origin: settings.corsOrigins.length > 0 ? settings.corsOrigins : false,
        methods: ['GET', 'POST'],
        allowedHeaders: ['authorization', 'content-type', 'if-match', 'x-request-id'],
        exposedHeaders: ['etag', 'location', 'x-request-id', 'retry-after'],
        maxAge: 600,
      });

      const kindOf = (request: FastifyRequest) =>
        isSignIn(request) ? 'sign-in' : isOpenData(request) ? 'open-data' : 'write';
      const limitOf = (request: FastifyRequest) =>
        ({
          'sign-in': settings.signInRateLimit,
          'open-data': settings.openDataRateLimit,
          write: settings.writeRateLimit,
        })[kindOf(request)];
      await fastify.register(rateLimit, {
        global: true,
        // Signed-in reads are not limited here; writes, sign-in and the public open data (anyone may
        // call it without a token) are counted apart, per client address.
        allowList: (request) => !isLimited(request) && !isOpenData(request),
        keyGenerator: (request) => `${kindOf(request)}:${request.ip}`,
        max: (request) => limitOf(request).max,
        timeWindow: (request) => limitOf(request).windowMs,
        // Thrown as our own problem: Nest passes errors it does not recognise on as 500s.
        errorResponseBuilder: () =>
          new ProblemError(
            problem(429, 'RATE_LIMITED', 'För många förfrågningar. Vänta en stund och försök igen.'),
          ),
      });

      // Replaces Nest's JSON parser (same parser, with our limit); no other body type is accepted (415).
      // Nest hands the parser a Buffer, which Fastify's default JSON parser reads as well as a string.
      const parseJson = fastify.getDefaultJsonParser('error', 'error');
      fastify.removeContentTypeParser('text/plain');
      adapter.useBodyParser(
        'application/json',
        false,
        { bodyLimit: settings.bodyLimitBytes },
        (req, body, done) => {
          // Measured before parsing: validation walks a body by recursion (see json-depth.ts).
          const depth = jsonDepth(String(body));
          if (depth > MAX_JSON_DEPTH) return done(tooDeep(depth), undefined);
          parseJson(req, body as unknown as string, done);
        },
      );
      return true;
    },
  };
}

/**
 * The headers helmet's middleware sets, taken once: with no directive that is a function of the request
 * they are the same for every answer. Set through Fastify's reply instead of one by one on the raw
 * response (helmet's way, about 2.5 % of the API's CPU under load, and Node then merges the two sets
 * again when Fastify writes the head).
 */
function headersOf(middleware: ReturnType<typeof helmet>): Record<string, string> {
  const headers: Record<string, string> = {};
  const response = {
    setHeader: (name: string, value: unknown) => (headers[name.toLowerCase()] = String(value)),
    removeHeader: (name: string) => delete headers[name.toLowerCase()],
  };
  let done = false;
  middleware({} as IncomingMessage, response as unknown as ServerResponse, (error?: unknown) => {
    if (error) throw error;
    done = true;
  });
  // Helmet calls back at once; a version that did not would leave the headers half taken.
  if (!done) throw new Error('helmet did not set its headers synchronously');
  return headers;
}

/**
 * The web application signing in with an OIDC provider fetches its discovery document and exchanges the
 * code at its token endpoint from the browser, so the page may connect there: the issuer's origin, and
 * AUTH_CONNECT_ORIGINS when the provider's endpoints live on another host.
 */
function providerOrigins(settings: ApiSettings): string[] {
  if (settings.auth.mode !== 'oidc') return [];
  const origins = new Set(settings.authConnectOrigins);
  try {
    origins.add(new URL(settings.auth.issuer).origin);
  } catch {
    // An issuer that is not a URL is compared as a string only; the browser cannot sign in there.
  }
  return [...origins];
}

function isSignIn(request: FastifyRequest): boolean {
  return request.url.split('?')[0] === SIGN_IN_PATH;
}

function isOpenData(request: FastifyRequest): boolean {
  return request.url.startsWith('/api/oppna-data/');
}

function isLimited(request: FastifyRequest): boolean {
  const method = request.method;
  if (method === 'GET' || method === 'HEAD' || method === 'OPTIONS') return false;
  return request.url.startsWith('/api/');
}
