/** An organ as its rules need it, folded from its events. */
import { type OrganEvent } from './organ.events';

export type Organ = {
  exists: true;
  organId: string;
  namn: string;
  kortnamn: string;
  parentOrganId: string | null;
  active: boolean;
};

export type OrganState = { exists: false } | Organ;

export function initialOrganState(): OrganState {
  return { exists: false };
}

export function evolveOrgan(state: OrganState, event: OrganEvent): OrganState {
  if (event.type === 'OrganRegistered') {
    const { organId, namn, kortnamn, parentOrganId } = event.data;
    return { exists: true, organId, namn, kortnamn, parentOrganId, active: true };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'OrganRenamed':
      return { ...state, ...event.data.to };
    case 'OrganParentChanged':
      return { ...state, parentOrganId: event.data.to };
    case 'OrganDeactivated':
      return { ...state, active: false };
    default:
      return state;
  }
}
