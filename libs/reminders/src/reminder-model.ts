/**
 * What the reminders need from the log, folded in memory: per uppdrag, delmål, uppsiktsärende and
 * internkontrollplan the facts the plans read, and the people (to find recipients and their addresses). Built by following the whole
 * log at start — a hundred thousand events fold in well under a second — and kept up to date event
 * by event.
 */
import {
  businessDateOf,
  type Delmal,
  type DelmalEvent,
  type DelmalReminderItem,
  evolveDelmal,
  evolveUppdrag,
  initialDelmalState,
  initialUppdragState,
  parseStreamName,
  periodsFullyReported,
  periodsStoppedByAdoption,
  type PersonEvent,
  type RecipientCandidate,
  type ReminderItem,
  type Role,
  STREAM_PREFIXES,
  type Uppdrag,
  type UppdragEvent,
  type UppdragState,
} from '@sparbar/domain';
import { AdoptionFacts } from './adoption-facts';
import {
  evolveInternkontrollFacts,
  evolveUppsiktFacts,
  type InternkontrollFacts,
  INTERNKONTROLL_PLAN_EVENTS,
  type UppsiktFacts,
} from './oversight-facts';

export type UppdragFacts = { state: Uppdrag; text: string };

/** A delmål as its reminders need it: the business day it was defined on comes from the event's time. */
export type DelmalFacts = { state: Delmal; text: string; definedOn: string };

export type PersonFacts = RecipientCandidate & { namn: string; epost: string };

/** What the model folds: a stored event, or one read back from a stream. */
export type ModelEvent = {
  stream: string;
  type: string;
  data: unknown;
  metadata?: { occurredAt?: string };
  recordedAt?: string;
};

/**
 * What the schedule plans one item at a time: an uppdrag, a delmål, an uppsiktsärende, or a whole
 * internkontrollplan (`internkontrollplan.<organId>-<year>`: all its kontrollmoment at once).
 */
export type ScheduleItemKind = 'uppdrag' | 'delmal' | 'uppsiktsarende' | 'internkontrollplan';

/** `uppdrag.<id>`, `delmal.<id>`, …: one item whose plan may change (ids hold no '.'). */
export type ItemKey = `${ScheduleItemKind}.${string}`;

export const itemKey = (kind: ScheduleItemKind, id: string): ItemKey => `${kind}.${id}`;

export function parseItemKey(key: ItemKey): { itemKind: ScheduleItemKind; itemId: string } {
  const dot = key.indexOf('.');
  return { itemKind: key.slice(0, dot) as ScheduleItemKind, itemId: key.slice(dot + 1) };
}

export class ReminderModel {
  readonly uppdrag = new Map<string, UppdragFacts>();
  readonly delmal = new Map<string, DelmalFacts>();
  readonly uppsikt = new Map<string, UppsiktFacts>();
  /** By plan id (`hsn-2023`). */
  readonly internkontroll = new Map<string, InternkontrollFacts>();
  readonly people = new Map<string, PersonFacts>();
  readonly adoptions = new AdoptionFacts();

  /**
   * The items whose plan an event may change, asked before it is applied: the item it is about, or for
   * a nämnd's adoption every uppdrag it is owed by and every delmål of the nämnd.
   */
  keysOf(event: ModelEvent): ItemKey[] {
    const key = itemKeyOfEvent(event);
    if (key !== null) return [key];
    if (event.type !== 'PeriodReportAdopted') return [];
    const { organId } = event.data as { organId: string };
    return [
      ...[...this.uppdrag.values()]
        .filter(({ state }) => state.riktasTill.includes(organId) || state.samordnare === organId)
        .map(({ state }) => itemKey('uppdrag', state.uppdragId)),
      ...[...this.delmal.values()]
        .filter(({ state }) => state.organId === organId)
        .map(({ state }) => itemKey('delmal', state.delmalId)),
    ];
  }

  /** Applies an event; returns the item whose plan may have changed, else null. */
  apply(event: ModelEvent): ItemKey | null {
    const key = itemKeyOfEvent(event);
    if (key === null) {
      this.adoptions.apply(event);
      if (event.stream.startsWith(STREAM_PREFIXES.person) && event.type.startsWith('Person'))
        this.applyPerson(event as unknown as PersonEvent);
      return null;
    }
    const { itemKind, itemId } = parseItemKey(key);
    switch (itemKind) {
      case 'uppdrag': {
        const next = evolveFacts(this.uppdrag.get(itemId), event as unknown as UppdragEvent);
        if (next) this.uppdrag.set(itemId, next);
        break;
      }
      case 'delmal': {
        const next = evolveDelmalFacts(this.delmal.get(itemId), event);
        if (next) this.delmal.set(itemId, next);
        break;
      }
      case 'uppsiktsarende': {
        const next = evolveUppsiktFacts(this.uppsikt.get(itemId), event);
        if (next) this.uppsikt.set(itemId, next);
        break;
      }
      case 'internkontrollplan': {
        const next = evolveInternkontrollFacts(this.internkontroll.get(itemId), event);
        if (next) this.internkontroll.set(itemId, next);
        break;
      }
    }
    return key;
  }

