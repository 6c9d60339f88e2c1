/** The delmål as its rules need it, folded from its events. */
import { lookup } from '../shared/records';
import { type Riktning } from './bedomning';
import { type DelmalBedomning, type DelmalEvent, type IndikatorMatning } from './delmal.events';

/** An utfall in force for a period, with the målvärde it was judged against. */
export type RecordedUtfall = IndikatorMatning & { malvarde: number | null; riktning: Riktning };

export type Indikator = {
  indikatorId: string;
  namn: string;
  riktning: Riktning;
  malvarde: number | null;
  utfall: Record<string, RecordedUtfall>;
};

export type Delmal = {
  exists: true;
  delmalId: string;
  organId: string;
  planYear: number;
  closed: boolean;
  indikatorer: Record<string, Indikator>;
  assessments: Record<string, DelmalBedomning>;
};

export type DelmalState = { exists: false } | Delmal;

export function initialDelmalState(): DelmalState {
  return { exists: false };
}

export function evolveDelmal(state: DelmalState, event: DelmalEvent): DelmalState {
  if (event.type === 'DelmalDefined') {
    const { delmalId, organId, planYear } = event.data;
    return { exists: true, delmalId, organId, planYear, closed: false, indikatorer: {}, assessments: {} };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'IndikatorAdded': {
      const { indikatorId, namn, riktning, malvarde } = event.data;
      return withIndikator(state, { indikatorId, namn, riktning, malvarde, utfall: {} });
    }
    case 'IndikatorMalvardeChanged':
      return updateIndikator(state, event.data.indikatorId, (i) => ({ ...i, malvarde: event.data.to }));
    case 'IndikatorUtfallRecorded': {
      const { indikatorId, period, utfall, kvot, bedomning, malvarde, riktning } = event.data;
      const recorded = { utfall, kvot, bedomning, malvarde, riktning };
      return updateIndikator(state, indikatorId, (i) => ({
        ...i,
        utfall: { ...i.utfall, [period]: recorded },
      }));
    }
    case 'IndikatorUtfallCorrected': {
      const { indikatorId, period, to, malvarde, riktning } = event.data;
      const recorded = { ...to, malvarde, riktning };
      return updateIndikator(state, indikatorId, (i) => ({
        ...i,
        utfall: { ...i.utfall, [period]: recorded },
      }));
    }
    case 'DelmalAssessed': {
      const { period, bedomning, prognos, kommentar } = event.data;
      return { ...state, assessments: { ...state.assessments, [period]: { bedomning, prognos, kommentar } } };
    }
    case 'DelmalAssessmentCorrected':
      return { ...state, assessments: { ...state.assessments, [event.data.period]: { ...event.data.to } } };
    case 'DelmalClosed':
      return { ...state, closed: true };
    default:
      return state;
  }
}

function withIndikator(state: Delmal, indikator: Indikator): Delmal {
  return { ...state, indikatorer: { ...state.indikatorer, [indikator.indikatorId]: indikator } };
}

function updateIndikator(
  state: Delmal,
  indikatorId: string,
  change: (indikator: Indikator) => Indikator,
): Delmal {
  const indikator = lookup(state.indikatorer, indikatorId);
  return indikator === undefined ? state : withIndikator(state, change(indikator));
}
