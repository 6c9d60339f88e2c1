/**
 * The evidence that a reminder went out, in words: which reminder (or escalation), on which channel,
 * to whom, about which report. A delivery is filed under the item it is about (an uppdrag, a delmål,
 * an uppsiktsärende; a kontrollmoment under its internkontrollplan), not under its `paminnelse-`
 * stream, so searching the trail for the item shows its reminders beside its reports, and its organs
 * are the item's.
 *
 * A failure or an uncertain outcome carries only the delivery's idempotency key; the key spells the
 * rest (`<kind>.<itemId>.<period>.<p14|e>.<personId>.<channel>`: ids and periods hold no dots; a
 * kontrollmoment's is `kontrollmoment.<planId>.<kontrollmomentId>.<period>.…`).
 */
import {
  type DeliveryState,
  kontrollPeriodLabel,
  parseInternkontrollPlanId,
  parseKontrollPeriod,
  type PaminnelseDelivery,
  type PaminnelseEvent,
  STREAM_PREFIXES,
  type StreamCategory,
  UPPSIKT_SVAR_PERIOD,
} from '@sparbar/domain';
import { type Described } from './changes';
import { named, periodText } from './format';
import { type Names, planPartKey } from './names';

export interface DeliveredItem {
  kind: StreamCategory;
  id: string;
  period: string | null;
}

export interface DescribedPaminnelse extends Described {
  item: DeliveredItem | null;
}

/** What the key says about a delivery; null for a key not of this shape. */
export function parseDeliveryKey(key: string): {
  item: DeliveredItem;
  escalation: boolean;
  personId: string;
  channel: string;
  /** A kontrollmoment's or an åtgärd's id (its item is the plan). */
  part?: { kind: 'kontrollmoment' | 'atgard'; id: string };
} | null {
  const parts = key.split('.');
  if ((parts[0] === 'kontrollmoment' || parts[0] === 'atgard') && parts.length === 7) {
    const [kind, planId, id, period, lead, personId, channel] = parts;
    const item: DeliveredItem = { kind: 'internkontrollplan', id: planId, period };
    const part = { kind: kind as 'kontrollmoment' | 'atgard', id };
    return { item, escalation: lead === 'e', personId, channel, part };
  }
  if (parts.length !== 6) return null;
  const [kind, id, period, lead, personId, channel] = parts;
  if (!(kind in STREAM_PREFIXES)) return null;
  const item = { kind: kind as StreamCategory, id, period: periodOfItem(period) };
  return { item, escalation: lead === 'e', personId, channel };
}

/** An uppsiktsärende owes its answer (`svar`), in no period: the trail files it under none. */
function periodOfItem(period: string | undefined): string | null {
  return period === undefined || period === UPPSIKT_SVAR_PERIOD ? null : period;
}

/** The item a delivery event is about, whose organs it concerns. */
export function deliveredItemOf(event: { type: string; data: unknown }): DeliveredItem | null {
  const data = (event.data ?? {}) as Partial<PaminnelseDelivery>;
  if ((data.itemKind === 'kontrollmoment' || data.itemKind === 'atgard') && typeof data.planId === 'string')
    return { kind: 'internkontrollplan', id: data.planId, period: data.period ?? null };
  if (
    typeof data.itemKind === 'string' &&
    data.itemKind in STREAM_PREFIXES &&
    typeof data.itemId === 'string'
  )
    return { kind: data.itemKind as StreamCategory, id: data.itemId, period: periodOfItem(data.period) };
  return typeof data.idempotencyKey === 'string'
    ? (parseDeliveryKey(data.idempotencyKey)?.item ?? null)
    : null;
}

