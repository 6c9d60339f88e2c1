/** The uppsiktsärende's refusals, worded for the person who sent the command. */
import { DomainError } from '../shared/domain-error';

export const uppsiktErrors = {
  notFound: () => new DomainError('UPPSIKTSARENDE_NOT_FOUND', 'Uppsiktsärendet finns inte.'),

  alreadyRecorded: () =>
    new DomainError(
      'UPPSIKTSARENDE_ALREADY_RECORDED',
      'Ett uppsiktsärende med det id:t finns redan.',
      'data.arendeId',
    ),

  closed: () =>
    new DomainError(
      'UPPSIKTSARENDE_CLOSED',
      'Uppsiktsärendet är avslutat; det kan inte längre besvaras eller ändras.',
    ),

  overRegionstyrelsen: () =>
    new DomainError(
      'UPPSIKT_OVER_REGIONSTYRELSEN',
      'Uppsiktsplikten gäller de andra nämnderna; regionstyrelsen kan inte ha uppsikt över sig själv.',
      'data.organId',
    ),

  dueDateBeforeRecorded: (dueDate: string, recordedOn: string) =>
    new DomainError(
      'DUE_DATE_BEFORE_RECORDED',
      `Svarsdatum ${dueDate} ligger före dagen ärendet registreras (${recordedOn}).`,
      'data.dueDate',
    ),
};
