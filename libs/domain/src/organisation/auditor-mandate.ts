/**
 * An auditor's access is given for a revision year or a mandate (valid from, valid to), and ends by
 * itself: on any day outside it the auditor role grants nothing. An auditor role with no mandate
 * recorded grants nothing either, so access never outlives what the register says it was given for.
 */
import { type Role } from '../access/roles';

export interface AuditorMandate {
  /** First day of access (inclusive), ÅÅÅÅ-MM-DD. */
  validFrom: string;
  /** Last day of access (inclusive), ÅÅÅÅ-MM-DD. */
  validTo: string;
}

export interface RegisteredAccess {
  roles: readonly Role[];
  auditorMandate: AuditorMandate | null;
  active: boolean;
}

/** Whether the mandate covers the business day `day` (ÅÅÅÅ-MM-DD). */
export function mandateCovers(mandate: AuditorMandate | null, day: string): boolean {
  return mandate !== null && mandate.validFrom <= day && day <= mandate.validTo;
}

/** The roles a registered person holds on `day`: the auditor role only within its mandate. */
export function rolesOn(person: RegisteredAccess, day: string): Role[] {
  if (!person.active) return [];
  return person.roles.filter((role) => role !== 'auditor' || mandateCovers(person.auditorMandate, day));
}

export type AccessRefusal =
  { kind: 'deactivated'; message: string } | { kind: 'outside_mandate'; message: string };

/**
 * Why a registered person may not act at all on `day`, or null if they may: deactivated (they are no
 * longer signed in to anything), or an auditor with nothing else outside the mandate. Worded for them.
 */
export function accessRefusal(person: RegisteredAccess, day: string): AccessRefusal | null {
  if (!person.active) {
    return {
      kind: 'deactivated',
      message: 'Ditt konto är inaktiverat i Spårbar. Kontakta en administratör om det är fel.',
    };
  }
  if (rolesOn(person, day).length > 0 || !person.roles.includes('auditor')) return null;
  const mandate = person.auditorMandate;
  const message =
    mandate === null
      ? 'Du har inget revisionsuppdrag registrerat i Spårbar. Kontakta en administratör.'
      : day < mandate.validFrom
        ? `Ditt revisionsuppdrag börjar gälla ${mandate.validFrom}.`
        : `Ditt revisionsuppdrag gällde till och med ${mandate.validTo}; behörigheten har upphört.`;
  return { kind: 'outside_mandate', message };
}
