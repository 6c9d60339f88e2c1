/** What each delmål and indikator event means in words, and which fields it changed. */
import {
  type Bedomning,
  DELMAL_BEDOMNING_PRESENTATION,
  type DelmalBedomning,
  type DelmalEvent,
  INDIKATOR_BEDOMNING_PRESENTATION,
  type IndikatorMatning,
  PROGNOS_LABELS,
  RIKTNING_LABELS,
} from '@sparbar/domain';
import { delmalFieldChanges } from '@sparbar/projections/history/field-changes';
import { type Described } from './changes';
import { backdatedText, formatNumber, named, numberOrMissing, periodText } from './format';
import { indikatorKey, type Names } from './names';

const indikatorLabel = (b: Bedomning) => INDIKATOR_BEDOMNING_PRESENTATION[b]?.label ?? b;
const delmalLabel = (b: Bedomning) => DELMAL_BEDOMNING_PRESENTATION[b]?.label ?? b;
const prognosLabel = (b: Bedomning) => PROGNOS_LABELS[b] ?? b;

export function describeDelmal(event: DelmalEvent, names: Names): Described {
  return { description: sentence(event, names), changes: delmalFieldChanges(event) ?? [] };
}

/** The delmål event in words; which fields it changed comes from the history read model's rules. */
function sentence(event: DelmalEvent, names: Names): string {
  const indikator = (delmalId: string, indikatorId: string) =>
    names.nameOr('indikator', indikatorKey(delmalId, indikatorId), indikatorId);
  switch (event.type) {
    case 'DelmalDefined': {
      const d = event.data;
      return `Delmål definierat för ${named(names, 'organ', d.organId)}, planår ${d.planYear}, under ${d.regionmal.namn}: ${d.text}`;
    }
    case 'IndikatorAdded': {
      const { namn, enhet, baseline, malvarde, riktning } = event.data;
      const base = baseline ? `; utfall ${baseline.year}: ${formatNumber(baseline.value)}` : '';
      return (
        `Indikator tillagd: ${namn}${enhet ? ` (${enhet})` : ''}; målvärde ${numberOrMissing(malvarde)}` +
        `${base}; ${(RIKTNING_LABELS[riktning] ?? riktning).toLowerCase()}`
      );
    }
    case 'IndikatorMalvardeChanged':
      return `Målvärde för ${indikator(event.data.delmalId, event.data.indikatorId)} ändrat från ${numberOrMissing(event.data.from)} till ${numberOrMissing(event.data.to)}`;
    case 'IndikatorUtfallRecorded':
      return (
        `Utfall för ${periodText(event.data.period)} rapporterat för ${indikator(event.data.delmalId, event.data.indikatorId)}: ` +
        `${numberOrMissing(event.data.utfall)} (${indikatorLabel(event.data.bedomning)})`
      );
    case 'IndikatorUtfallCorrected':
      return (
        `Utfall för ${periodText(event.data.period)} rättat för ${indikator(event.data.delmalId, event.data.indikatorId)}: ` +
        matningChange(event.data.from, event.data.to) +
        backdatedText(event.data)
      );
    case 'DelmalAssessed':
      return `Delmål bedömt för ${periodText(event.data.period)}: ${delmalLabel(event.data.bedomning)}; prognos: ${prognosLabel(event.data.prognos)}`;
    case 'DelmalAssessmentCorrected':
      return (
        `Bedömningen för ${periodText(event.data.period)} rättad: ${assessmentChange(event.data.from, event.data.to)}` +
        backdatedText(event.data)
      );
    case 'DelmalClosed':
      return 'Delmålet avslutat';
  }
}

function matningChange(from: IndikatorMatning, to: IndikatorMatning): string {
  const value = `${numberOrMissing(from.utfall)} → ${numberOrMissing(to.utfall)}`;
  return from.bedomning === to.bedomning
    ? `${value} (${indikatorLabel(to.bedomning)})`
    : `${value} (${indikatorLabel(from.bedomning)} → ${indikatorLabel(to.bedomning)})`;
}

function assessmentChange(from: DelmalBedomning, to: DelmalBedomning): string {
  const parts: string[] = [];
  if (from.bedomning !== to.bedomning)
    parts.push(`${delmalLabel(from.bedomning)} → ${delmalLabel(to.bedomning)}`);
  if (from.prognos !== to.prognos)
    parts.push(`prognos ${prognosLabel(from.prognos)} → ${prognosLabel(to.prognos)}`);
  if (from.kommentar !== to.kommentar) parts.push('kommentaren ändrad');
  return parts.length > 0 ? parts.join(', ') : 'inget ändrat';
}
