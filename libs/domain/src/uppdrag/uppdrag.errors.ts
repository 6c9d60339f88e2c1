/** The uppdrag's refusals, worded for the person who sent the command. */
import { type Period, type Periodicitet } from '../period/period';
import { capitalisedPeriodLabel, periodicitetLabel, periodLabel } from '../period/period.labels';
import { DomainError } from '../shared/domain-error';
import { type UppdragLifecycle } from './uppdrag.status';

export const uppdragErrors = {
  notFound: () => new DomainError('UPPDRAG_NOT_FOUND', 'Uppdraget finns inte.'),

  alreadyRegistered: () =>
    new DomainError(
      'UPPDRAG_ALREADY_REGISTERED',
      'Ett uppdrag med det id:t är redan registrerat.',
      'data.uppdragId',
    ),

  notActive: (lifecycle: Exclude<UppdragLifecycle, 'aktivt'>) =>
    lifecycle === 'avslutat'
      ? new DomainError(
          'UPPDRAG_CLOSED',
          'Uppdraget är avslutat och kan inte längre rapporteras på eller ändras.',
        )
      : new DomainError(
          'UPPDRAG_WITHDRAWN',
          'Uppdraget är återkallat (inte längre aktuellt) och kan inte längre rapporteras på eller ändras.',
        ),

  recipientRequired: () =>
    new DomainError(
      'RECIPIENT_REQUIRED',
      'Uppdraget måste riktas till minst en nämnd eller beredning.',
      'data.riktasTill',
    ),

  samordnareNotARecipient: () =>
    new DomainError(
      'SAMORDNARE_NOT_A_RECIPIENT',
      'Den samordnande nämnden måste vara en av dem som uppdraget riktas till.',
      'data.samordnare',
    ),

  beslutsdatumAfterRegistration: (beslutsdatum: string, registeredOn: string) =>
    new DomainError(
      'BESLUTSDATUM_AFTER_REGISTRATION',
      `Beslutsdatum ${beslutsdatum} ligger efter registreringsdagen ${registeredOn}; ett uppdrag registreras efter beslutet.`,
      'data.origin.beslutsdatum',
    ),

  slutdatumBeforeRegistration: (slutdatum: string, registeredOn: string) =>
    new DomainError(
      'SLUTDATUM_BEFORE_REGISTRATION',
      `Slutdatum ${slutdatum} ligger före registreringsdagen ${registeredOn}.`,
      'data.slutdatum',
    ),

  slutdatumNotLater: (current: string, requested: string) =>
    new DomainError(
      'SLUTDATUM_NOT_LATER',
      `Nytt slutdatum (${requested}) måste ligga efter nuvarande slutdatum ${current}.`,
      'data.slutdatum',
    ),

  periodNotInPeriodicitet: (period: Period, periodicitet: Periodicitet) =>
    new DomainError(
      'PERIOD_NOT_IN_PERIODICITET',
      periodicitet === 'tertial'
        ? `Uppdraget rapporteras per tertial (${periodicitetLabel('tertial')}); ange perioden som t.ex. ${period.year}-T1, inte ${periodLabel(period)}.`
        : `Uppdraget rapporteras per månad; ange perioden som t.ex. ${period.year}-04, inte ${periodLabel(period)}.`,
      'data.period',
    ),

  periodOutsideUppdrag: (period: Period, registeredOn: string, slutdatum: string) =>
    new DomainError(
      'PERIOD_OUTSIDE_UPPDRAG',
      `${capitalisedPeriodLabel(period)} ligger utanför uppdragets tid (${registeredOn} – ${slutdatum}).`,
      'data.period',
    ),

  periodAlreadyReported: (period: Period) =>
    new DomainError(
      'PERIOD_ALREADY_REPORTED',
      `${capitalisedPeriodLabel(period)} är redan rapporterad. Vill du ändra rapporten, gör en rättelse och ange skälet; den ursprungliga rapporten finns kvar i historiken.`,
      'data.period',
    ),

  noReportForPeriod: (period: Period) =>
    new DomainError(
      'NO_REPORT_FOR_PERIOD',
      `Det finns ingen rapport för ${periodLabel(period)} att rätta. Rapportera perioden i stället.`,
      'data.period',
    ),

  organNotARecipient: (organId: string, riktasTill: readonly string[]) =>
    new DomainError(
      'ORGAN_NOT_A_RECIPIENT',
      `Uppdraget riktas inte till ${organId}; en del kan bara rapporteras för ett av mottagarna (${riktasTill.join(', ')}).`,
      'data.organId',
    ),

  partClosed: (organId: string) =>
    new DomainError(
      'UPPDRAG_PART_CLOSED',
      `Delen för ${organId} är avslutad och kan inte längre rapporteras på eller rättas; övriga mottagare rapporterar vidare.`,
      'data.organId',
    ),
};
