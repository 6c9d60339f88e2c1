/** What each uppdrag event means in words, and which fields it changed. */
import {
  periodicitetLabel,
  UPPDRAG_ORIGIN_LABELS,
  UPPDRAG_STATUS_PRESENTATION,
  type UppdragEvent,
  type UppdragReport,
  type UppdragStatus,
} from '@sparbar/domain';
import { change, type Described, differing, set } from './changes';
import { named, namedList, periodText } from './format';
import { type Names } from './names';

const status = (s: UppdragStatus) => UPPDRAG_STATUS_PRESENTATION[s]?.label ?? s;

export function describeUppdrag(event: UppdragEvent, names: Names): Described {
  switch (event.type) {
    case 'UppdragRegistered': {
      const d = event.data;
      const samordnare = d.samordnare ? `, ${named(names, 'organ', d.samordnare)} samordnar` : '';
      return {
        description:
          `Uppdrag registrerat (${UPPDRAG_ORIGIN_LABELS[d.origin.kind] ?? d.origin.kind}, ` +
          `${named(names, 'organ', d.origin.givenBy)}, planår ${d.origin.planYear}): ${d.text}. ` +
          `Riktas till ${namedList(names, 'organ', d.riktasTill)}${samordnare}; ` +
          `${periodicitetLabel(d.periodicitet)}; slutdatum ${d.slutdatum}; ` +
          `ansvarig ${named(names, 'person', d.ansvarigPersonId)}`,
        changes: [
          set('text', d.text),
          set('beskrivning', d.beskrivning),
          set('riktasTill', d.riktasTill),
          set('samordnare', d.samordnare),
          set('periodicitet', d.periodicitet),
          set('slutdatum', d.slutdatum),
          set('ansvarigPersonId', d.ansvarigPersonId),
          set('origin', d.origin),
        ],
      };
    }
    case 'UppdragAnsvarigChanged':
      return {
        description: `Ansvarig ändrad från ${named(names, 'person', event.data.from)} till ${named(names, 'person', event.data.to)}`,
        changes: [change('ansvarigPersonId', event.data.from, event.data.to)],
      };
    case 'UppdragPeriodicitetChanged':
      return {
        description: `Periodicitet ändrad från ${periodicitetLabel(event.data.from)} till ${periodicitetLabel(event.data.to)}`,
        changes: [change('periodicitet', event.data.from, event.data.to)],
      };
    case 'UppdragSlutdatumExtended':
      return {
        description: `Slutdatum förlängt från ${event.data.from} till ${event.data.to}`,
        changes: [change('slutdatum', event.data.from, event.data.to)],
      };
    case 'UppdragStatusReported':
      return {
        description: `Status rapporterad för ${periodText(event.data.period)}: ${status(event.data.status)}`,
        changes: [set('status', event.data.status), set('kommentar', event.data.kommentar)],
      };
    case 'UppdragReportCorrected':
      return {
        description: `Rapporten för ${periodText(event.data.period)} rättad: ${correction(event.data.from, event.data.to)}`,
        changes: differing(event.data.from, event.data.to),
      };
    case 'UppdragClosed':
      return {
        description: 'Uppdraget avslutat',
        changes: [change('lifecycle', 'aktivt', 'avslutat'), set('kommentar', event.data.kommentar)],
      };
    case 'UppdragWithdrawn':
      return {
        description: 'Uppdraget återkallat, inte längre aktuellt',
        changes: [change('lifecycle', 'aktivt', 'aterkallat')],
      };
  }
}

function correction(from: UppdragReport, to: UppdragReport): string {
  const parts: string[] = [];
  if (from.status !== to.status) parts.push(`${status(from.status)} → ${status(to.status)}`);
  else parts.push(`status oförändrad (${status(to.status)})`);
  if (from.kommentar !== to.kommentar) parts.push('kommentaren ändrad');
  return parts.join(', ');
}
