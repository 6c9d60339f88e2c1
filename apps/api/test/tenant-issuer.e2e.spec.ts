/**
 * Each organisation its own sign-in (issue 22): the directory holds a tenant's OIDC issuer, and its
 * application takes a token only from that issuer (and with a `tenant` claim, when the token carries
 * one, naming it). Two tenants with a provider each, served in the test with keys made here, and one
 * on the installation's (development) sign-in.
 */
import { kommunBody, startTenantFront, type TenantFront } from './support/tenant-front';
import { startTestIssuer, type TestIssuer } from './support/test-issuer';

const AUDIENCE = 'sparbar-api';

describe("a tenant's own OIDC issuer", () => {
  let front: TenantFront;
  let own: TestIssuer;
  let other: TestIssuer;
  let skelleftea: string;
  let lycksele: string;
  let umea: string;

  const withIssuer = (tenantId: string, issuer: TestIssuer) => ({
    ...kommunBody(tenantId, front.hostOf(tenantId)),
    administrators: ['it-chef'],
    oidc: { issuer: issuer.issuer, audience: AUDIENCE, jwksUrl: issuer.jwksUrl, clientId: 'sparbar-web' },
  });
  const organs = (tenantId: string, token: string) => front.on(tenantId, 'GET', '/api/organs', { token });

  beforeAll(async () => {
    front = await startTenantFront();
    [own, other] = await Promise.all([
      startTestIssuer('skelleftea', AUDIENCE),
      startTestIssuer('lycksele', AUDIENCE),
    ]);
    skelleftea = front.idOf('skelleftea');
    lycksele = front.idOf('lycksele');
    umea = front.idOf('umea');
    for (const body of [
      withIssuer(skelleftea, own),
      withIssuer(lycksele, other),
      kommunBody(umea, front.hostOf(umea)),
    ]) {
      const provisioned = await front.provision(body);
      expect(provisioned.status).toBe(201);
    }
  });

  afterAll(async () => {
    await front?.close();
    await Promise.all([own?.close(), other?.close()]);
  });

  it('keeps the issuer in the directory and shows it in the list', async () => {
    const listed = (await front.list()).find((t) => t.tenantId === skelleftea);
    expect(listed).toMatchObject({
      oidc: { issuer: own.issuer, audience: AUDIENCE, jwksUrl: own.jwksUrl, clientId: 'sparbar-web' },
    });
    expect((await front.list()).find((t) => t.tenantId === umea)).toMatchObject({ oidc: null });
  });

  it("takes a token of the tenant's own issuer, with or without a tenant claim naming it", async () => {
    expect((await organs(skelleftea, await own.sign('it-chef'))).status).toBe(200);
    expect((await organs(skelleftea, await own.sign('it-chef', { tenant: skelleftea }))).status).toBe(200);
    const answer = await organs(lycksele, await other.sign('it-chef'));
    expect(answer.status).toBe(200);
    expect(answer.body.map((o: { organId: string }) => o.organId)).toContain('kf');
  });

  it("refuses another tenant's issuer, a forged issuer and a claim naming another tenant, with 401", async () => {
    const refused = [
      // Lycksele's provider's token on Skellefteå's host, and the other way round.
      ['other issuer', skelleftea, await other.sign('it-chef')],
      ['other issuer', lycksele, await own.sign('it-chef')],
      // Signed by Lycksele's key but claiming Skellefteå's issuer: the keys are not Skellefteå's.
      ['forged iss', skelleftea, await other.sign('it-chef', {}, { issuer: own.issuer })],
      ['wrong audience', skelleftea, await own.sign('it-chef', {}, { audience: 'annat-api' })],
      ['claim of another tenant', skelleftea, await own.sign('it-chef', { tenant: lycksele })],
      // The development token of the installation (HS256, its own issuer) counts where the tenant signs its own.
      ['development token', skelleftea, await front.tokenOf(skelleftea, 'it-chef')],
      // A tenant on the installation's sign-in takes no token of a tenant's provider.
      [
        "a provider's token on the installation's sign-in",
        umea,
        await own.sign('person-admin', { tenant: umea }),
      ],
    ] as const;
    for (const [why, tenantId, token] of refused) {
      const answer = await organs(tenantId, token);
      expect({ why, status: answer.status, code: answer.body?.code }).toEqual({
        why,
        status: 401,
        code: 'UNAUTHENTICATED',
      });
    }
  });

  it('tells the web application to sign in at the tenant’s provider, and has no development sign-in there', async () => {
    const config = await front.on(skelleftea, 'GET', '/api/auth/config');
    expect(config.body).toMatchObject({ mode: 'oidc', issuer: own.issuer, clientId: 'sparbar-web' });
    expect(
      (await front.on(skelleftea, 'POST', '/api/auth/dev-token', { body: { personId: 'person-admin' } }))
        .status,
    ).toBe(404);
    // Its pages may reach its provider while signing in, and no other tenant's.
    const page = await front.on(skelleftea, 'GET', '/');
    const csp = String(page.headers['content-security-policy'] ?? '');
    expect(csp).toContain(new URL(own.issuer).origin);
    expect((await front.on(umea, 'GET', '/api/auth/config')).body).toMatchObject({ mode: 'development' });
  });

  it('refuses a provisioning with an unusable issuer or public address, naming the field, and adds nothing', async () => {
    const bad = front.idOf('bad');
    const before = (await front.list()).length;
    const cases = [
      ['oidc.jwksUrl', { oidc: { issuer: own.issuer, audience: AUDIENCE, jwksUrl: 'ftp://nycklar' } }],
      ['oidc.issuer', { oidc: { issuer: ' ', audience: AUDIENCE, jwksUrl: own.jwksUrl } }],
      ['publicBaseUrl', { publicBaseUrl: 'https://sparbar.bad.se/?x=1' }],
    ] as const;
    for (const [field, change] of cases) {
      const answer = await front.provision({ ...kommunBody(bad, front.hostOf(bad)), ...change });
      expect({ field, status: answer.status, errors: answer.body.errors }).toEqual({
        field,
        status: 400,
        errors: [expect.objectContaining({ field })],
      });
    }
    expect((await front.list()).length).toBe(before);
  });
});
