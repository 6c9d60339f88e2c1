/**
 * The uppdrag as the rules need it, folded from its events. It keeps only what some rule reads:
 * the report table itself is a projection's job, not the aggregate's.
 */
import { type Periodicitet } from '../period/period';
import { type UppdragEvent, type UppdragReport } from './uppdrag.events';
import { type UppdragLifecycle } from './uppdrag.status';

export type Uppdrag = {
  exists: true;
  uppdragId: string;
  lifecycle: UppdragLifecycle;
  givenBy: string;
  riktasTill: string[];
  samordnare: string | null;
  periodicitet: Periodicitet;
  slutdatum: string;
  registeredOn: string;
  ansvarigPersonId: string;
  /** The report in force per period ('2023-04', '2023-T1'), after any corrections. */
  reports: Record<string, UppdragReport>;
};

export type UppdragState = { exists: false } | Uppdrag;

export function initialUppdragState(): UppdragState {
  return { exists: false };
}

export function evolveUppdrag(state: UppdragState, event: UppdragEvent): UppdragState {
  if (event.type === 'UppdragRegistered') {
    const { data } = event;
    return {
      exists: true,
      uppdragId: data.uppdragId,
      lifecycle: 'aktivt',
      givenBy: data.origin.givenBy,
      riktasTill: [...data.riktasTill],
      samordnare: data.samordnare,
      periodicitet: data.periodicitet,
      slutdatum: data.slutdatum,
      registeredOn: data.registeredOn,
      ansvarigPersonId: data.ansvarigPersonId,
      reports: {},
    };
  }
  // Every other event presupposes a registered uppdrag; one arriving first would be a corrupt stream.
  if (!state.exists) return state;
  switch (event.type) {
    case 'UppdragAnsvarigChanged':
      return { ...state, ansvarigPersonId: event.data.to };
    case 'UppdragPeriodicitetChanged':
      return { ...state, periodicitet: event.data.to };
    case 'UppdragSlutdatumExtended':
      return { ...state, slutdatum: event.data.to };
    case 'UppdragStatusReported': {
      const { period, status, kommentar } = event.data;
      return { ...state, reports: { ...state.reports, [period]: { status, kommentar } } };
    }
    case 'UppdragReportCorrected':
      return { ...state, reports: { ...state.reports, [event.data.period]: { ...event.data.to } } };
    case 'UppdragClosed':
      return { ...state, lifecycle: 'avslutat' };
    case 'UppdragWithdrawn':
      return { ...state, lifecycle: 'aterkallat' };
    default:
      return state;
  }
}
