/** What an administrator asks of a person's master data. */
import { type Role } from '../access/roles';
import { type DomainCommand } from '../shared/decider';

export type RegisterPerson = DomainCommand<
  'RegisterPerson',
  { personId: string; namn: string; epost: string; organId?: string | null; roles: Role[] }
>;

export type RenamePerson = DomainCommand<'RenamePerson', { personId: string; namn: string }>;

export type ChangePersonEmail = DomainCommand<'ChangePersonEmail', { personId: string; epost: string }>;

export type ChangePersonOrgan = DomainCommand<
  'ChangePersonOrgan',
  { personId: string; organId: string | null }
>;

export type ChangePersonRoles = DomainCommand<'ChangePersonRoles', { personId: string; roles: Role[] }>;

export type DeactivatePerson = DomainCommand<'DeactivatePerson', { personId: string; reason: string }>;

/** The auditor role's time bound: the revision year or mandate it was given for (dates inclusive). */
export type GiveAuditorMandate = DomainCommand<
  'GiveAuditorMandate',
  { personId: string; validFrom: string; validTo: string }
>;

export type PersonCommand =
  | RegisterPerson
  | RenamePerson
  | ChangePersonEmail
  | ChangePersonOrgan
  | ChangePersonRoles
  | DeactivatePerson
  | GiveAuditorMandate;
