/**
 * The evidence that a reminder went out, in words: which reminder (or escalation), on which channel,
 * to whom, about which report. A delivery is filed under the item it is about (an uppdrag or a
 * delmål), not under its `paminnelse-` stream, so searching the trail for the item shows its
 * reminders beside its reports, and its organs are the item's.
 *
 * A failure or an uncertain outcome carries only the delivery's idempotency key; the key spells the
 * rest (`<kind>.<itemId>.<period>.<p14|e>.<personId>.<channel>`: ids and periods hold no dots).
 */
import {
  type DeliveryState,
  type PaminnelseDelivery,
  type PaminnelseEvent,
  STREAM_PREFIXES,
  type StreamCategory,
} from '@sparbar/domain';
import { type Described } from './changes';
import { named, periodText } from './format';
import { type Names } from './names';

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
} | null {
  const parts = key.split('.');
  if (parts.length !== 6) return null;
  const [kind, id, period, lead, personId, channel] = parts;
  if (!(kind in STREAM_PREFIXES)) return null;
  return { item: { kind: kind as StreamCategory, id, period }, escalation: lead === 'e', personId, channel };
}

/** The item a delivery event is about, whose organs it concerns. */
export function deliveredItemOf(event: { type: string; data: unknown }): DeliveredItem | null {
  const data = (event.data ?? {}) as Partial<PaminnelseDelivery>;
  if (
    typeof data.itemKind === 'string' &&
    data.itemKind in STREAM_PREFIXES &&
    typeof data.itemId === 'string'
  )
    return { kind: data.itemKind, id: data.itemId, period: data.period ?? null };
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
      return `${what} ${channelText(d.channel, names, d.recipientPersonId)} ${about(d, d.kind, d.period, d.deadline)}`;
    }
    case 'PaminnelseSendStarted': {
      const d = event.data;
      const what = d.kind === 'eskalering' ? 'eskalering' : 'påminnelse';
      return `Utskick påbörjat: ${what} med e-post till ${named(names, 'person', d.recipientPersonId)} ${about(d, d.kind, d.period, d.deadline)}`;
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

function about(event: { itemKind?: string }, kind: string, period: string, deadline: string): string {
  const owed = owedText(event.itemKind ?? 'uppdrag');
  return kind === 'eskalering'
    ? `om att ${owed} för ${periodText(period)} saknas, sista dag var ${dateText(deadline)}`
    : `om ${owed} för ${periodText(period)}, senast ${dateText(deadline)}`;
}

/** What an item owes by the deadline: an uppdrag a report, a delmål its nämnd's bedömning. */
function owedText(itemKind: string): string {
  return itemKind === 'delmal' ? 'bedömningen av delmålet' : 'rapporten';
}

/** "påminnelse med e-post till Johan Ström om rapporten för april 2023". */
function fromKey(key: string, names: Names): string {
  const parsed = parseDeliveryKey(key);
  if (!parsed) return `utskick ${key}`;
  const what = parsed.escalation ? 'eskalering' : 'påminnelse';
  const channel = parsed.channel === 'epost' ? 'med e-post' : 'i inkorgen';
  const period = parsed.item.period
    ? ` om ${owedText(parsed.item.kind)} för ${periodText(parsed.item.period)}`
    : '';
  return `${what} ${channel} till ${named(names, 'person', parsed.personId)}${period}`;
}
