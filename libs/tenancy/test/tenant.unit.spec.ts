import { SignJWT } from 'jose';
import {
  defineTenant,
  issuePlatformToken,
  normaliseHost,
  platformKey,
  schemaOf,
  type TenancyError,
  type TenantInput,
  verifyPlatformHeader,
} from '../src';

const NOW = new Date('2026-03-02T09:00:00Z');
const UMEA = {
  tenantId: 'umea',
  namn: 'Umeå kommun',
  kind: 'kommun' as const,
  hosts: ['Umea.Sparbar.Example.se:443', 'umea.sparbar.example.se'],
  serverUrl: 'postgres://sparbar@db1.example.se/sparbar',
};

function refusal(work: () => unknown): TenancyError {
  try {
    work();
  } catch (error) {
    return error as TenancyError;
  }
  throw new Error('expected a refusal');
}

describe('a tenant', () => {
  it('is normalised: hosts in lower case without port or duplicates, its schema derived from its id', () => {
    expect(defineTenant({ ...UMEA, tenantId: 'region-vasterbotten' }, NOW)).toEqual({
      tenantId: 'region-vasterbotten',
      namn: 'Umeå kommun',
      kind: 'kommun',
      hosts: ['umea.sparbar.example.se'],
      logStore: 'postgres',
      serverUrl: UMEA.serverUrl,
      schema: 'tenant_region_vasterbotten',
      streamPrefix: null,
      dataDir: null,
      state: 'provisioning',
      createdAt: '2026-03-02T09:00:00.000Z',
      administrators: [],
      oidc: null,
      // The first host given, as it was given: the directory keeps hosts in no order of their own.
      publicBaseUrl: 'https://umea.sparbar.example.se',
    });
    const own = defineTenant(
      {
        ...UMEA,
        hosts: ['www.umea.se', 'alias.umea.se'],
        publicBaseUrl: 'https://umea.se/sparbar/',
        oidc: {
          issuer: ' https://login.umea.se/realms/umea ',
          audience: 'sparbar',
          jwksUrl: 'https://login.umea.se/certs',
        },
      },
      NOW,
    );
    expect(own).toMatchObject({
      publicBaseUrl: 'https://umea.se/sparbar',
      oidc: {
        issuer: 'https://login.umea.se/realms/umea',
        audience: 'sparbar',
        jwksUrl: 'https://login.umea.se/certs',
        clientId: null,
      },
    });
    expect(defineTenant({ ...UMEA, hosts: ['www.umea.se', 'alias.umea.se'] }, NOW).publicBaseUrl).toBe(
      'https://www.umea.se',
    );
    expect(
      defineTenant({ ...UMEA, administrators: [' it@umea.se', 'it@umea.se'] }, NOW).administrators,
    ).toEqual(['it@umea.se']);
    expect(schemaOf('a-b-c')).toBe('tenant_a_b_c');
    expect(normaliseHost('Skelleftea.Example.SE.')).toBe('skelleftea.example.se');
  });

  it.each([
    [{ tenantId: 'Umea' }, 'tenantId'],
    [{ tenantId: 'u' }, 'tenantId'],
    [{ tenantId: 'umea-' }, 'tenantId'],
    [{ tenantId: 'umea"; DROP' }, 'tenantId'],
    [{ namn: '  ' }, 'namn'],
    [{ kind: 'landsting' }, 'kind'],
    [{ hosts: [] }, 'hosts'],
    [{ hosts: ['umea example'] }, 'hosts'],
    [{ hosts: ['-umea.example.se'] }, 'hosts'],
    [{ serverUrl: 'mysql://db/x' }, 'serverUrl'],
    [{ administrators: ['a@x.se, b@x.se'] }, 'administrators'],
    [{ publicBaseUrl: 'ftp://umea.se' }, 'publicBaseUrl'],
    [{ publicBaseUrl: 'https://umea.se/#x' }, 'publicBaseUrl'],
    [{ publicBaseUrl: 'https://admin:hemligt@umea.se' }, 'publicBaseUrl'],
    [{ oidc: { issuer: '', audience: 'sparbar', jwksUrl: 'https://login.umea.se/certs' } }, 'oidc.issuer'],
    [
      { oidc: { issuer: 'https://login.umea.se', audience: ' ', jwksUrl: 'https://login.umea.se/certs' } },
      'oidc.audience',
    ],
    [{ oidc: { issuer: 'https://login.umea.se', audience: 'sparbar', jwksUrl: 'certs' } }, 'oidc.jwksUrl'],
  ])('is refused with %j, naming %s', (change, field) => {
    const error = refusal(() => defineTenant({ ...UMEA, ...change } as TenantInput, NOW));
    expect(error).toMatchObject({ code: 'INVALID_TENANT', field });
  });
});

describe('the platform token', () => {
  const key = platformKey('platform-secret-that-is-long-enough-0123456789');

  it('names the administrator it was issued to', async () => {
    const token = await issuePlatformToken(key, 'driftansvarig');
    await expect(verifyPlatformHeader(key, `Bearer ${token}`)).resolves.toBe('driftansvarig');
  });

  it('is refused when missing, signed with another key, or a tenant token signed with the same key', async () => {
    await expect(verifyPlatformHeader(key, undefined)).rejects.toThrow('Plattformsinloggning krävs');
    const other = await issuePlatformToken(platformKey('another-secret-that-is-long-enough-0123'), 'x');
    await expect(verifyPlatformHeader(key, `Bearer ${other}`)).rejects.toThrow('Ogiltig plattformstoken');
    // A tenant's development token: the audience `sparbar`, even on the same key.
    const tenant = await new SignJWT({ roles: ['admin'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('person-admin')
      .setIssuer('sparbar-development')
      .setAudience('sparbar')
      .setExpirationTime('1h')
      .sign(key);
    await expect(verifyPlatformHeader(key, `Bearer ${tenant}`)).rejects.toThrow('Ogiltig plattformstoken');
  });

  it('needs a key of at least 32 characters', () => {
    expect(() => platformKey('short')).toThrow('minst 32 tecken');
  });
});
