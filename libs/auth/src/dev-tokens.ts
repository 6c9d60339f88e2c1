/**
 * Development sign-in: tokens for the seeded people, one per role, signed with the development key.
 * Only available when no OIDC provider is configured (see auth-settings.ts).
 */
import { type Role } from '@sparbar/domain';
import { SignJWT } from 'jose';
import { type AuthSettings } from './auth-settings';

export interface DevUser {
  personId: string;
  name: string;
  roles: Role[];
  organId: string | null;
}

/** The people of the demo organisation (Region Västerbotten), one per role. */
export const DEV_USERS: readonly DevUser[] = [
  { personId: 'person-johan', name: 'Johan Lindström', roles: ['officer'], organId: 'rs' },
  { personId: 'person-sara', name: 'Sara Nilsson', roles: ['officer'], organId: 'hsn' },
  { personId: 'person-ida', name: 'Ida Berglund', roles: ['secretary'], organId: 'rs' },
  { personId: 'person-maria', name: 'Maria Holm', roles: ['secretary'], organId: 'hsn' },
  {
    personId: 'person-rf-sekreterare',
    name: 'Karin Öberg',
    roles: ['secretary'],
    organId: 'regionfullmaktige',
  },
  { personId: 'person-regiondirektor', name: 'Regiondirektören', roles: ['regiondirektor'], organId: null },
  { personId: 'person-revisor', name: 'Per Revisor', roles: ['auditor'], organId: null },
  { personId: 'person-admin', name: 'Anna Admin', roles: ['admin'], organId: null },
  { personId: 'person-migrering', name: 'Migrering', roles: ['regiondirektor', 'importer'], organId: null },
];

export async function issueDevToken(
  settings: AuthSettings,
  user: Pick<DevUser, 'personId' | 'roles' | 'organId'> & { name?: string },
  ttl = '8h',
  /** In an installation of many organisations: the tenant the token is for (its `tenant` claim). */
  tenant?: string,
): Promise<string> {
  if (settings.mode !== 'development') {
    throw new Error('Utvecklingsinloggning är avstängd: en OIDC-leverantör är konfigurerad.');
  }
  const claims = { roles: user.roles, organ: user.organId, name: user.name ?? null };
  return new SignJWT(tenant ? { ...claims, tenant } : claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(user.personId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(ttl)
    .sign(settings.secret);
}
