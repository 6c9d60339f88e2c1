/**
 * The facts behind the period tables, as rows that are only ever added: each uppdrag, delmål and
 * indikator as it stood after every change (a timeline), and every report, assessment and utfall with
 * its corrections. Each row keeps both times of its event — business time (`occurred_at`) and recorded
 * time (`recorded_at`) — so a table "as it stood on 30 April" or "as the system showed it on 8 May"
 * is a filter on these rows, never a replay and never an overwritten table.
 *
 * Pure: a timeline row is folded from the previous one (or none) and the event.
 */
import {
  businessDateOf,
  type DelmalEvent,
  firstDayOf,
  lastDayOf,
  parsePeriod,
  parseStreamName,
  reportedPart,
  type UppdragEvent,
} from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';

/** What every fact row carries of its event. */
export type EventStamp = {
  position: number;
  event_type: string;
  actor: string;
  occurred_at: string;
  recorded_at: string;
};

export type UppdragLifecycleFact = 'aktivt' | 'avslutat' | 'aterkallat';

export type UppdragTimelineRow = EventStamp & {
  uppdrag_id: string;
  text: string;
  riktas_till: string[];
  samordnare: string | null;
  given_by: string;
  origin_kind: string;
  plan_year: number;
  periodicitet: string;
  slutdatum: string;
  /** The slutdatum before this event, where the event extended it. */
  previous_slutdatum: string | null;
  slutdatum_extensions: number;
  ansvarig_person_id: string;
  registered_on: string;
  /** The row in the plan's table, carried from the registration; null when none was given. */
  ordning: number | null;
  /** Where the registration is in the log: the order of uppdrag without an ordning. */
  registered_position: number;
  lifecycle: UppdragLifecycleFact;
  ended_on: string | null;
  end_comment: string | null;
  reason: string | null;
};

/** A report or a correction of one; a correction's values are what replaced the report. */
export type ReportFactRow = EventStamp & {
  item_id: string;
  /** '' for an uppdrag's or delmål's own report; the indikator's id for an utfall. */
  indikator_id: string;
  period: string;
  period_start: string;
  period_end: string;
  kind: 'rapport' | 'rattelse';
  /** Uppdrag: reported status; delmål: bedömning; indikator: bedömning of the utfall. */
  status: string;
  kommentar: string | null;
  prognos: string | null;
  utfall: number | null;
  reason: string | null;
};

export type DelmalTimelineRow = EventStamp & {
  delmal_id: string;
  organ_id: string;
  plan_year: number;
  regionmal_id: string;
  regionmal_namn: string;
  text: string;
  closed_on: string | null;
};

export type IndikatorTimelineRow = EventStamp & {
  delmal_id: string;
  indikator_id: string;
  namn: string;
  enhet: string | null;
  malvarde: number | null;
  riktning: string;
};

function stampOf(event: StoredEvent): EventStamp {
  return {
    position: event.position,
    event_type: event.type,
    actor: event.metadata.actor,
    occurred_at: event.metadata.occurredAt,
    recorded_at: event.recordedAt,
  };
}

export function itemOf(event: StoredEvent): { category: 'uppdrag' | 'delmal'; id: string } | undefined {
  const item = parseStreamName(event.stream);
  if (item?.category === 'uppdrag' && event.type.startsWith('Uppdrag'))
    return { category: 'uppdrag', id: item.id };
  if (item?.category === 'delmal') return { category: 'delmal', id: item.id };
  return undefined;
}

type PeriodBounds = { period_start: string; period_end: string };
/** A rebuild meets the same few hundred period keys a million times: their days are worked out once. */
const BOUNDS = new Map<string, PeriodBounds | undefined>();

function periodBounds(key: string): PeriodBounds | undefined {
  if (BOUNDS.has(key)) return BOUNDS.get(key);
  const period = parsePeriod(key);
  const bounds = period ? { period_start: firstDayOf(period), period_end: lastDayOf(period) } : undefined;
  if (BOUNDS.size < 10_000) BOUNDS.set(key, bounds);
  return bounds;
}

