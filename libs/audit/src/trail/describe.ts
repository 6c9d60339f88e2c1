/**
 * Any event of the log in human terms: which item it is about, what happened (Swedish), the fields
 * changed old → new, and the reason and period where the event gives them. Pure: the event plus the
 * names known at that point of the log. An event type this code does not know still gets a line.
 */
import {
  type DelmalEvent,
  FASTSTALLELSE_STREAM_PREFIX,
  type FaststallelseEvent,
  type InternkontrollEvent,
  type OrganEvent,
  PAMINNELSE_STREAM_PREFIX,
  type PaminnelseEvent,
  parseStreamName,
  type PersonEvent,
  type StreamCategory,
  type UppdragEvent,
  type UppsiktEvent,
} from '@sparbar/domain';
import { type Described } from './changes';
import { describeDelmal } from './describe-delmal';
import { adoptionItemOf, afterAdoptionText, describeFaststallelse, reasonOf } from './describe-faststallelse';
import { describeInternkontroll } from './describe-internkontroll';
import { describeOrgan, describePerson } from './describe-organisation';
import { describePaminnelse } from './describe-paminnelse';
import { describeUppdrag } from './describe-uppdrag';
import { describeUppsikt } from './describe-uppsikt';
import { type Names } from './names';

export type ItemKind = StreamCategory | 'other';

export interface AuditDescription extends Described {
  itemKind: ItemKind;
  itemId: string;
  reason: string | null;
  period: string | null;
}

export interface DescribableEvent {
  stream: string;
  type: string;
  data: unknown;
}

export function describeEvent(event: DescribableEvent, names: Names): AuditDescription {
  const data = (event.data ?? {}) as Record<string, unknown>;
  if (event.stream.startsWith(PAMINNELSE_STREAM_PREFIX)) return describeDelivery(event, names, data);
  if (event.stream.startsWith(FASTSTALLELSE_STREAM_PREFIX)) return describeAdoption(event, names, data);
  const item = parseStreamName(event.stream);
  const known = item ? describeKnown(item.category, event, names) : undefined;
  return {
    itemKind: item?.category ?? 'other',
    itemId: item?.id ?? event.stream,
    // A change after its period's adoption says so, and why, wherever the trail shows it.
    description: (known?.description ?? `Händelse av typen ${event.type}`) + afterAdoptionText(data),
    // A field set to nothing (beskrivning null at registration) is no change worth showing.
    changes: (known?.changes ?? []).filter((c) => !sameValue(c.from, c.to)),
    reason: reasonOf(data),
    period: typeof data.period === 'string' ? data.period : null,
  };
}

/** An adoption or its handling: filed under the organ whose report it is. */
function describeAdoption(
  event: DescribableEvent,
  names: Names,
  data: Record<string, unknown>,
): AuditDescription {
  const known = describeFaststallelse(event as FaststallelseEvent, names);
  const item = adoptionItemOf(data);
  return {
    itemKind: item ? 'organ' : 'other',
    itemId: item?.organId ?? event.stream,
    description: known?.description ?? `Händelse av typen ${event.type}`,
    changes: [],
    reason: null,
    period: item?.period ?? null,
  };
}

function describeKnown(
  category: StreamCategory,
  event: DescribableEvent,
  names: Names,
): Described | undefined {
  // The switches return undefined for a type they do not know (an event added later, or misfiled).
  switch (category) {
    case 'uppdrag':
      return describeUppdrag(event as UppdragEvent, names);
    case 'delmal':
      return describeDelmal(event as DelmalEvent, names);
    case 'organ':
      return describeOrgan(event as OrganEvent, names);
    case 'person':
      return describePerson(event as PersonEvent, names);
    case 'uppsiktsarende':
      return describeUppsikt(event as UppsiktEvent, names);
    case 'internkontrollplan':
      return describeInternkontroll(event as InternkontrollEvent, names);
  }
}

/** A reminder's delivery: filed under the item it is about, with the period the key names. */
function describeDelivery(
  event: DescribableEvent,
  names: Names,
  data: Record<string, unknown>,
): AuditDescription {
  const known = describePaminnelse(event as PaminnelseEvent, names);
  return {
    itemKind: known?.item?.kind ?? 'other',
    itemId: known?.item?.id ?? event.stream,
    description: known?.description ?? `Händelse av typen ${event.type}`,
    changes: known?.changes ?? [],
    reason: typeof data.reason === 'string' ? data.reason : null,
    period: known?.item?.period ?? null,
  };
}

/** Equal as JSON: the same value, or two lists or objects that print the same (only those are printed). */
function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  return typeof a === 'object' && typeof b === 'object' && a !== null && b !== null
    ? JSON.stringify(a) === JSON.stringify(b)
    : false;
}
