/**
 * What each uppsiktsärende event means in words: regionstyrelsen's ärende on an organ (and perhaps one
 * of its uppdrag or delmål), each answer of the organ, the conclusion it was closed with.
 */
import { UPPSIKTSARENDE_KIND_LABELS, type UppsiktEvent, type UppsiktItem } from '@sparbar/domain';
import { type Described } from './changes';
import { dateText } from './describe-paminnelse';
import { named } from './format';
import { type Names } from './names';

export function describeUppsikt(event: UppsiktEvent, names: Names): Described | undefined {
  switch (event.type) {
    case 'UppsiktsarendeRecorded': {
      const d = event.data;
      const kind = UPPSIKTSARENDE_KIND_LABELS[d.kind] ?? d.kind;
      return {
        description:
          `Uppsiktsärende registrerat om ${named(names, 'organ', d.organId)}${itemText(d.item)} ` +
          `(${kind}, ${named(names, 'organ', d.regionstyrelsenId)}): ${d.text}; svar senast ${dateText(d.dueDate)}`,
        changes: [
          { field: 'organId', from: null, to: d.organId },
          { field: 'item', from: null, to: d.item },
          { field: 'kind', from: null, to: d.kind },
          { field: 'text', from: null, to: d.text },
          { field: 'dueDate', from: null, to: d.dueDate },
        ],
      };
    }
    case 'UppsiktsarendeAnswered':
      return {
        description: `Svar på uppsiktsärende från ${named(names, 'organ', event.data.organId)} ${dateText(event.data.answeredOn)}: ${event.data.text}`,
        changes: [{ field: 'svar', from: null, to: event.data.text }],
      };
    case 'UppsiktsarendeClosed':
      return {
        description: `Uppsiktsärende avslutat ${dateText(event.data.closedOn)}: ${event.data.conclusion}`,
        changes: [{ field: 'conclusion', from: null, to: event.data.conclusion }],
      };
    default:
      return undefined;
  }
}

function itemText(item: UppsiktItem | null): string {
  if (!item) return '';
  return item.kind === 'uppdrag' ? `, uppdrag ${item.id}` : `, delmål ${item.id}`;
}