/** The uppdrag after `event`, or undefined when the event does not change the uppdrag itself. */
export function nextUppdragTimelineRow(
  previous: UppdragTimelineRow | undefined,
  stored: StoredEvent,
): UppdragTimelineRow | undefined {
  const event = stored as unknown as UppdragEvent;
  const stamp = stampOf(stored);
  if (event.type === 'UppdragRegistered') {
    const { data } = event;
    return {
      ...stamp,
      uppdrag_id: data.uppdragId,
      text: data.text,
      riktas_till: [...data.riktasTill],
      samordnare: data.samordnare,
      given_by: data.origin.givenBy,
      origin_kind: data.origin.kind,
      plan_year: data.origin.planYear,
      periodicitet: data.periodicitet,
      slutdatum: data.slutdatum,
      previous_slutdatum: null,
      slutdatum_extensions: 0,
      ansvarig_person_id: data.ansvarigPersonId,
      registered_on: data.registeredOn,
      ordning: data.ordning ?? null,
      registered_position: stamp.position,
      lifecycle: 'aktivt',
      ended_on: null,
      end_comment: null,
      reason: null,
    };
  }
  if (!previous) return undefined;
  const next = { ...previous, ...stamp, previous_slutdatum: null, reason: null };
  switch (event.type) {
    case 'UppdragAnsvarigChanged':
      return { ...next, ansvarig_person_id: event.data.to };
    case 'UppdragPeriodicitetChanged':
      return { ...next, periodicitet: event.data.to, reason: event.data.reason };
    case 'UppdragSlutdatumExtended':
      return {
        ...next,
        slutdatum: event.data.to,
        previous_slutdatum: event.data.from,
        slutdatum_extensions: previous.slutdatum_extensions + 1,
        reason: event.data.reason,
      };
    case 'UppdragClosed':
      return {
        ...next,
        lifecycle: 'avslutat',
        ended_on: businessDateOf(stamp.occurred_at),
        end_comment: event.data.kommentar,
      };
    case 'UppdragWithdrawn':
      return {
        ...next,
        lifecycle: 'aterkallat',
        ended_on: businessDateOf(stamp.occurred_at),
        end_comment: event.data.reason,
        reason: event.data.reason,
      };
    default:
      return undefined;
  }
}

/** The report fact of an uppdrag or delmål event, if it is a report, an assessment or an utfall. */
export function reportFactOf(stored: StoredEvent): ReportFactRow | undefined {
  const item = itemOf(stored);
  if (!item) return undefined;
  const data = stored.data as { period?: unknown };
  if (typeof data.period !== 'string') return undefined;
  const bounds = periodBounds(data.period);
  if (!bounds) return undefined;
  // One object literal per fact, built in one go: a rebuild makes hundreds of thousands of these, and
  // layered spreads were most of the periods projection's own time.
  const fact = (values: ReportValues): ReportFactRow => ({
    position: stored.position,
    event_type: stored.type,
    actor: stored.metadata.actor,
    occurred_at: stored.metadata.occurredAt,
    recorded_at: stored.recordedAt,
    period_start: bounds.period_start,
    period_end: bounds.period_end,
    item_id: item.id,
    indikator_id: values.indikator_id ?? '',
    period: data.period as string,
    kind: values.kind,
    status: values.status,
    kommentar: values.kommentar ?? null,
    prognos: values.prognos ?? null,
    utfall: values.utfall ?? null,
    reason: values.reason ?? null,
  });
  const event = stored as unknown as UppdragEvent | DelmalEvent;
  // A recipient's own part of a joint uppdrag is not the uppdrag's report: it is in part facts.
  if (item.category === 'uppdrag' && reportedPart(data as { organId?: string }) !== null) return undefined;
  switch (event.type) {
    case 'UppdragStatusReported':
      return fact({ kind: 'rapport', status: event.data.status, kommentar: event.data.kommentar });
    case 'UppdragReportCorrected':
      return fact({
        kind: 'rattelse',
        status: event.data.to.status,
        kommentar: event.data.to.kommentar,
        reason: event.data.reason,
      });
    case 'DelmalAssessed':
      return fact({ kind: 'rapport', ...assessment(event.data) });
    case 'DelmalAssessmentCorrected':
      return fact({ kind: 'rattelse', ...assessment(event.data.to), reason: event.data.reason });
    case 'IndikatorUtfallRecorded':
      return fact({
        indikator_id: event.data.indikatorId,
        kind: 'rapport',
        status: event.data.bedomning,
        utfall: event.data.utfall,
      });
    case 'IndikatorUtfallCorrected':
      return fact({
        indikator_id: event.data.indikatorId,
        kind: 'rattelse',
        status: event.data.to.bedomning,
        utfall: event.data.to.utfall,
        reason: event.data.reason,
      });
    default:
      return undefined;
  }
}

