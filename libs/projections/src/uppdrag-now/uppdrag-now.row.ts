/**
 * One uppdrag as it stands now, folded from its events: a pure function, so the projection can fold a
 * whole batch in memory and write each touched uppdrag once. Keys are the table's column names, so a
 * row goes to and from the database as JSON without mapping.
 */
import {
  businessDateOf,
  comparePeriods,
  type Periodicitet,
  parsePeriod,
  reportedPart,
  type UppdragEvent,
  type UppdragStatus,
} from '@sparbar/domain';

export const UPPDRAG_NOW_STATUSES = ['open', 'closed', 'withdrawn'] as const;
export type UppdragNowStatus = (typeof UPPDRAG_NOW_STATUSES)[number];

export type UppdragNowRow = {
  uppdrag_id: string;
  text: string;
  beskrivning: string | null;
  riktas_till: string[];
  samordnare: string | null;
  periodicitet: Periodicitet;
  slutdatum: string;
  /** How often the slutdatum was extended (auditors ask for it). */
  slutdatum_extensions: number;
  ansvarig_person_id: string;
  plan_year: number;
  given_by: string;
  origin_kind: string;
  diarienummer: string | null;
  registered_on: string;
  /** The row in the plan's table; null: listed after the ordered ones, by registration (position). */
  ordning: number | null;
  registered_position: number;
  status: UppdragNowStatus;
  /** Business date of closing or withdrawal, and its kommentar or reason. */
  ended_on: string | null;
  end_comment: string | null;
  /** The report for the latest period reported (a late report for an earlier period does not replace it). */
  latest_period: string | null;
  latest_status: UppdragStatus | null;
  latest_kommentar: string | null;
  latest_reported_at: string | null;
  latest_reported_by: string | null;
  latest_corrected_at: string | null;
  reports_count: number;
  /** Stream revision of the last event applied. */
  revision: number;
  last_position: number;
  /** Events folded into this row; equals revision + 1 unless an event was applied twice or skipped. */
  events_applied: number;
};

/** What the fold needs of a stored event. */
export type FoldableEvent = UppdragEvent & {
  revision: number;
  position: number;
  metadata: { actor: string; occurredAt: string };
};

export function foldUppdragNow(
  row: UppdragNowRow | undefined,
  event: FoldableEvent,
): UppdragNowRow | undefined {
  if (event.type === 'UppdragRegistered') return registered(event);
  // Anything before the registration would be a corrupt stream: nothing to attach it to.
  if (!row) return undefined;
  // One copy per event, then set in place: a batch folds tens of thousands of events, and a spread per
  // changed field made two or three copies of the whole row for each.
  const next: UppdragNowRow = { ...row };
  next.revision = event.revision;
  next.last_position = event.position;
  next.events_applied = row.events_applied + 1;
  const { occurredAt, actor } = event.metadata;
  switch (event.type) {
    case 'UppdragAnsvarigChanged':
      next.ansvarig_person_id = event.data.to;
      break;
    case 'UppdragPeriodicitetChanged':
      next.periodicitet = event.data.to;
      break;
    case 'UppdragSlutdatumExtended':
      next.slutdatum = event.data.to;
      next.slutdatum_extensions = row.slutdatum_extensions + 1;
      break;
    case 'UppdragStatusReported': {
      // The row's status is the joint report; a recipient's own part is in the uppdrag_parts facts.
      if (reportedPart(event.data) !== null) break;
      const { period, status, kommentar } = event.data;
      next.reports_count = row.reports_count + 1;
      if (!isLater(period, row.latest_period)) break;
      next.latest_period = period;
      next.latest_status = status;
      next.latest_kommentar = kommentar;
      next.latest_reported_at = occurredAt;
      next.latest_reported_by = actor;
      next.latest_corrected_at = null;
      break;
    }
    case 'UppdragReportCorrected': {
      if (reportedPart(event.data) !== null || event.data.period !== row.latest_period) break;
      const { status, kommentar } = event.data.to;
      next.latest_status = status;
      next.latest_kommentar = kommentar;
      next.latest_corrected_at = occurredAt;
      break;
    }
    case 'UppdragClosed':
      next.status = 'closed';
      next.ended_on = businessDateOf(occurredAt);
      next.end_comment = event.data.kommentar;
      break;
    case 'UppdragWithdrawn':
      next.status = 'withdrawn';
      next.ended_on = businessDateOf(occurredAt);
      next.end_comment = event.data.reason;
      break;
  }
  return next;
}

function registered(event: Extract<FoldableEvent, { type: 'UppdragRegistered' }>): UppdragNowRow {
  const { data } = event;
  return {
    uppdrag_id: data.uppdragId,
    text: data.text,
    beskrivning: data.beskrivning,
    riktas_till: [...data.riktasTill],
    samordnare: data.samordnare,
    periodicitet: data.periodicitet,
    slutdatum: data.slutdatum,
    slutdatum_extensions: 0,
    ansvarig_person_id: data.ansvarigPersonId,
    plan_year: data.origin.planYear,
    given_by: data.origin.givenBy,
    origin_kind: data.origin.kind,
    diarienummer: data.origin.diarienummer,
    registered_on: data.registeredOn,
    ordning: data.ordning ?? null,
    registered_position: event.position,
    status: 'open',
    ended_on: null,
    end_comment: null,
    latest_period: null,
    latest_status: null,
    latest_kommentar: null,
    latest_reported_at: null,
    latest_reported_by: null,
    latest_corrected_at: null,
    reports_count: 0,
    revision: event.revision,
    last_position: event.position,
    events_applied: 1,
  };
}

/** Periods compare by when they start, then end; an unparsable one (never stored) counts as earliest. */
function isLater(period: string, than: string | null): boolean {
  if (than === null) return true;
  const a = parsePeriod(period);
  const b = parsePeriod(than);
  if (!a || !b) return period > than;
  return comparePeriods(a, b) > 0;
}
