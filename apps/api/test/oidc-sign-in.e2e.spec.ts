/**
 * Without an OIDC provider the web app is told to use the development users; GET /api/auth/me names the
 * person a token is for (what the web app shows after signing in with the provider).
 */
import { type ApiHarness, startTestApi, USERS } from './support/api-harness';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

it('tells the web app to use the development users, without a token', async () => {
  const config = await api.request('GET', '/api/auth/config');
  expect(config.status).toBe(200);
  expect(config.body).toEqual({ mode: 'development' });
});

it('names the signed-in person', async () => {
  const me = await api.request('GET', '/api/auth/me', { as: USERS['person-johan'] });
  expect(me.status).toBe(200);
  expect(me.body).toMatchObject({ personId: 'person-johan', roles: USERS['person-johan']!.roles });
});

it('asks for a token before naming anyone', async () => {
  const me = await api.request('GET', '/api/auth/me');
  expect(me.status).toBe(401);
});
