/** What each uppdrag event means in words, and which fields it changed. */
import {
  periodicitetLabel,
  reportedPart,
  UPPDRAG_ORIGIN_LABELS,
  UPPDRAG_STATUS_PRESENTATION,
  type UppdragEvent,
  type UppdragReport,
  type UppdragStatus,
} from '@sparbar/domain';
import { uppdragFieldChanges } from '@sparbar/projections/history/field-changes';
import { type Described } from './changes';
import { backdatedText, named, namedList, periodText } from './format';
import { type Names } from './names';

const status = (s: UppdragStatus) => UPPDRAG_STATUS_PRESENTATION[s]?.label ?? s;

export function describeUppdrag(event: UppdragEvent, names: Names): Described {
  return { description: sentence(event, names), changes: uppdragFieldChanges(event) ?? [] };
}

/** The uppdrag event in words; which fields it changed comes from the history read model's rules. */
function sentence(event: UppdragEvent, names: Names): string {
  switch (event.type) {
    case 'UppdragRegistered': {
      const d = event.data;
      const samordnare = d.samordnare ? `, ${named(names, 'organ', d.samordnare)} samordnar` : '';
      return (
        `Uppdrag registrerat (${UPPDRAG_ORIGIN_LABELS[d.origin.kind] ?? d.origin.kind}, ` +
        `${named(names, 'organ', d.origin.givenBy)}, planår ${d.origin.planYear}): ${d.text}. ` +
        `Riktas till ${namedList(names, 'organ', d.riktasTill)}${samordnare}; ` +
        `${periodicitetLabel(d.periodicitet)}; slutdatum ${d.slutdatum}; ` +
        `ansvarig ${named(names, 'person', d.ansvarigPersonId)}`
      );
    }
    case 'UppdragAnsvarigChanged':
      return `Ansvarig ändrad från ${named(names, 'person', event.data.from)} till ${named(names, 'person', event.data.to)}`;
    case 'UppdragPeriodicitetChanged':
      return `Periodicitet ändrad från ${periodicitetLabel(event.data.from)} till ${periodicitetLabel(event.data.to)}`;
    case 'UppdragSlutdatumExtended':
      return `Slutdatum förlängt från ${event.data.from} till ${event.data.to}`;
    case 'UppdragStatusReported':
      return `Status rapporterad för ${periodText(event.data.period)}${part(event.data, names)}: ${status(event.data.status)}`;
    case 'UppdragReportCorrected':
      return (
        `Rapporten för ${periodText(event.data.period)}${part(event.data, names)} rättad: ${correction(event.data.from, event.data.to)}` +
        backdatedText(event.data)
      );
    case 'UppdragPartClosed':
      return `Delen för ${named(names, 'organ', event.data.organId)} avslutad`;
    case 'UppdragClosed':
      return 'Uppdraget avslutat';
    case 'UppdragWithdrawn':
      return 'Uppdraget återkallat, inte längre aktuellt';
  }
}

/** A joint uppdrag's part names its organ; the joint report reads as before parts existed. */
function part(data: { organId?: string }, names: Names): string {
  const organId = reportedPart(data);
  return organId === null ? '' : ` (delen för ${named(names, 'organ', organId)})`;
}

function correction(from: UppdragReport, to: UppdragReport): string {
  const parts: string[] = [];
  if (from.status !== to.status) parts.push(`${status(from.status)} → ${status(to.status)}`);
  else parts.push(`status oförändrad (${status(to.status)})`);
  if (from.kommentar !== to.kommentar) parts.push('kommentaren ändrad');
  return parts.join(', ');
}