  /** Whether the item an event is about is known here already (its plan before the event exists). */
  has(key: ItemKey): boolean {
    const { itemKind, itemId } = parseItemKey(key);
    return this.mapOf(itemKind).has(itemId);
  }

  private mapOf(kind: ScheduleItemKind): ReadonlyMap<string, unknown> {
    return {
      uppdrag: this.uppdrag,
      delmal: this.delmal,
      uppsiktsarende: this.uppsikt,
      internkontrollplan: this.internkontroll,
    }[kind];
  }

  private applyPerson(event: PersonEvent): void {
    const id = event.data.personId;
    if (event.type === 'PersonRegistered') {
      const { namn, epost, organId, roles } = event.data;
      this.people.set(id, { personId: id, namn, epost, organId, roles: [...roles], active: true });
      return;
    }
    const person = this.people.get(id);
    if (!person) return;
    switch (event.type) {
      case 'PersonRenamed':
        person.namn = event.data.to;
        break;
      case 'PersonEmailChanged':
        person.epost = event.data.to;
        break;
      case 'PersonOrganChanged':
        person.organId = event.data.to;
        break;
      case 'PersonRolesChanged':
        person.roles = [...event.data.to] as Role[];
        break;
      case 'PersonDeactivated':
        person.active = false;
        break;
    }
  }
}

/** The item an event may change the plan of, or null for an event no plan reads. */
export function itemKeyOfEvent(event: { stream: string; type: string }): ItemKey | null {
  const stream = parseStreamName(event.stream);
  if (stream?.category === 'uppdrag' && event.type.startsWith('Uppdrag'))
    return itemKey('uppdrag', stream.id);
  if (stream?.category === 'delmal' && DELMAL_PLAN_EVENTS.has(event.type))
    return itemKey('delmal', stream.id);
  if (stream?.category === 'uppsiktsarende' && event.type.startsWith('Uppsiktsarende'))
    return itemKey('uppsiktsarende', stream.id);
  if (stream?.category === 'internkontrollplan' && INTERNKONTROLL_PLAN_EVENTS.has(event.type))
    return itemKey('internkontrollplan', stream.id);
  return null;
}

/** The uppdrag's facts after one more event of its stream (undefined while it is not registered). */
export function evolveFacts(facts: UppdragFacts | undefined, event: UppdragEvent): UppdragFacts | undefined {
  const state: UppdragState = evolveUppdrag(facts?.state ?? initialUppdragState(), event);
  if (!state.exists) return undefined;
  const text = event.type === 'UppdragRegistered' ? event.data.text : (facts?.text ?? '');
  return { state, text };
}

/**
 * The delmål events its reminders depend on: what it is, what was assessed, whether it is closed.
 * Indikatorer and utfall change no reminder, so they re-plan nothing.
 */
const DELMAL_PLAN_EVENTS: ReadonlySet<string> = new Set<DelmalEvent['type']>([
  'DelmalDefined',
  'DelmalAssessed',
  'DelmalAssessmentCorrected',
  'DelmalClosed',
]);

/** The delmål's facts after one more event of its stream (undefined while it is not defined). */
export function evolveDelmalFacts(
  facts: DelmalFacts | undefined,
  event: ModelEvent,
): DelmalFacts | undefined {
  const delmalEvent = { type: event.type, data: event.data } as DelmalEvent;
  const state = evolveDelmal(facts?.state ?? initialDelmalState(), delmalEvent);
  if (!state.exists) return undefined;
  if (delmalEvent.type === 'DelmalDefined') {
    // DelmalDefined carries no date of its own: the day is the event's business time, Swedish.
    const at = event.metadata?.occurredAt ?? event.recordedAt ?? new Date(0).toISOString();
    return { state, text: delmalEvent.data.text, definedOn: businessDateOf(at) };
  }
  return facts ? { ...facts, state } : undefined;
}

export function delmalReminderItemOf(facts: DelmalFacts, adoptions?: AdoptionFacts): DelmalReminderItem {
  const { state } = facts;
  return {
    adopted: new Set(adoptions?.periodsOf([state.organId])),
    delmalId: state.delmalId,
    organId: state.organId,
    planYear: state.planYear,
    definedOn: facts.definedOn,
    active: !state.closed,
    assessments: new Set(Object.keys(state.assessments)),
  };
}

/** `adoptions`: the nämnder's adoptions known to the schedule (the worker checks the log itself). */
export function reminderItemOf(facts: UppdragFacts, adoptions?: AdoptionFacts): ReminderItem {
  const { state } = facts;
  const organs = state.samordnare ? [...state.riktasTill, state.samordnare] : state.riktasTill;
  return {
    stoppedByAdoption: adoptions
      ? periodsStoppedByAdoption(state, adoptions.periodsOf(organs), adoptions.adoptedIn)
      : undefined,
    uppdragId: state.uppdragId,
    periodicitet: state.periodicitet,
    registeredOn: state.registeredOn,
    slutdatum: state.slutdatum,
    active: state.lifecycle === 'aktivt',
    // On a joint uppdrag a period is reported once every open part is (partsOwing in the domain).
    reports: new Set(periodsFullyReported(state)),
  };
}
