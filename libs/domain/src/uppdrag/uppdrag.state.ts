/**
 * The uppdrag as the rules need it, folded from its events. It keeps only what some rule reads:
 * the report table itself is a projection's job, not the aggregate's.
 */
import { type Periodicitet } from '../period/period';
import { lookup } from '../shared/records';
import { reportedPart, type UppdragEvent, type UppdragReport } from './uppdrag.events';
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
  /**
   * The joint report in force per period ('2023-04', '2023-T1'), after any corrections: the
   * samordnare's summary, or the uppdrag's report when it has one recipient.
   */
  reports: Record<string, UppdragReport>;
  /** Each recipient's own part, when the uppdrag is directed to several organs (else empty). */
  parts: Record<string, UppdragPart>;
};

export type UppdragPart = {
  /** The organ's own report in force per period. */
  reports: Record<string, UppdragReport>;
  /** The organ's final comment once it has closed its part ("Avslutad"); null while it goes on. */
  closedKommentar: string | null;
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
      parts:
        data.riktasTill.length > 1
          ? Object.fromEntries(data.riktasTill.map((organId) => [organId, emptyPart()]))
          : {},
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
      return withReport(state, reportedPart(event.data), period, { status, kommentar });
    }
    case 'UppdragReportCorrected':
      return withReport(state, reportedPart(event.data), event.data.period, { ...event.data.to });
    case 'UppdragPartClosed': {
      const part = lookup(state.parts, event.data.organId) ?? emptyPart();
      const closed = { ...part, closedKommentar: event.data.kommentar };
      return { ...state, parts: { ...state.parts, [event.data.organId]: closed } };
    }
    case 'UppdragClosed':
      return { ...state, lifecycle: 'avslutat' };
    case 'UppdragWithdrawn':
      return { ...state, lifecycle: 'aterkallat' };
    default:
      return state;
  }
}

function emptyPart(): UppdragPart {
  return { reports: {}, closedKommentar: null };
}

/** A report goes to its part, or (no organ) to the joint reports. */
function withReport(uppdrag: Uppdrag, part: string | null, period: string, report: UppdragReport): Uppdrag {
  if (part === null) return { ...uppdrag, reports: { ...uppdrag.reports, [period]: report } };
  const current = lookup(uppdrag.parts, part) ?? emptyPart();
  const updated = { ...current, reports: { ...current.reports, [period]: report } };
  return { ...uppdrag, parts: { ...uppdrag.parts, [part]: updated } };
}
