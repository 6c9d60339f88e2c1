/**
 * What can happen to an uppdrag. Event types are stored forever: never rename one, add a new version.
 * Each event carries only what changed — and, where a value is replaced, the old value too, so the
 * audit trail reads "from → to" without replaying the stream. Absent values are null, never undefined,
 * so an event reads back from JSON exactly as it was written.
 */
import { type Backdated } from '../shared/business-time';
import { type DomainEvent } from '../shared/decider';
import { type MadeAfterAdoption } from '../faststallelse/faststallelse.events';
import { type Periodicitet } from '../period/period';
import { type UppdragOriginKind, type UppdragStatus } from './uppdrag.status';

export type UppdragOrigin = {
  /** The organ that decided the uppdrag (regionfullmäktige, or a nämnd for its beredningar). */
  givenBy: string;
  kind: UppdragOriginKind;
  beslutsdatum: string | null;
  diarienummer: string | null;
  paragraf: string | null;
  planYear: number;
};

export type UppdragRegistered = DomainEvent<
  'UppdragRegistered',
  {
    uppdragId: string;
    text: string;
    beskrivning: string | null;
    riktasTill: string[];
    samordnare: string | null;
    periodicitet: Periodicitet;
    slutdatum: string;
    ansvarigPersonId: string;
    origin: UppdragOrigin;
    /** The business date of registration: reports may not cover periods that ended before it. */
    registeredOn: string;
    /**
     * The uppdrag's row in the plan's table (1 = first). Added later: absent on events written before
     * it and when not given; such an uppdrag is listed after the ordered ones, in registration order.
     */
    ordning?: number;
  }
>;

export type UppdragAnsvarigChanged = DomainEvent<
  'UppdragAnsvarigChanged',
  { uppdragId: string; from: string; to: string }
>;

export type UppdragPeriodicitetChanged = DomainEvent<
  'UppdragPeriodicitetChanged',
  { uppdragId: string; from: Periodicitet; to: Periodicitet; reason: string | null }
>;

export type UppdragSlutdatumExtended = DomainEvent<
  'UppdragSlutdatumExtended',
  { uppdragId: string; from: string; to: string; reason: string }
>;

export type UppdragReport = { status: UppdragStatus; kommentar: string };

/**
 * Whose report a report is. On an uppdrag directed to several organs each recipient reports its own
 * part: the event then names the organ. Without `organId` it is the joint report — the samordnare's
 * summary, or the uppdrag's only report when it has one recipient — which is also what every report
 * written before parts existed means, so those events are read as they are (see `reportedPart`).
 * The field is left out rather than set to null for the joint report: old and new joint reports are
 * then the same shape, byte for byte.
 */
export type UppdragPartRef = { organId?: string };

export type UppdragStatusReported = DomainEvent<
  'UppdragStatusReported',
  { uppdragId: string; period: string; status: UppdragStatus; kommentar: string } & UppdragPartRef &
    MadeAfterAdoption
>;

/** The original report stays in the log; this event says what replaced it and why. */
export type UppdragReportCorrected = DomainEvent<
  'UppdragReportCorrected',
  {
    uppdragId: string;
    period: string;
    from: UppdragReport;
    to: UppdragReport;
    reason: string;
  } & UppdragPartRef &
    Backdated &
    MadeAfterAdoption
>;

/** The upcaster of the two report events: the organ whose part it is, null for the joint report. */
export function reportedPart(data: UppdragPartRef | { organId?: string | null }): string | null {
  return data.organId ?? null;
}

export type UppdragClosed = DomainEvent<'UppdragClosed', { uppdragId: string; kommentar: string }>;

/** One recipient has finished its part ("Avslutad" with its final comment); the others go on. */
export type UppdragPartClosed = DomainEvent<
  'UppdragPartClosed',
  { uppdragId: string; organId: string; kommentar: string }
>;

export type UppdragWithdrawn = DomainEvent<'UppdragWithdrawn', { uppdragId: string; reason: string }>;

export type UppdragEvent =
  | UppdragRegistered
  | UppdragAnsvarigChanged
  | UppdragPeriodicitetChanged
  | UppdragSlutdatumExtended
  | UppdragStatusReported
  | UppdragReportCorrected
  | UppdragClosed
  | UppdragPartClosed
  | UppdragWithdrawn;

export type UppdragEventType = UppdragEvent['type'];

export const UPPDRAG_EVENT_TYPES = [
  'UppdragRegistered',
  'UppdragAnsvarigChanged',
  'UppdragPeriodicitetChanged',
  'UppdragSlutdatumExtended',
  'UppdragStatusReported',
  'UppdragReportCorrected',
  'UppdragClosed',
  'UppdragPartClosed',
  'UppdragWithdrawn',
] as const satisfies readonly UppdragEventType[];
