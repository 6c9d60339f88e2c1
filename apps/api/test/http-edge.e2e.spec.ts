/**
 * The edge of the API: sign-in (development), who gets in without a token (nobody but the sign-in and
 * the API description), bodies that are too large, not JSON or not objects, security headers, CORS
 * closed by default, the OpenAPI document — and an unexpected failure that says only "Internt fel".
 */
import { authSettingsFromEnv } from '@sparbar/auth';
import { SignJWT } from 'jose';
import { type ApiHarness, DEV_SECRET, startTestApi } from './support/api-harness';
import { ACTORS, setup } from './support/fixtures';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const direktor = ACTORS.regiondirektor;

describe('development sign-in', () => {
  it('lists the development users and gives a token that the API accepts', async () => {
    const users = await api.request('GET', '/api/auth/dev-users');
    expect(users.status).toBe(200);
    expect(users.body).toEqual(
      expect.arrayContaining([
        { personId: 'person-johan', name: 'Johan Lindström', roles: ['officer'], organId: 'rs' },
      ]),
    );

    const signIn = await api.request('POST', '/api/auth/dev-token', { body: { personId: 'person-johan' } });
    expect(signIn.status).toBe(200);
    expect(signIn.body).toMatchObject({
      tokenType: 'Bearer',
      expiresIn: 28_800,
      user: { personId: 'person-johan' },
    });

    const read = await fetch(`${api.url}/api/organs`, {
      headers: { authorization: `Bearer ${signIn.body.token}` },
    });
    expect(read.status).toBe(200);
  });

  it('refuses an unknown person and a malformed body, naming the field', async () => {
    const unknown = await api.request('POST', '/api/auth/dev-token', { body: { personId: 'person-okand' } });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([{ field: 'personId', reason: expect.any(String) }]);
    const extra = await api.request('POST', '/api/auth/dev-token', {
      body: { personId: 'person-johan', roles: ['admin'] },
    });
    expect(extra.status).toBe(400);
    expect(extra.body.errors).toEqual([{ field: 'roles', reason: 'okänt fält' }]);
  });
});

describe('without a valid token', () => {
  const settings = authSettingsFromEnv({ AUTH_DEV_SECRET: DEV_SECRET }, '/nonexistent');

  const token = (claims: { exp?: number; sub?: string; secret?: string }) =>
    new SignJWT({ roles: ['regiondirektor'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.sub ?? 'person-regiondirektor')
      .setIssuer(settings.issuer)
      .setAudience(settings.audience)
      .setIssuedAt()
      .setExpirationTime(claims.exp ?? '1h')
      .sign(new TextEncoder().encode(claims.secret ?? DEV_SECRET));

  it.each([
    ['no Authorization header', async () => ({})],
    ['a header that is not Bearer', async () => ({ authorization: 'Basic dXNlcjpwYXNz' })],
    ['a token that is not a JWT', async () => ({ authorization: 'Bearer inte-en-token' })],
    [
      'a token signed with another key',
      async () => ({ authorization: `Bearer ${await token({ secret: 'x'.repeat(40) })}` }),
    ],
    [
      'an expired token',
      async () => ({ authorization: `Bearer ${await token({ exp: Math.floor(Date.now() / 1000) - 60 })}` }),
    ],
  ])('answers 401 for %s, before looking at the body, and writes nothing', async (_case, headers) => {
    const uppdragId = await setup.uppdrag(api);
    const response = await fetch(`${api.url}/api/uppdrag/${uppdragId}/close`, {
      method: 'POST',
      headers: { ...(await headers()), 'content-type': 'application/json' },
      body: JSON.stringify({ nonsense: true }),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await response.json()).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
    expect(await api.events(`uppdrag-${uppdragId}`)).toHaveLength(1);
  });

  it('lets nobody in anywhere under /api but the sign-in, the API description and open data', async () => {
    const document = (await api.request('GET', '/api/docs-json')).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => ({
        method: method.toUpperCase(),
        path: path.replace(/\{[^}]+\}/g, 'x-1'),
      })),
    );
    expect(routes.length).toBeGreaterThan(35);
    for (const { method, path } of routes) {
      const answer = await api.request(method, path, method === 'POST' ? { body: {} } : {});
      // Signing in, and how to, are asked before anyone has a token; who the token names (me) is not.
      const signingIn = path.startsWith('/api/auth/') && path !== '/api/auth/me';
      // Open data is public by design: only adopted reports (a 404 for an id no adopted report shows).
      const openData = path.startsWith('/api/oppna-data/');
      const expected = signingIn ? [200, 400] : openData ? [200, 400, 404] : [401];
      expect({ method, path, ok: expected.includes(answer.status) }).toEqual({ method, path, ok: true });
    }
  });
});

