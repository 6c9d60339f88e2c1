/**
 * One line of an item's history, in human terms: what happened, who, when (business time and recorded
 * time), why where a reason was given, and each changed field from → to. Built from the event alone:
 * the events carry the old value wherever they replace one, so no state is needed.
 */
import { type DelmalEvent, parseStreamName, type UppdragEvent } from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';
import { delmalFieldChanges, type FieldChange, uppdragFieldChanges } from './field-changes';

export { type FieldChange } from './field-changes';

export type HistoryItemKind = 'uppdrag' | 'delmal';

export type HistoryEntry = {
  position: number;
  item_kind: HistoryItemKind;
  item_id: string;
  revision: number;
  event_id: string;
  event_type: string;
  actor: string;
  occurred_at: string;
  recorded_at: string;
  period: string | null;
  indikator_id: string | null;
  reason: string | null;
  changes: FieldChange[];
};

export function historyEntryOf(event: StoredEvent): HistoryEntry | undefined {
  const item = parseStreamName(event.stream);
  if (!item || (item.category !== 'uppdrag' && item.category !== 'delmal')) return undefined;
  const known =
    item.category === 'uppdrag'
      ? uppdragFieldChanges(event as unknown as UppdragEvent)
      : delmalFieldChanges(event as unknown as DelmalEvent);
  const data = event.data as Record<string, unknown>;
  return {
    position: event.position,
    item_kind: item.category,
    item_id: item.id,
    revision: event.revision,
    event_id: event.id,
    event_type: event.type,
    actor: event.metadata.actor,
    occurred_at: event.metadata.occurredAt,
    recorded_at: event.recordedAt,
    period: typeof data.period === 'string' ? data.period : null,
    indikator_id: typeof data.indikatorId === 'string' ? data.indikatorId : null,
    reason: typeof data.reason === 'string' ? data.reason : null,
    // An event type this code does not know yet still gets its line, without field changes.
    changes: known ?? [],
  };
}
