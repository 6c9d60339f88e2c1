/**
 * Which fields an uppdrag or delmål event changed, old → new: shared by the history read model and
 * the audit trail, so both always tell the same story. Built from the event alone: the events carry
 * the old value wherever they replace one.
 */
import { type DelmalEvent, reportedPart, type UppdragEvent } from '@sparbar/domain';

export type FieldChange = { field: string; from: unknown; to: unknown };

export const set = (field: string, to: unknown): FieldChange => ({ field, from: null, to });
export const change = (field: string, from: unknown, to: unknown): FieldChange => ({ field, from, to });

/** Only the fields that differ, for events that replace a whole group of values. */
export function differing(from: Record<string, unknown>, to: Record<string, unknown>): FieldChange[] {
  return Object.keys(to)
    .filter((k) => JSON.stringify(from[k]) !== JSON.stringify(to[k]))
    .map((k) => change(k, from[k] ?? null, to[k]));
}

/** The fields an uppdrag event changed; undefined for an event type this code does not know. */
export function uppdragFieldChanges(event: UppdragEvent): FieldChange[] | undefined {
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
      return [
        ...partField(event.data),
        set('status', event.data.status),
        set('kommentar', event.data.kommentar),
      ];
    case 'UppdragReportCorrected':
      return [...partField(event.data), ...differing(event.data.from, event.data.to)];
    case 'UppdragPartClosed':
      return [set('avslutadDel', event.data.organId), set('kommentar', event.data.kommentar)];
    case 'UppdragClosed':
      return [change('lifecycle', 'aktivt', 'avslutat'), set('kommentar', event.data.kommentar)];
    case 'UppdragWithdrawn':
      return [change('lifecycle', 'aktivt', 'aterkallat')];
    default:
      return undefined;
  }
}

/** A joint uppdrag's part names its organ; the joint report (no organ) reads as it always did. */
function partField(data: { organId?: string }): FieldChange[] {
  const organId = reportedPart(data);
  return organId === null ? [] : [set('organId', organId)];
}

/** The fields a delmål event changed; undefined for an event type this code does not know. */
export function delmalFieldChanges(event: DelmalEvent): FieldChange[] | undefined {
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
