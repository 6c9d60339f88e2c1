/**
 * With an OIDC provider configured, development sign-in does not exist (404) and a development token
 * is worth nothing (401): tokens must come from the provider.
 */
import { type ApiHarness, startTestApi, USERS } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi({
    AUTH_ISSUER: 'https://login.region.example',
    AUTH_AUDIENCE: 'sparbar',
    // Never fetched in these tests: every token here fails before its key is looked up, or is refused.
    AUTH_JWKS_URL: 'http://127.0.0.1:9/jwks.json',
    AUTH_CLIENT_ID: 'sparbar-web',
  });
});
afterAll(() => api?.close());

it('has no development sign-in', async () => {
  const token = await api.request('POST', '/api/auth/dev-token', { body: { personId: 'person-johan' } });
  expect(token.status).toBe(404);
  expect(token.body.code).toBe('NOT_FOUND');
  expect((await api.request('GET', '/api/auth/dev-users')).status).toBe(404);
});

it('tells the web app to sign in with the provider, without a token', async () => {
  const config = await api.request('GET', '/api/auth/config');
  expect(config.status).toBe(200);
  expect(config.body).toEqual({
    mode: 'oidc',
    issuer: 'https://login.region.example',
    clientId: 'sparbar-web',
    scopes: 'openid profile',
  });
});

it('refuses a development token', async () => {
  const answer = await api.request('GET', '/api/organs', { as: USERS['person-regiondirektor'] });
  expect(answer.status).toBe(401);
  expect(answer.body.code).toBe('UNAUTHENTICATED');
});

it('seeds no demo organisation', async () => {
  expect(await api.events('organ-hsn')).toEqual([]);
});