const longDate = new Intl.DateTimeFormat('sv-SE', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "15 maj 2023". */
export function dateText(date: string): string {
  const at = Date.parse(`${date}T12:00:00Z`);
  return Number.isNaN(at) ? date : longDate.format(at);
}

const STATE_AFTER: Record<PaminnelseEvent['type'], DeliveryState> = {
  PaminnelseSendStarted: 'started',
  PaminnelseSent: 'sent',
  PaminnelseSendFailed: 'failed',
  PaminnelseSendUncertain: 'uncertain',
};

export function describePaminnelse(event: PaminnelseEvent, names: Names): DescribedPaminnelse | undefined {
  const after = STATE_AFTER[event.type];
  if (after === undefined) return undefined;
  const item = deliveredItemOf(event);
  // Only an e-mail has a start; an inbox delivery is recorded once, as sent.
  const before: DeliveryState | null =
    event.type === 'PaminnelseSendStarted' ||
    (event.type === 'PaminnelseSent' && event.data.channel !== 'epost')
      ? null
      : 'started';
  return {
    item,
    description: sentence(event, names),
    changes: [{ field: 'deliveryState', from: before, to: after }],
  };
}

function sentence(event: PaminnelseEvent, names: Names): string {
  switch (event.type) {
    case 'PaminnelseSent': {
      const d = event.data;
      const what = d.kind === 'eskalering' ? 'Eskalering' : 'Påminnelse';
      return `${what} ${channelText(d.channel, names, d.recipientPersonId)} ${about(d, names)}`;
    }
    case 'PaminnelseSendStarted': {
      const d = event.data;
      const what = d.kind === 'eskalering' ? 'eskalering' : 'påminnelse';
      return `Utskick påbörjat: ${what} med e-post till ${named(names, 'person', d.recipientPersonId)} ${about(d, names)}`;
    }
    case 'PaminnelseSendFailed':
      return `Utskick misslyckades (e-postservern tog inte emot det, försöks igen): ${fromKey(event.data.idempotencyKey, names)}`;
    case 'PaminnelseSendUncertain':
      return `Utskick osäkert (avbröts innan e-postservern svarade, skickas inte igen): ${fromKey(event.data.idempotencyKey, names)}`;
  }
}

function channelText(channel: string, names: Names, personId: string): string {
  const person = named(names, 'person', personId);
  return channel === 'epost' ? `skickad med e-post till ${person}` : `lagd i inkorgen för ${person}`;
}

function about(d: PaminnelseDelivery, names: Names): string {
  const owed = owedText(d.itemKind ?? 'uppdrag', owedName(d, names));
  // An ärende owes its answer and an åtgärd to be done in no period of their own.
  const when = d.itemKind === 'uppsiktsarende' || d.itemKind === 'atgard' ? '' : ` för ${periodOf(d.period)}`;
  return d.kind === 'eskalering'
    ? `om att ${owed}${when} saknas, sista dag var ${dateText(d.deadline)}`
    : `om ${owed}${when}, senast ${dateText(d.deadline)}`;
}

/**
 * What an item owes by the deadline: an uppdrag a report, a delmål its nämnd's bedömning, an
 * uppsiktsärende the organ's answer, a kontrollmoment its result (named by its text where known).
 */
function owedText(itemKind: string, name: string | null = null): string {
  switch (itemKind) {
    case 'delmal':
      return 'bedömningen av delmålet';
    case 'uppsiktsarende':
      return 'svaret på uppsiktsärendet';
    case 'kontrollmoment':
      return name === null ? 'resultatet av kontrollmomentet' : `resultatet av kontrollmomentet "${name}"`;
    case 'atgard':
      return name === null ? 'åtgärden' : `åtgärden "${name}"`;
    default:
      return 'rapporten';
  }
}

/** A kontrollmoment's or an åtgärd's text as the log gave it, else its id; null for the other kinds. */
function owedName(event: Partial<PaminnelseDelivery>, names: Names): string | null {
  if (event.itemKind !== 'kontrollmoment' && event.itemKind !== 'atgard') return null;
  if (!event.planId || !event.itemId) return null;
  return planPartName(names, event.itemKind, event.planId, event.itemId);
}

function planPartName(names: Names, kind: 'kontrollmoment' | 'atgard', planId: string, id: string): string {
  const plan = parseInternkontrollPlanId(planId);
  if (!plan) return id;
  return named(names, kind, planPartKey(plan.organId, plan.year, id));
}

/** "april 2023", "tertial 1 2023", "år 2023". */
function periodOf(period: string): string {
  const parsed = parseKontrollPeriod(period);
  return parsed?.kind === 'ar' ? kontrollPeriodLabel(parsed) : periodText(period);
}

/** "påminnelse med e-post till Johan Ström om rapporten för april 2023". */
function fromKey(key: string, names: Names): string {
  const parsed = parseDeliveryKey(key);
  if (!parsed) return `utskick ${key}`;
  const what = parsed.escalation ? 'eskalering' : 'påminnelse';
  const channel = parsed.channel === 'epost' ? 'med e-post' : 'i inkorgen';
  const { item, part } = parsed;
  const owed =
    part === undefined
      ? owedText(item.kind)
      : owedText(part.kind, planPartName(names, part.kind, item.id, part.id));
  const period =
    item.kind === 'uppsiktsarende' || part?.kind === 'atgard'
      ? ` om ${owed}`
      : item.period
        ? ` om ${owed} för ${periodOf(item.period)}`
        : '';
  return `${what} ${channel} till ${named(names, 'person', parsed.personId)}${period}`;
}
