/**
 * One line of an item's history, in human terms: what happened, who, when (business time and recorded
 * time), why where a reason was given, and each changed field from → to. Built from the event alone:
 * the events carry the old value wherever they replace one, so no state is needed.
 */
import { type DelmalEvent, parseStreamName, type UppdragEvent } from '@sparbar/domain';
import { type StoredEvent } from '@sparbar/event-store';

export type HistoryItemKind = 'uppdrag' | 'delmal';

export type FieldChange = { field: string; from: unknown; to: unknown };

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
  const known = item.category === 'uppdrag' ? uppdragChanges(event) : delmalChanges(event);
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

const set = (field: string, to: unknown): FieldChange => ({ field, from: null, to });
const change = (field: string, from: unknown, to: unknown): FieldChange => ({ field, from, to });

/** Only the fields that differ, for events that replace a whole group of values. */
function differing(from: Record<string, unknown>, to: Record<string, unknown>): FieldChange[] {
  return Object.keys(to)
    .filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k]))
    .map((k) => change(k, from[k] ?? null, to[k]));
}

function uppdragChanges(stored: StoredEvent): FieldChange[] | undefined {
  const event = stored as unknown as UppdragEvent;
  switch (event.type) {
    case 'UppdragRegistered': {
      const d = event.data;
      return [
        set('text', d.text),
        set('beskrivning', d.beskrivning),
        set('riktasTill', d.riktasTill),
        set('samordnare', d.samordnare),
        set('periodicitet', d.periodicitet),
        set('slutdatum', d.slutdatum),
        set('ansvarigPersonId', d.ansvarigPersonId),
        set('origin', d.origin),
      ];
    }
    case 'UppdragAnsvarigChanged':
      return [change('ansvarigPersonId', event.data.from, event.data.to)];
    case 'UppdragPeriodicitetChanged':
      return [change('periodicitet', event.data.from, event.data.to)];
    case 'UppdragSlutdatumExtended':
      return [change('slutdatum', event.data.from, event.data.to)];
    case 'UppdragStatusReported':
      return [set('status', event.data.status), set('kommentar', event.data.kommentar)];
    case 'UppdragReportCorrected':
      return differing(event.data.from, event.data.to);
    case 'UppdragClosed':
      return [change('lifecycle', 'aktivt', 'avslutat'), set('kommentar', event.data.kommentar)];
    case 'UppdragWithdrawn':
      return [change('lifecycle', 'aktivt', 'aterkallat')];
    default:
      return undefined;
  }
}

function delmalChanges(stored: StoredEvent): FieldChange[] | undefined {
  const event = stored as unknown as DelmalEvent;
  switch (event.type) {
    case 'DelmalDefined':
      return [
        set('organId', event.data.organId),
        set('planYear', event.data.planYear),
        set('regionmal', event.data.regionmal),
        set('text', event.data.text),
      ];
    case 'IndikatorAdded': {
      const { namn, enhet, baseline, malvarde, riktning } = event.data;
      return [
        set('namn', namn),
        set('enhet', enhet),
        set('baseline', baseline),
        set('malvarde', malvarde),
        set('riktning', riktning),
      ];
    }
    case 'IndikatorMalvardeChanged':
      return [change('malvarde', event.data.from, event.data.to)];
    case 'IndikatorUtfallRecorded':
      return [
        set('utfall', event.data.utfall),
        set('kvot', event.data.kvot),
        set('bedomning', event.data.bedomning),
      ];
    case 'IndikatorUtfallCorrected':
      return differing(event.data.from, event.data.to);
    case 'DelmalAssessed':
      return [
        set('bedomning', event.data.bedomning),
        set('prognos', event.data.prognos),
        set('kommentar', event.data.kommentar),
      ];
    case 'DelmalAssessmentCorrected':
      return differing(event.data.from, event.data.to);
    case 'DelmalClosed':
      return [change('closed', false, true), set('kommentar', event.data.kommentar)];
    default:
      return undefined;
  }
}
