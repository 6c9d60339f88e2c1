/** The uppsiktsärende as its rules need it: who it concerns, when it is due, whether it is closed. */
import { type UppsiktEvent } from './uppsikt.events';

export type Uppsiktsarende = {
  exists: true;
  arendeId: string;
  regionstyrelsenId: string;
  organId: string;
  recordedOn: string;
  dueDate: string;
  answers: number;
  closed: boolean;
};

export type UppsiktState = { exists: false } | Uppsiktsarende;

export function initialUppsiktState(): UppsiktState {
  return { exists: false };
}

export function evolveUppsikt(state: UppsiktState, event: UppsiktEvent): UppsiktState {
  if (event.type === 'UppsiktsarendeRecorded') {
    const { arendeId, regionstyrelsenId, organId, recordedOn, dueDate } = event.data;
    return {
      exists: true,
      arendeId,
      regionstyrelsenId,
      organId,
      recordedOn,
      dueDate,
      answers: 0,
      closed: false,
    };
  }
  if (!state.exists) return state;
  switch (event.type) {
    case 'UppsiktsarendeAnswered':
      return { ...state, answers: state.answers + 1 };
    case 'UppsiktsarendeClosed':
      return { ...state, closed: true };
    default:
      return state;
  }
}
