/** The delmål's refusals, worded for the person who sent the command. */
import { type Period } from '../period/period';
import { capitalisedPeriodLabel, periodLabel } from '../period/period.labels';
import { DomainError } from '../shared/domain-error';

export const delmalErrors = {
  notFound: () => new DomainError('DELMAL_NOT_FOUND', 'Delmålet finns inte.'),

  alreadyDefined: () =>
    new DomainError('DELMAL_ALREADY_DEFINED', 'Ett delmål med det id:t finns redan.', 'data.delmalId'),

  closed: () =>
    new DomainError('DELMAL_CLOSED', 'Delmålet är avslutat och kan inte längre ändras eller följas upp.'),

  indikatorNotFound: () =>
    new DomainError(
      'INDIKATOR_NOT_FOUND',
      'Indikatorn finns inte under det här delmålet.',
      'data.indikatorId',
    ),

  indikatorAlreadyAdded: () =>
    new DomainError('INDIKATOR_ALREADY_ADDED', 'En indikator med det id:t finns redan.', 'data.indikatorId'),

  indikatorNameTaken: (namn: string) =>
    new DomainError(
      'INDIKATOR_NAME_TAKEN',
      `Delmålet har redan en indikator som heter "${namn}".`,
      'data.namn',
    ),

  baselineAfterPlanYear: (year: number, planYear: number) =>
    new DomainError(
      'BASELINE_AFTER_PLAN_YEAR',
      `Utgångsvärdets år (${year}) kan inte ligga efter planåret ${planYear}.`,
      'data.baseline.year',
    ),

  periodOutsidePlanYear: (period: Period, planYear: number) =>
    new DomainError(
      'PERIOD_OUTSIDE_PLAN_YEAR',
      `${capitalisedPeriodLabel(period)} ligger utanför delmålets planår ${planYear}.`,
      'data.period',
    ),

  utfallAlreadyRecorded: (period: Period) =>
    new DomainError(
      'UTFALL_ALREADY_RECORDED',
      `Utfall för ${periodLabel(period)} är redan registrerat. Vill du ändra det, gör en rättelse och ange skälet; det ursprungliga utfallet finns kvar i historiken.`,
      'data.period',
    ),

  noUtfallForPeriod: (period: Period) =>
    new DomainError(
      'NO_UTFALL_FOR_PERIOD',
      `Det finns inget utfall för ${periodLabel(period)} att rätta. Registrera utfallet i stället.`,
      'data.period',
    ),

  alreadyAssessed: (period: Period) =>
    new DomainError(
      'DELMAL_ALREADY_ASSESSED',
      `Delmålet är redan bedömt för ${periodLabel(period)}. Vill du ändra bedömningen, gör en rättelse och ange skälet; den ursprungliga bedömningen finns kvar i historiken.`,
      'data.period',
    ),

  noAssessmentForPeriod: (period: Period) =>
    new DomainError(
      'NO_ASSESSMENT_FOR_PERIOD',
      `Det finns ingen bedömning för ${periodLabel(period)} att rätta. Gör en bedömning i stället.`,
      'data.period',
    ),
};
