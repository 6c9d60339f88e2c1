/** The adoption's refusals, worded for the secretary who sent the command. */
import { DomainError } from '../shared/domain-error';
import { capitalisedPeriodLabel } from '../period/period.labels';
import { type Period } from '../period/period';
import { type Beslut } from './faststallelse.events';

export const faststallelseErrors = {
  alreadyAdopted: (latest: Beslut) =>
    new DomainError(
      'PERIOD_REPORT_ALREADY_ADOPTED',
      `Rapporten fastställdes ${latest.meetingDate} § ${latest.paragraf}. En ny fastställelse måste ske vid ett senare sammanträde.`,
      'data.meetingDate',
    ),

  notAdopted: () =>
    new DomainError(
      'PERIOD_REPORT_NOT_ADOPTED',
      'Rapporten är inte fastställd av nämnden än; den kan inte anmälas eller behandlas före fastställandet.',
    ),

  dateInFuture: (date: string, today: string, field: string) =>
    new DomainError(
      'ADOPTION_DATE_IN_FUTURE',
      `Datumet ${date} ligger efter i dag (${today}); ett beslut registreras när sammanträdet har hållits.`,
      field,
    ),

  beforePeriodEnd: (period: Period, lastDay: string) =>
    new DomainError(
      'ADOPTION_BEFORE_PERIOD_END',
      `${capitalisedPeriodLabel(period)} slutar ${lastDay}; rapporten kan fastställas först efter periodens slut.`,
      'data.meetingDate',
    ),

  handlingBeforeAdoption: (date: string, adoptedOn: string) =>
    new DomainError(
      'HANDLING_BEFORE_ADOPTION',
      `Datumet ${date} ligger före nämndens fastställande ${adoptedOn}.`,
      'data.date',
    ),
};
