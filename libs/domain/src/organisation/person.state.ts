/** A person as the master-data rules need them, folded from their events. */
import { type Role } from '../access/roles';
import { type AuditorMandate } from './auditor-mandate';
import { type PersonEvent } from './person.events';

export type Person = {
  exists: true;
  personId: string;
  namn: string;
  epost: string;
  organId: string | null;
  roles: Role[];
  active: boolean;
  /** When the auditor role grants access; cleared when the role is taken away. */
  auditorMandate: AuditorMandate | null;
};

export type PersonState = { exists: false } | Person;

export function initialPersonState(): PersonState {
  return { exists: false };
}

export function evolvePerson(state: PersonState, event: PersonEvent): PersonState {
  if (event.type === 'PersonRegistered') {
    const { personId, namn, epost, organId, roles } = event.data;
    return {
      exists: true,
      personId,
      namn,
      epost,
      organId,
      roles: [...roles],
      active: true,
      auditorMandate: null,
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'PersonRenamed':
      return { ...state, namn: event.data.to };
    case 'PersonEmailChanged':
      return { ...state, epost: event.data.to };
    case 'PersonOrganChanged':
      return { ...state, organId: event.data.to };
    case 'PersonRolesChanged':
      return {
        ...state,
        roles: [...event.data.to],
        auditorMandate: event.data.to.includes('auditor') ? state.auditorMandate : null,
      };
    case 'PersonDeactivated':
      return { ...state, active: false };
    case 'AuditorMandateGiven':
      return { ...state, auditorMandate: { validFrom: event.data.validFrom, validTo: event.data.validTo } };
    default:
      return state;
  }
}
