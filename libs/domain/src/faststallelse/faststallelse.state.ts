/** A period report's adoption as the rules need it: the latest adoption and what was handled. */
import {
  type Beslut,
  type FaststallelseEvent,
  type HandlingBody,
  type HandlingKind,
} from './faststallelse.events';

export type Handling = { by: HandlingBody; kind: HandlingKind; date: string; paragraf: string };

export type FaststallelseState =
  | { adopted: false }
  | { adopted: true; organId: string; period: string; latest: Beslut; handlings: Handling[] };

export function initialFaststallelseState(): FaststallelseState {
  return { adopted: false };
}

export function evolveFaststallelse(
  state: FaststallelseState,
  event: FaststallelseEvent,
): FaststallelseState {
  switch (event.type) {
    case 'PeriodReportAdopted': {
      const { organId, period, meetingDate, paragraf } = event.data;
      const handlings = state.adopted ? state.handlings : [];
      return { adopted: true, organId, period, latest: { meetingDate, paragraf }, handlings };
    }
    case 'PeriodReportHandlingRecorded': {
      if (!state.adopted) return state;
      const { by, kind, date, paragraf } = event.data;
      return { ...state, handlings: [...state.handlings, { by, kind, date, paragraf }] };
    }
    default:
      return state;
  }
}