/**
 * A fact about one recipient's own part of a joint uppdrag: its report or correction for a period, or
 * its closing ("Avslutad", no period). Kept apart from report_facts, whose reports are the joint ones.
 */
export type PartFactRow = EventStamp & {
  uppdrag_id: string;
  organ_id: string;
  kind: 'rapport' | 'rattelse' | 'avslutad';
  period: string | null;
  period_start: string | null;
  period_end: string | null;
  status: string | null;
  kommentar: string;
  reason: string | null;
};

export function partFactOf(stored: StoredEvent): PartFactRow | undefined {
  // Every event of the log passes here and few are a part's: the cheap questions first, and the row
  // built only for those.
  const type = stored.type;
  if (type !== 'UppdragPartClosed' && type !== 'UppdragStatusReported' && type !== 'UppdragReportCorrected')
    return undefined;
  const item = itemOf(stored);
  if (item?.category !== 'uppdrag') return undefined;
  const event = stored as unknown as UppdragEvent;
  if (event.type === 'UppdragPartClosed') {
    const { organId, kommentar } = event.data;
    const base = { ...stampOf(stored), uppdrag_id: item.id, reason: null };
    const none = { period: null, period_start: null, period_end: null, status: null };
    return { ...base, ...none, organ_id: organId, kind: 'avslutad', kommentar };
  }
  if (event.type !== 'UppdragStatusReported' && event.type !== 'UppdragReportCorrected') return undefined;
  const organId = reportedPart(event.data);
  if (organId === null) return undefined;
  const bounds = periodBounds(event.data.period);
  if (!bounds) return undefined;
  const base = { ...stampOf(stored), uppdrag_id: item.id, reason: null };
  const { period } = event.data;
  if (event.type === 'UppdragStatusReported') {
    const { status, kommentar } = event.data;
    return { ...base, ...bounds, organ_id: organId, kind: 'rapport', period, status, kommentar };
  }
  const { status, kommentar } = event.data.to;
  const reason = event.data.reason;
  return { ...base, ...bounds, organ_id: organId, kind: 'rattelse', period, status, kommentar, reason };
}

type ReportValues = Pick<ReportFactRow, 'kind' | 'status'> &
  Partial<Pick<ReportFactRow, 'indikator_id' | 'kommentar' | 'prognos' | 'utfall' | 'reason'>>;

function assessment(value: { bedomning: string; prognos: string; kommentar: string }) {
  return { status: value.bedomning, prognos: value.prognos, kommentar: value.kommentar };
}

export function nextDelmalTimelineRow(
  previous: DelmalTimelineRow | undefined,
  stored: StoredEvent,
): DelmalTimelineRow | undefined {
  const event = stored as unknown as DelmalEvent;
  const stamp = stampOf(stored);
  if (event.type === 'DelmalDefined') {
    const { data } = event;
    return {
      ...stamp,
      delmal_id: data.delmalId,
      organ_id: data.organId,
      plan_year: data.planYear,
      regionmal_id: data.regionmal.id,
      regionmal_namn: data.regionmal.namn,
      text: data.text,
      closed_on: null,
    };
  }
  if (previous && event.type === 'DelmalClosed') {
    return { ...previous, ...stamp, closed_on: businessDateOf(stamp.occurred_at) };
  }
  return undefined;
}

export function nextIndikatorTimelineRow(
  previous: IndikatorTimelineRow | undefined,
  stored: StoredEvent,
): IndikatorTimelineRow | undefined {
  const event = stored as unknown as DelmalEvent;
  const stamp = stampOf(stored);
  if (event.type === 'IndikatorAdded') {
    const { data } = event;
    return {
      ...stamp,
      delmal_id: data.delmalId,
      indikator_id: data.indikatorId,
      namn: data.namn,
      enhet: data.enhet,
      malvarde: data.malvarde,
      riktning: data.riktning,
    };
  }
  if (previous && event.type === 'IndikatorMalvardeChanged') {
    return { ...previous, ...stamp, malvarde: event.data.to };
  }
  return undefined;
}
