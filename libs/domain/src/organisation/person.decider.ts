/**
 * The person's decider. Administrators maintain people, but not their own access: roles, organ and
 * deactivation of oneself need a second administrator (segregation of duties, as auditors expect).
 * That an organ id names a registered organ, and that an e-mail is unique, needs other streams: the
 * command handler checks those against the organisation read model.
 */
import { authorize, mayMaintainMasterData } from '../access/access.policy';
import { checkCommand } from '../access/command-guard';
import { type Actor, ORGAN_BOUND_ROLES, type Role, ROLES } from '../access/roles';
import { NO_CORRECTIONS, withBusinessTime } from '../shared/business-time';
import { type Decider } from '../shared/decider';
import {
  optionalId,
  requireArray,
  requireDate,
  requireDistinct,
  requireEmail,
  requireId,
  requireOneOf,
  requireReason,
  requireText,
  TEXT_LIMITS,
} from '../shared/validate';
import { organisationErrors } from './organisation.errors';
import { type PersonCommand, type RegisterPerson } from './person.commands';
import { type PersonEvent } from './person.events';
import { evolvePerson, initialPersonState, type Person, type PersonState } from './person.state';

export function decidePerson(command: PersonCommand, state: PersonState): PersonEvent[] {
  checkCommand(command);
  const { actor } = command.metadata;
  authorize(mayMaintainMasterData(actor), 'ändra personers grunddata');
  if (command.type === 'RegisterPerson') return register(command, state);
  const person = active(state);
  const { personId } = person;
  switch (command.type) {
    case 'RenamePerson': {
      const to = requireText(command.data.namn, 'data.namn', 'Namnet', TEXT_LIMITS.namn);
      return to === person.namn ? [] : [{ type: 'PersonRenamed', data: { personId, from: person.namn, to } }];
    }
    case 'ChangePersonEmail': {
      const to = requireEmail(command.data.epost, 'data.epost');
      return to === person.epost
        ? []
        : [{ type: 'PersonEmailChanged', data: { personId, from: person.epost, to } }];
    }
    case 'ChangePersonOrgan': {
      notSelf(actor, person);
      const to = optionalId(command.data.organId, 'data.organId', 'Organet');
      requireOrganForRoles(person.roles, to, 'data.organId');
      return to === person.organId
        ? []
        : [{ type: 'PersonOrganChanged', data: { personId, from: person.organId, to } }];
    }
    case 'ChangePersonRoles': {
      notSelf(actor, person);
      const to = requireRoles(command.data.roles);
      requireOrganForRoles(to, person.organId, 'data.roles');
      if (to.join() === person.roles.join()) return [];
      return [{ type: 'PersonRolesChanged', data: { personId, from: [...person.roles], to } }];
    }
    case 'GiveAuditorMandate':
      return giveAuditorMandate(command.data, actor, person);
    case 'DeactivatePerson':
      notSelf(actor, person);
      return [{ type: 'PersonDeactivated', data: { personId, reason: requireReason(command.data.reason) } }];
  }
}

function active(state: PersonState): Person {
  if (!state.exists) throw organisationErrors.personNotFound();
  if (!state.active) throw organisationErrors.personDeactivated();
  return state;
}

function notSelf(actor: Actor, person: Person): void {
  if (actor.personId === person.personId) throw organisationErrors.selfAccessChange();
}

/**
 * An auditor's access is given for a revision year or mandate, never open-ended: the person must hold
 * the auditor role, the period has a first and a last day, and the last is not before the first.
 */
function giveAuditorMandate(
  data: { validFrom: string; validTo: string },
  actor: Actor,
  person: Person,
): PersonEvent[] {
  notSelf(actor, person);
  if (!person.roles.includes('auditor')) throw organisationErrors.notAnAuditor();
  const validFrom = requireDate(data.validFrom, 'data.validFrom', 'Första dagen');
  const validTo = requireDate(data.validTo, 'data.validTo', 'Sista dagen');
  if (validTo < validFrom) throw organisationErrors.mandateEndsBeforeStart();
  const known = person.auditorMandate;
  if (known?.validFrom === validFrom && known.validTo === validTo) return [];
  return [{ type: 'AuditorMandateGiven', data: { personId: person.personId, validFrom, validTo } }];
}

function register({ data }: RegisterPerson, state: PersonState): PersonEvent[] {
  if (state.exists) throw organisationErrors.personAlreadyRegistered();
  const organId = optionalId(data.organId, 'data.organId', 'Organet');
  const roles = requireRoles(data.roles);
  requireOrganForRoles(roles, organId, 'data.organId');
  return [
    {
      type: 'PersonRegistered',
      data: {
        personId: requireId(data.personId, 'data.personId', 'Personen'),
        namn: requireText(data.namn, 'data.namn', 'Namnet', TEXT_LIMITS.namn),
        epost: requireEmail(data.epost, 'data.epost'),
        organId,
        roles,
      },
    },
  ];
}

/**
 * Roles are a set: stored in the fixed order of ROLES so that equal sets compare equal. An empty set
 * is allowed — someone can be named ansvarig before they have any access of their own.
 */
function requireRoles(value: unknown): Role[] {
  const roles = requireArray(value, 'data.roles', 'Roller').map((role, i) =>
    requireOneOf(role, ROLES, `data.roles[${i}]`, 'Roll'),
  );
  requireDistinct(roles, 'data.roles', 'Roller');
  return ROLES.filter((role) => roles.includes(role));
}

function requireOrganForRoles(roles: readonly Role[], organId: string | null, field: string): void {
  if (organId === null && roles.some((role) => ORGAN_BOUND_ROLES.includes(role))) {
    throw organisationErrors.organRequiredForRole(field);
  }
}

/** Business time never runs backwards (shared/business-time.ts); nothing here is dated back. */
export const personDecider = withBusinessTime(
  { initialState: initialPersonState, evolve: evolvePerson, decide: decidePerson } satisfies Decider<
    PersonCommand,
    PersonEvent,
    PersonState
  >,
  NO_CORRECTIONS,
);
