/**
 * The configurable limits, set low: writes and sign-ins per minute (429, counted apart, reads not
 * counted), the body size, and CORS opened for one named origin only.
 */
import { type ApiHarness, startTestApi } from './support/api-harness';
import { ACTORS, setup } from './support/fixtures';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi({
    RATE_LIMIT_WRITES_PER_MINUTE: '12',
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '2',
    HTTP_BODY_LIMIT_BYTES: '2048',
    CORS_ORIGINS: 'https://sparbar.example, https://intranat.example',
  });
});
afterAll(() => api?.close());

const direktor = ACTORS.regiondirektor;

it('limits sign-in per client: the third attempt in a minute is a 429 with Retry-After', async () => {
  const attempt = () => api.request('POST', '/api/auth/dev-token', { body: { personId: 'person-johan' } });
  expect((await attempt()).status).toBe(200);
  expect((await attempt()).status).toBe(200);
  const third = await attempt();
  expect(third.status).toBe(429);
  expect(third.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(third.body).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
  expect(Number(third.headers.get('retry-after'))).toBeGreaterThan(0);
});

it('limits writes per client, without counting reads, and refuses a body over the configured size', async () => {
  // The two writes of the setup count too: 10 more fit in the minute.
  const uppdragId = await setup.uppdrag(api);
  await setup.report(api, uppdragId);
  const big = await api.request('POST', `/api/uppdrag/${uppdragId}/close`, {
    as: direktor,
    body: { kommentar: 'x'.repeat(3000) },
  });
  expect(big.status).toBe(413);
  for (let i = 0; i < 20; i++)
    expect((await api.request('GET', `/api/uppdrag/${uppdragId}`, { as: direktor })).status).toBe(200);
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++) {
    const answer = await api.request('POST', `/api/uppdrag/${uppdragId}/ansvarig`, {
      as: direktor,
      body: { ansvarigPersonId: i % 2 ? 'person-johan' : 'person-sara' },
    });
    statuses.push(answer.status);
  }
  expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(8);
  const over = await api.request('POST', `/api/uppdrag/${uppdragId}/close`, {
    as: direktor,
    body: { kommentar: 'Klart' },
  });
  expect(over.status).toBe(429);
  expect(over.body.code).toBe('RATE_LIMITED');
  expect((await api.request('GET', `/api/uppdrag/${uppdragId}`, { as: direktor })).body.lifecycle).toBe(
    'aktivt',
  );
});

it('opens CORS to the configured origins only', async () => {
  const token = await api.token(direktor);
  const allowed = await fetch(`${api.url}/api/organs`, {
    headers: { origin: 'https://sparbar.example', authorization: `Bearer ${token}` },
  });
  expect(allowed.headers.get('access-control-allow-origin')).toBe('https://sparbar.example');
  expect(allowed.headers.get('access-control-expose-headers')).toContain('etag');

  const preflight = await fetch(`${api.url}/api/uppdrag`, {
    method: 'OPTIONS',
    headers: {
      origin: 'https://intranat.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, if-match',
    },
  });
  expect(preflight.status).toBeLessThan(300);
  expect(preflight.headers.get('access-control-allow-origin')).toBe('https://intranat.example');
  expect(preflight.headers.get('access-control-allow-headers')).toContain('if-match');

  const foreign = await fetch(`${api.url}/api/organs`, {
    headers: { origin: 'https://evil.example', authorization: `Bearer ${token}` },
  });
  expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
});
