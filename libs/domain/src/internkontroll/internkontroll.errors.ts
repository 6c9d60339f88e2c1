/** The internkontrollplan's refusals, worded for the person who sent the command. */
import { DomainError } from '../shared/domain-error';

export const internkontrollErrors = {
  notFound: () =>
    new DomainError('INTERNKONTROLLPLAN_NOT_FOUND', 'Nämnden har ingen internkontrollplan för det året.'),

  alreadyCreated: () =>
    new DomainError(
      'INTERNKONTROLLPLAN_ALREADY_CREATED',
      'Nämnden har redan en internkontrollplan för det året.',
      'data.year',
    ),

  alreadyAdopted: (adoptedOn: string) =>
    new DomainError(
      'INTERNKONTROLLPLAN_ALREADY_ADOPTED',
      `Internkontrollplanen fastställdes ${adoptedOn}; ändringar i den görs med skäl, som ändringar av en fastställd plan.`,
    ),

  notAdopted: () =>
    new DomainError(
      'INTERNKONTROLLPLAN_NOT_ADOPTED',
      'Internkontrollplanen är inte fastställd än; resultat av kontrollerna kan rapporteras först när nämnden fastställt planen.',
    ),

  incomplete: () =>
    new DomainError(
      'INTERNKONTROLLPLAN_INCOMPLETE',
      'Planen kan inte fastställas förrän den har minst en risk och varje risk har minst ett kontrollmoment.',
    ),

  adoptionInFuture: (adoptedOn: string, today: string) =>
    new DomainError(
      'ADOPTION_DATE_IN_FUTURE',
      `Beslutsdatum ${adoptedOn} ligger efter i dag (${today}); en plan fastställs när nämnden har beslutat.`,
      'data.adoptedOn',
    ),

  riskNotFound: (riskId: string) =>
    new DomainError('RISK_NOT_FOUND', `Risken "${riskId}" finns inte i planen.`, 'data.riskId'),

  riskAlreadyAdded: () =>
    new DomainError('RISK_ALREADY_ADDED', 'En risk med det id:t finns redan i planen.', 'data.riskId'),

  kontrollmomentNotFound: (kontrollmomentId: string) =>
    new DomainError(
      'KONTROLLMOMENT_NOT_FOUND',
      `Kontrollmomentet "${kontrollmomentId}" finns inte i planen.`,
      'data.kontrollmomentId',
    ),

  kontrollmomentAlreadyAdded: () =>
    new DomainError(
      'KONTROLLMOMENT_ALREADY_ADDED',
      'Ett kontrollmoment med det id:t finns redan i planen.',
      'data.kontrollmomentId',
    ),

  resultAlreadyRecorded: (period: string) =>
    new DomainError(
      'KONTROLLRESULTAT_ALREADY_RECORDED',
      `Resultatet för perioden ${period} är redan rapporterat för kontrollmomentet.`,
      'data.period',
    ),

  avvikelseNeedsDescription: () =>
    new DomainError(
      'AVVIKELSE_DESCRIPTION_REQUIRED',
      'En avvikelse måste beskrivas: vad kontrollen visade.',
      'data.beskrivning',
    ),

  noAvvikelse: (period: string) =>
    new DomainError(
      'NO_AVVIKELSE_FOR_PERIOD',
      `Kontrollmomentet har ingen avvikelse för perioden ${period}; åtgärder gäller avvikelser.`,
      'data.period',
    ),

  atgardNotFound: (atgardId: string) =>
    new DomainError('ATGARD_NOT_FOUND', `Åtgärden "${atgardId}" finns inte i planen.`, 'data.atgardId'),

  atgardAlreadyAdded: () =>
    new DomainError('ATGARD_ALREADY_ADDED', 'En åtgärd med det id:t finns redan.', 'data.atgardId'),

  atgardDueNotAfterAvvikelse: (dueDate: string, avvikelseOn: string) =>
    new DomainError(
      'ATGARD_DUE_NOT_AFTER_AVVIKELSE',
      `Åtgärdens slutdatum ${dueDate} måste ligga efter dagen avvikelsen rapporterades (${avvikelseOn}).`,
      'data.dueDate',
    ),

  atgardDone: () =>
    new DomainError(
      'ATGARD_DONE',
      'Åtgärden är klar och kan inte ändras; behövs mer, lägg till en ny åtgärd.',
      'data.status',
    ),
};
