/**
 * What the reminders of regionstyrelsen's uppsikt and of a nämnd's intern kontroll need from the log:
 * per uppsiktsärende whether it is answered or closed, with its text; per internkontrollplan whether it
 * is adopted, its kontrollmoment (what, how, who, since when) and the results recorded. Folded by the
 * reminder model (reminder-model.ts) and, at fire time, from the item's stream (due-now.ts).
 */
import {
  type AtgardReminderItem,
  businessDateOf,
  evolveInternkontroll,
  evolveUppsikt,
  initialInternkontrollState,
  initialUppsiktState,
  type Internkontrollplan,
  type InternkontrollEvent,
  type KontrollmomentReminderItem,
  type Uppsiktsarende,
  type UppsiktEvent,
  type UppsiktsarendeKind,
  type UppsiktReminderItem,
} from '@sparbar/domain';

/** An event as folded here: stored, or read back from a stream (the reminder model's ModelEvent). */
type FoldedEvent = {
  type: string;
  data: unknown;
  metadata?: { occurredAt?: string };
  recordedAt?: string;
};

/** An uppsiktsärende as its reminders need it, with its text for the e-mail. */
export type UppsiktFacts = { state: Uppsiktsarende; text: string; kind: UppsiktsarendeKind };

/** A kontrollmoment as its reminders and their e-mail need it. */
export type KontrollmomentFacts = { vad: string; hur: string; vem: string; addedOn: string };

/** An åtgärd as its reminders and their e-mail need it (its status is in the plan's state). */
export type AtgardFacts = {
  text: string;
  kontrollmomentId: string;
  period: string;
  ansvarigPersonId: string;
  dueDate: string;
  addedOn: string;
};

/**
 * An internkontrollplan: the rules' state, per kontrollmoment its text, who checks, since when, and
 * per åtgärd what it is, who is responsible, by when.
 */
export type InternkontrollFacts = {
  state: Internkontrollplan;
  kontrollmoment: ReadonlyMap<string, KontrollmomentFacts>;
  atgarder: ReadonlyMap<string, AtgardFacts>;
};

/**
 * The plan events its reminders depend on: which kontrollmoment, adopted or not, which results, which
 * åtgärder and how far they are. Risks change no reminder.
 */
export const INTERNKONTROLL_PLAN_EVENTS: ReadonlySet<string> = new Set<InternkontrollEvent['type']>([
  'InternkontrollplanCreated',
  'KontrollmomentAdded',
  'InternkontrollplanAdopted',
  'KontrollresultatRecorded',
  'AtgardAdded',
  'AtgardStatusChanged',
]);

/** The ärende's facts after one more event of its stream (undefined while it is not recorded). */
export function evolveUppsiktFacts(
  facts: UppsiktFacts | undefined,
  event: FoldedEvent,
): UppsiktFacts | undefined {
  const uppsiktEvent = { type: event.type, data: event.data } as UppsiktEvent;
  const state = evolveUppsikt(facts?.state ?? initialUppsiktState(), uppsiktEvent);
  if (!state.exists) return undefined;
  if (uppsiktEvent.type === 'UppsiktsarendeRecorded') {
    const { text, kind } = uppsiktEvent.data;
    return { state, text, kind };
  }
  return facts ? { ...facts, state } : undefined;
}

export function uppsiktReminderItemOf(facts: UppsiktFacts): UppsiktReminderItem {
  const { state } = facts;
  return {
    arendeId: state.arendeId,
    organId: state.organId,
    regionstyrelsenId: state.regionstyrelsenId,
    recordedOn: state.recordedOn,
    dueDate: state.dueDate,
    answered: state.answers > 0,
    closed: state.closed,
  };
}

/** The plan's facts after one more event of its stream (undefined while it is not created). */
export function evolveInternkontrollFacts(
  facts: InternkontrollFacts | undefined,
  event: FoldedEvent,
): InternkontrollFacts | undefined {
  const planEvent = { type: event.type, data: event.data } as InternkontrollEvent;
  const state = evolveInternkontroll(facts?.state ?? initialInternkontrollState(), planEvent);
  if (!state.exists) return undefined;
  let kontrollmoment = facts?.kontrollmoment ?? new Map<string, KontrollmomentFacts>();
  let atgarder = facts?.atgarder ?? new Map<string, AtgardFacts>();
  // Neither KontrollmomentAdded nor AtgardAdded carries a date of its own: the day is the event's
  // business time, Swedish.
  const addedOn = () =>
    businessDateOf(event.metadata?.occurredAt ?? event.recordedAt ?? new Date(0).toISOString());
  if (planEvent.type === 'KontrollmomentAdded') {
    const { kontrollmomentId, vad, hur, vem } = planEvent.data;
    kontrollmoment = new Map(kontrollmoment).set(kontrollmomentId, { vad, hur, vem, addedOn: addedOn() });
  }
  if (planEvent.type === 'AtgardAdded') {
    const { atgardId, text, kontrollmomentId, period, ansvarigPersonId, dueDate } = planEvent.data;
    const added = { text, kontrollmomentId, period, ansvarigPersonId, dueDate, addedOn: addedOn() };
    atgarder = new Map(atgarder).set(atgardId, added);
  }
  return { state, kontrollmoment, atgarder };
}

export function kontrollmomentReminderItemOf(facts: InternkontrollFacts): KontrollmomentReminderItem {
  const { state } = facts;
  return {
    organId: state.organId,
    year: state.year,
    adoptedOn: state.adoptedOn,
    kontrollmoment: Object.entries(state.kontrollmoment).map(([kontrollmomentId, moment]) => ({
      kontrollmomentId,
      frekvens: moment.frekvens,
      addedOn: facts.kontrollmoment.get(kontrollmomentId)?.addedOn ?? state.adoptedOn ?? '0000-01-01',
    })),
    results: new Set(Object.keys(state.results)),
  };
}

export function atgardReminderItemOf(facts: InternkontrollFacts): AtgardReminderItem {
  const { state } = facts;
  return {
    organId: state.organId,
    year: state.year,
    atgarder: [...facts.atgarder].map(([atgardId, atgard]) => ({
      atgardId,
      period: atgard.period,
      dueDate: atgard.dueDate,
      status: state.atgarder[atgardId]?.status ?? 'planerad',
      addedOn: atgard.addedOn,
    })),
  };
}
