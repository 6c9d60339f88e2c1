/**
 * What can happen to a person in master data. Role and organ changes are access-right changes, so
 * each records the old value beside the new: "who could report on HSN's uppdrag in April 2023?"
 */
import { type Role } from '../access/roles';
import { type DomainEvent } from '../shared/decider';

export type PersonRegistered = DomainEvent<
  'PersonRegistered',
  { personId: string; namn: string; epost: string; organId: string | null; roles: Role[] }
>;

export type PersonRenamed = DomainEvent<'PersonRenamed', { personId: string; from: string; to: string }>;

export type PersonEmailChanged = DomainEvent<
  'PersonEmailChanged',
  { personId: string; from: string; to: string }
>;

export type PersonOrganChanged = DomainEvent<
  'PersonOrganChanged',
  { personId: string; from: string | null; to: string | null }
>;

export type PersonRolesChanged = DomainEvent<
  'PersonRolesChanged',
  { personId: string; from: Role[]; to: Role[] }
>;

export type PersonDeactivated = DomainEvent<'PersonDeactivated', { personId: string; reason: string }>;

/** The auditor role grants access from `validFrom` to `validTo` (inclusive), and then ends by itself. */
export type AuditorMandateGiven = DomainEvent<
  'AuditorMandateGiven',
  { personId: string; validFrom: string; validTo: string }
>;

export type PersonEvent =
  | PersonRegistered
  | PersonRenamed
  | PersonEmailChanged
  | PersonOrganChanged
  | PersonRolesChanged
  | PersonDeactivated
  | AuditorMandateGiven;

export const PERSON_EVENT_TYPES = [
  'PersonRegistered',
  'PersonRenamed',
  'PersonEmailChanged',
  'PersonOrganChanged',
  'PersonRolesChanged',
  'PersonDeactivated',
  'AuditorMandateGiven',
] as const satisfies readonly PersonEvent['type'][];