describe('requests the API does not take', () => {
  it('answers 404 as a problem for a path that does not exist', async () => {
    const answer = await api.request('GET', '/api/finns-inte', { as: direktor });
    expect(answer.status).toBe(404);
    expect(answer.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(answer.body).toMatchObject({ code: 'ROUTE_NOT_FOUND', requestId: expect.any(String) });
  });

  it("answers Fastify's own refusals as problems too: broken %-encoding (400), an over-long id (414)", async () => {
    const broken = await api.request('GET', '/api/uppdrag/%E0%A4%A', { as: direktor });
    expect(broken.status).toBe(400);
    expect(broken.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(broken.body).toMatchObject({
      code: 'MALFORMED_REQUEST',
      status: 400,
      detail: 'Adressen kunde inte läsas: den har en ogiltig %-kodning.',
      errors: [{ field: 'path' }],
      requestId: broken.headers.get('x-request-id'),
    });

    const tooLong = await api.request('GET', `/api/uppdrag/${'x'.repeat(101)}`, { as: direktor });
    expect(tooLong.status).toBe(414);
    expect(tooLong.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(tooLong.body).toMatchObject({
      code: 'URI_TOO_LONG',
      status: 414,
      title: 'För lång adress',
      detail: 'Adressen är för lång: ett id i den får vara högst 100 tecken.',
      requestId: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    for (const answer of [broken, tooLong]) {
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('x-powered-by')).toBeNull();
    }
  });

  it('answers 413 for a body over the limit, and writes nothing', async () => {
    const uppdragId = await setup.uppdrag(api);
    const answer = await api.request('POST', `/api/uppdrag/${uppdragId}/close`, {
      as: direktor,
      body: { kommentar: 'å'.repeat(200_000) },
    });
    expect(answer.status).toBe(413);
    expect(answer.body).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', status: 413 });
    expect(await api.events(`uppdrag-${uppdragId}`)).toHaveLength(1);
  });

  it('answers 415 for a body that is not JSON, 400 for broken JSON or a body that is not an object', async () => {
    const uppdragId = await setup.uppdrag(api);
    const path = `/api/uppdrag/${uppdragId}/close`;
    const text = await api.request('POST', path, {
      as: direktor,
      raw: 'kommentar=klart',
      headers: { 'content-type': 'text/plain' },
    });
    expect(text.status).toBe(415);
    expect(text.body.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    const form = await api.request('POST', path, {
      as: direktor,
      raw: 'kommentar=klart',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(form.status).toBe(415);
    const broken = await api.request('POST', path, {
      as: direktor,
      raw: '{"kommentar": ',
      headers: { 'content-type': 'application/json' },
    });
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe('MALFORMED_REQUEST');
    const list = await api.request('POST', path, { as: direktor, body: ['klart'] });
    expect(list.status).toBe(400);
    expect(list.body.errors).toEqual([{ field: 'body', reason: 'måste vara ett JSON-objekt' }]);
    const poisoned = await api.request('POST', path, {
      as: direktor,
      raw: '{"kommentar":"x","__proto__":{"admin":true}}',
      headers: { 'content-type': 'application/json' },
    });
    expect(poisoned.status).toBe(400);
    expect(await api.events(`uppdrag-${uppdragId}`)).toHaveLength(1);
  });

  it('refuses text the database cannot store (NUL, half a surrogate pair) as a 400, not a 500', async () => {
    const uppdragId = await setup.uppdrag(api);
    // Each refused for what it is: a lone surrogate is not a NUL character (issue 19.6).
    const nul = 'får inte innehålla NUL-tecken (\\u0000)';
    const half = 'får inte innehålla ett halvt Unicode-tecken (ensam surrogat, t.ex. \\ud800)';
    for (const [kommentar, reason] of [
      ['före\u0000efter', nul],
      ['x\ud800', half],
      ['\udfffx', half],
      ['\ud800\u0000', nul],
    ]) {
      const answer = await api.request('POST', `/api/uppdrag/${uppdragId}/close`, {
        as: direktor,
        body: { kommentar },
      });
      expect(answer.status).toBe(400);
      expect(answer.body.errors).toEqual([{ field: 'kommentar', reason }]);
    }
    expect(await api.events(`uppdrag-${uppdragId}`)).toHaveLength(1);
  });
});

describe('headers', () => {
  it('sends the security headers on every answer, with no framework banner', async () => {
    const list = await api.request('GET', '/api/uppdrag?limit=1', { as: direktor });
    const etag = list.headers.get('etag') ?? '';
    for (const answer of [
      await api.request('GET', '/api/organs', { as: direktor }),
      await api.request('GET', '/api/organs'),
      await api.request('GET', '/api/docs'),
      await api.request('GET', '/api/finns-inte', { as: direktor }),
      // A kept answer asked for again: a 304 while the read model stands still.
      await api.request('GET', '/api/uppdrag?limit=1', { as: direktor, headers: { 'if-none-match': etag } }),
    ]) {
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(answer.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
      expect(answer.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(answer.headers.get('referrer-policy')).toBe('no-referrer');
      expect(answer.headers.get('x-powered-by')).toBeNull();
      expect(answer.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    }
  });

  it('ties the events to the request: the caller’s x-request-id when it looks like an id, else a new one', async () => {
    const uppdragId = await setup.uppdrag(api);
    const path = `/api/uppdrag/${uppdragId}/ansvarig`;
    const own = await api.request('POST', path, {
      as: direktor,
      body: { ansvarigPersonId: 'person-sara' },
      headers: { 'x-request-id': 'spar-123' },
    });
    expect(own.headers.get('x-request-id')).toBe('spar-123');
    const odd = await api.request('POST', path, {
      as: direktor,
      body: { ansvarigPersonId: 'person-johan' },
      headers: { 'x-request-id': `<${'x'.repeat(500)}>` },
    });
    expect(odd.status).toBe(200);
    const [, first, second] = await api.events(`uppdrag-${uppdragId}`);
    expect(first.metadata.correlationId).toBe('spar-123');
    expect(second.metadata.correlationId).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives no CORS permission to a foreign origin, in a request or a preflight', async () => {
    const origin = 'https://evil.example';
    const read = await fetch(`${api.url}/api/organs`, {
      headers: { origin, authorization: `Bearer ${await api.token(direktor)}` },
    });
    expect(read.headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${api.url}/api/uppdrag`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization',
      },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(preflight.headers.get('access-control-allow-methods')).toBeNull();
  });
});

describe('the API description', () => {
  it('serves OpenAPI with every endpoint, bearer security and the problem shape', async () => {
    const answer = await api.request('GET', '/api/docs-json');
    expect(answer.status).toBe(200);
    expect(answer.body.openapi).toMatch(/^3\./);
    expect(Object.keys(answer.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/uppdrag',
        '/api/uppdrag/{uppdragId}',
        '/api/uppdrag/{uppdragId}/reports/{period}/corrections',
        '/api/delmal/{delmalId}/indikatorer/{indikatorId}/utfall',
        '/api/organs/{organId}/parent',
        '/api/persons/{personId}/roles',
        '/api/auth/dev-token',
      ]),
    );
    expect(answer.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(answer.body.components.schemas.ProblemDto).toBeDefined();
    const report = answer.body.paths['/api/uppdrag/{uppdragId}/reports'].post;
    expect(report.parameters.map((p: { name: string }) => p.name)).toEqual(
      expect.arrayContaining(['uppdragId', 'If-Match']),
    );
    expect(answer.body.components.schemas.ReportStatusDto.required).toEqual([
      'period',
      'status',
      'kommentar',
    ]);
  });

  it('serves Swagger UI from its own files (no inline script, so the CSP holds)', async () => {
    const page = await api.request('GET', '/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(page.text).not.toMatch(/<script>(?!<\/script>)/);
    for (const src of [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1])) {
      expect({ src, status: (await api.request('GET', src)).status }).toEqual({ src, status: 200 });
    }
    expect((await api.request('GET', '/api/docs/..%2Fpackage.json')).status).toBe(404);
  });
});

describe('an unexpected failure', () => {
  // Last in this file: it takes the database away from under the running API.
  it('answers 500 with "Internt fel" and the request id only: no stack, no SQL', async () => {
    await api.schema.drop();
    const answer = await api.request('GET', '/api/uppdrag/nagot', { as: direktor });
    expect(answer.status).toBe(500);
    expect(answer.body).toEqual({
      type: 'urn:sparbar:problem:internal-error',
      title: 'Internt fel',
      status: 500,
      detail: 'Internt fel',
      code: 'INTERNAL_ERROR',
      requestId: answer.headers.get('x-request-id'),
    });
    expect(answer.text).not.toMatch(/events|relation|select|at \w+ \(/i);
  });
});
