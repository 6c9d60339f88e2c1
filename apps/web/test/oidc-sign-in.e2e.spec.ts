/**
 * Signing in with the organisation's OIDC provider, in real Chromium: "Logga in" goes to the provider
 * (authorization code flow with PKCE), comes back with a code, the browser exchanges it for an access
 * token that the API accepts, and the person works as usual. The development users are not offered. A
 * sign-in cancelled at the provider is said so, on the sign-in page. The page's content security policy
 * lets it reach the provider and nothing else.
 */
import {
  allA11yViolations,
  startWebTest,
  type ProblemPage,
  usePagePerTest,
  type WebTest,
  widerThanPhone,
} from './support/browser';
import { startTestOidcProvider, type TestOidcProvider } from './support/oidc-provider';

let provider: TestOidcProvider;
let web: WebTest;
let page: ProblemPage;

const JOHAN = { sub: 'person-johan', name: 'Johan Lindström', roles: ['officer'], organ: 'rs' };

usePagePerTest({ web: (w) => (web = w), page: (p) => (page = p) }, async () => {
  provider = await startTestOidcProvider('sparbar');
  return startWebTest({
    AUTH_ISSUER: provider.issuer,
    AUTH_AUDIENCE: 'sparbar',
    AUTH_JWKS_URL: provider.jwksUrl,
    AUTH_CLIENT_ID: 'sparbar-web',
  });
});

afterAll(async () => {
  await provider?.close();
});

it('signs an officer in at the provider and back, with PKCE, and the API accepts the token', async () => {
  provider.signInAs(JOHAN);
  await page.goto('/logga-in');
  await expect(page.getByRole('button', { name: /Logga in som/ }).count()).resolves.toBe(0);
  expect(await allA11yViolations(page)).toEqual([]);
  expect(await widerThanPhone(page)).toEqual([]);

  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();

  const authorize = provider.requests.find((r) => r.path === '/authorize')!.params;
  expect(authorize).toMatchObject({
    response_type: 'code',
    client_id: 'sparbar-web',
    redirect_uri: `${web.api.url}/logga-in`,
    scope: 'openid profile',
    code_challenge_method: 'S256',
  });
  expect(provider.requests.filter((r) => r.path === '/token')).toHaveLength(1);
  expect(provider.refusals).toEqual([]);

  await expect(page.locator('.who').innerText()).resolves.toContain('Johan Lindström');
  // The code is out of the address: a reload does not try to use it again.
  expect(new URL(page.url()).search).toBe('');
  // A page that asks the API with the provider's token: Johan's uppdrag from the demo data.
  await page.getByRole('link', { name: 'Mina uppdrag' }).click();
  await page.getByRole('heading', { name: 'Mina uppdrag', level: 1 }).waitFor();
  await page.getByRole('table').first().waitFor();
  await expect(page.getByRole('alert').count()).resolves.toBe(0);
  expect(await allA11yViolations(page)).toEqual([]);
});

it('says so when the sign-in is cancelled at the provider, and stays on the sign-in page', async () => {
  provider.signInAs(null);
  await page.goto('/logga-in');
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByText('Inloggningen avbröts').waitFor();
  expect(new URL(page.url()).pathname).toBe('/logga-in');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).count()).resolves.toBe(0);
  expect(await allA11yViolations(page)).toEqual([]);
});

it('tells someone the provider knows but the person register does not that they are not in it', async () => {
  provider.signInAs({ sub: 'person-okand', name: 'Okänd Person', roles: ['regiondirektor'], organ: null });
  await page.goto('/logga-in');
  await page.getByRole('button', { name: 'Logga in', exact: true }).click();
  await page.getByText(/Du finns inte i Spårbars personregister/).waitFor();
  expect(new URL(page.url()).pathname).toBe('/logga-in');
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).count()).resolves.toBe(0);
  expect(await allA11yViolations(page)).toEqual([]);
  // Chromium logs the API's 403 that the page has just shown in words: that one, and nothing else.
  expect(page.problems).toEqual([expect.stringMatching(/status of 403 \(Forbidden\)/)]);
  page.problems.length = 0;
});

it('refuses an answer that was not asked for from this browser (a forged state)', async () => {
  provider.signInAs(JOHAN);
  await page.goto('/logga-in?code=stolen&state=forged');
  await page.getByText('Inloggningen kunde inte kontrolleras').waitFor();
  await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).count()).resolves.toBe(0);
  // The forged code never reached the provider.
  expect(provider.requests.some((r) => r.path === '/token' && r.params.code === 'stolen')).toBe(false);
});
