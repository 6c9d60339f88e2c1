/** The internkontrollplan as its rules need it; the plan as shown is the API's view, not this. */
import { type Frekvens } from './internkontroll.frekvens';
import {
  type AtgardStatus,
  type InternkontrollEvent,
  type Kontrollresultat,
  type Riskbedomning,
} from './internkontroll.events';

export type Internkontrollplan = {
  exists: true;
  organId: string;
  year: number;
  /** The date the nämnd adopted the plan; null while it is a draft. */
  adoptedOn: string | null;
  risks: Record<string, Riskbedomning>;
  kontrollmoment: Record<string, { riskId: string; frekvens: Frekvens }>;
  /** Keyed by `resultKey(kontrollmomentId, period)`. */
  results: Record<string, { resultat: Kontrollresultat; recordedOn: string }>;
  atgarder: Record<string, { status: AtgardStatus }>;
};

export type InternkontrollState = { exists: false } | Internkontrollplan;

export const resultKey = (kontrollmomentId: string, period: string): string =>
  `${kontrollmomentId}/${period}`;

export function initialInternkontrollState(): InternkontrollState {
  return { exists: false };
}

export function evolveInternkontroll(
  state: InternkontrollState,
  event: InternkontrollEvent,
): InternkontrollState {
  if (event.type === 'InternkontrollplanCreated') {
    const { organId, year } = event.data;
    return {
      exists: true,
      organId,
      year,
      adoptedOn: null,
      risks: {},
      kontrollmoment: {},
      results: {},
      atgarder: {},
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'RiskAdded': {
      const { riskId, sannolikhet, konsekvens, riskvarde } = event.data;
      return { ...state, risks: { ...state.risks, [riskId]: { sannolikhet, konsekvens, riskvarde } } };
    }
    case 'RiskReassessed':
      return { ...state, risks: { ...state.risks, [event.data.riskId]: { ...event.data.to } } };
    case 'KontrollmomentAdded': {
      const { kontrollmomentId, riskId, frekvens } = event.data;
      return {
        ...state,
        kontrollmoment: { ...state.kontrollmoment, [kontrollmomentId]: { riskId, frekvens } },
      };
    }
    case 'InternkontrollplanAdopted':
      return { ...state, adoptedOn: event.data.adoptedOn };
    case 'KontrollresultatRecorded': {
      const { kontrollmomentId, period, resultat, recordedOn } = event.data;
      const key = resultKey(kontrollmomentId, period);
      return { ...state, results: { ...state.results, [key]: { resultat, recordedOn } } };
    }
    case 'AtgardAdded':
      return {
        ...state,
        atgarder: { ...state.atgarder, [event.data.atgardId]: { status: event.data.status } },
      };
    case 'AtgardStatusChanged':
      return { ...state, atgarder: { ...state.atgarder, [event.data.atgardId]: { status: event.data.to } } };
    default:
      return state;
  }
}
