/**
 * What the audit trail remembers between events: display names, and the organs each item concerns.
 * `evolveAuditState` is pure over two maps the projection loads per batch (only the keys the batch
 * touches) and writes back afterwards.
 */
import {
  type DelmalEvent,
  FASTSTALLELSE_STREAM_PREFIX,
  type FaststallelseEvent,
  type InternkontrollEvent,
  type OrganEvent,
  PAMINNELSE_STREAM_PREFIX,
  parseStreamName,
  type PersonEvent,
  STREAM_PREFIXES,
  type UppdragEvent,
  type UppsiktEvent,
} from '@sparbar/domain';
import { type DescribableEvent } from './describe';
import { deliveredItemOf } from './describe-paminnelse';
import { indikatorKey, planPartKey } from './names';

export interface AuditState {
  /** `${kind}:${id}` → display name. */
  names: Map<string, string>;
  /** Stream (one per item) → the organs the item concerns. */
  organs: Map<string, string[]>;
  /** Keys changed since loading: what must be written back. */
  dirtyNames: Set<string>;
  dirtyOrgans: Set<string>;
}

export function emptyAuditState(): AuditState {
  return { names: new Map(), organs: new Map(), dirtyNames: new Set(), dirtyOrgans: new Set() };
}

const unique = (ids: readonly (string | null | undefined)[]) => [
  ...new Set(ids.filter((x): x is string => !!x)),
];

export function evolveAuditState(state: AuditState, event: DescribableEvent): void {
  const setName = (key: string, name: string): void => {
    state.names.set(key, name);
    state.dirtyNames.add(key);
  };
  const setOrgans = (organs: string[]): void => {
    state.organs.set(event.stream, organs);
    state.dirtyOrgans.add(event.stream);
  };
  const e = event as
    | UppdragEvent
    | DelmalEvent
    | OrganEvent
    | PersonEvent
    | UppsiktEvent
    | InternkontrollEvent
    | FaststallelseEvent;
  switch (e.type) {
    // An adoption concerns its nämnd; its handling also the body that handled it.
    case 'PeriodReportAdopted':
      return setOrgans([e.data.organId]);
    case 'PeriodReportHandlingRecorded':
      return setOrgans(unique([e.data.organId, e.data.byOrganId]));
    // An ärende concerns the organ that must answer and regionstyrelsen that asked.
    case 'UppsiktsarendeRecorded':
      return setOrgans(unique([e.data.organId, e.data.regionstyrelsenId]));
    case 'InternkontrollplanCreated':
      return setOrgans([e.data.organId]);
    case 'RiskAdded':
      return setName(`risk:${planPartKey(e.data.organId, e.data.year, e.data.riskId)}`, e.data.text);
    case 'KontrollmomentAdded':
      return setName(
        `kontrollmoment:${planPartKey(e.data.organId, e.data.year, e.data.kontrollmomentId)}`,
        e.data.vad,
      );
    case 'AtgardAdded':
      return setName(`atgard:${planPartKey(e.data.organId, e.data.year, e.data.atgardId)}`, e.data.text);
    case 'UppdragRegistered':
      return setOrgans(unique([...e.data.riktasTill, e.data.samordnare, e.data.origin.givenBy]));
    case 'DelmalDefined':
      return setOrgans([e.data.organId]);
    case 'IndikatorAdded':
      return setName(`indikator:${indikatorKey(e.data.delmalId, e.data.indikatorId)}`, e.data.namn);
    case 'OrganRegistered':
      setName(`organ:${e.data.organId}`, e.data.kortnamn);
      return setOrgans([e.data.organId]);
    case 'OrganRenamed':
      return setName(`organ:${e.data.organId}`, e.data.to.kortnamn);
    case 'PersonRegistered':
      setName(`person:${e.data.personId}`, e.data.namn);
      return setOrgans(unique([e.data.organId]));
    case 'PersonRenamed':
      return setName(`person:${e.data.personId}`, e.data.to);
    case 'PersonOrganChanged':
      return setOrgans(unique([e.data.to]));
  }
}

/**
 * The organs an event concerns: its item's organs as of the event (for an uppdrag: recipients,
 * samordnare and giver), and for a move between organs both the old and the new one.
 */
export function organsConcerned(state: AuditState, event: DescribableEvent): string[] {
  const base = state.organs.get(organStreamOf(event)) ?? [];
  const e = event as OrganEvent | PersonEvent;
  if (e.type === 'PersonOrganChanged') return unique([e.data.from, e.data.to]);
  if (e.type === 'OrganParentChanged') return unique([...base, e.data.from, e.data.to]);
  if (
    !parseStreamName(event.stream) &&
    !event.stream.startsWith(PAMINNELSE_STREAM_PREFIX) &&
    !event.stream.startsWith(FASTSTALLELSE_STREAM_PREFIX)
  )
    return [];
  return base;
}

/**
 * The stream whose organs an event concerns: its own, but for a reminder's delivery the item's it is
 * about (the uppdrag's recipients, samordnare and giver; the delmål's nämnd), so auditors searching
 * by organ find the reminders that went out about that organ's items.
 */
export function organStreamOf(event: DescribableEvent): string {
  if (!event.stream.startsWith(PAMINNELSE_STREAM_PREFIX)) return event.stream;
  const item = deliveredItemOf(event);
  return item ? STREAM_PREFIXES[item.kind] + item.id : event.stream;
}
