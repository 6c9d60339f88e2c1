/**
 * What the nämnd's secretary, and regionstyrelsen's and fullmäktige's secretaries, record about a
 * period report. Each names its organ and period, so a handler can route it to the stream.
 */
import { type DomainCommand } from '../shared/decider';
import { type HandlingBody, type HandlingKind } from './faststallelse.events';

/** The nämnd adopted its report for the period at a meeting: date, § in its protokoll, diarienummer. */
export type AdoptPeriodReport = DomainCommand<
  'AdoptPeriodReport',
  {
    organId: string;
    period: string;
    meetingDate: string;
    paragraf: string;
    diarienummer?: string | null;
  }
>;

/**
 * Regionstyrelsen or fullmäktige received (anmält) or handled (behandlat) the adopted report.
 * `byOrganId` names the regionstyrelse or fullmäktige; the command handler checks its kind.
 */
export type RecordPeriodReportHandling = DomainCommand<
  'RecordPeriodReportHandling',
  {
    organId: string;
    period: string;
    by: HandlingBody;
    byOrganId: string;
    kind: HandlingKind;
    date: string;
    paragraf: string;
  }
>;

export type FaststallelseCommand = AdoptPeriodReport | RecordPeriodReportHandling;
