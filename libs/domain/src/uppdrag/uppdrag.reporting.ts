/**
 * Reporting on an uppdrag: the status and kommentar per period, and corrections of earlier reports.
 *
 * A period is reported once. Reporting it again is refused with PERIOD_ALREADY_REPORTED, pointing the
 * user to a correction: a correction needs a reason and keeps the original in the log, which is what an
 * auditor must be able to see ("who changed the April report after the deadline, and why").
 * On a joint uppdrag each recipient's part is reported, and corrected, on its own (uppdrag.parts.ts):
 * HSN and RS can report the same period differently.
 */
import { businessDateOf } from '../shared/dates';
import { fitsPeriodicitet, formatPeriod, type Period, requirePeriod } from '../period/period';
import { overlaps } from '../period/period.calendar';
import { requirePeriodStarted } from '../period/period.errors';
import { lookup } from '../shared/records';
import { requireOneOf, requireReason, requireText, TEXT_LIMITS } from '../shared/validate';
import { type CorrectUppdragReport, type ReportUppdragStatus } from './uppdrag.commands';
import { uppdragErrors } from './uppdrag.errors';
import { type UppdragEvent, type UppdragReport } from './uppdrag.events';
import { partRef, reportsOf, requireReportPart } from './uppdrag.parts';
import { type Uppdrag } from './uppdrag.state';
import { UPPDRAG_STATUSES } from './uppdrag.status';

export function reportStatus({ data, metadata }: ReportUppdragStatus, uppdrag: Uppdrag): UppdragEvent[] {
  const part = requireReportPart(data.organId, uppdrag, metadata.actor);
  const period = requireReportablePeriod(data.period, uppdrag, businessDateOf(metadata.now));
  const key = formatPeriod(period);
  if (lookup(reportsOf(uppdrag, part), key) !== undefined) throw uppdragErrors.periodAlreadyReported(period);
  const report = requireReport(data);
  return [
    {
      type: 'UppdragStatusReported',
      data: { uppdragId: uppdrag.uppdragId, period: key, ...report, ...partRef(part) },
    },
  ];
}

/**
 * The period rules apply to the original report only: a correction of a month reported before the
 * periodicitet became tertial is still a correction of that month.
 */
export function correctReport({ data, metadata }: CorrectUppdragReport, uppdrag: Uppdrag): UppdragEvent[] {
  const part = requireReportPart(data.organId, uppdrag, metadata.actor);
  const period = requirePeriod(data.period);
  const key = formatPeriod(period);
  const from = lookup(reportsOf(uppdrag, part), key);
  if (from === undefined) throw uppdragErrors.noReportForPeriod(period);
  const to = requireReport(data);
  const reason = requireReason(data.reason, 'data.reason', 'Skäl till rättelsen');
  if (to.status === from.status && to.kommentar === from.kommentar) return [];
  return [
    {
      type: 'UppdragReportCorrected',
      data: { uppdragId: uppdrag.uppdragId, period: key, from: { ...from }, to, reason, ...partRef(part) },
    },
  ];
}

/**
 * A report is for a period of the uppdrag's periodicitet that overlaps its life (registration day to
 * slutdatum) and has begun.
 */
function requireReportablePeriod(value: unknown, uppdrag: Uppdrag, today: string): Period {
  const period = requirePeriod(value);
  if (!fitsPeriodicitet(period, uppdrag.periodicitet)) {
    throw uppdragErrors.periodNotInPeriodicitet(period, uppdrag.periodicitet);
  }
  if (!overlaps(period, uppdrag.registeredOn, uppdrag.slutdatum)) {
    throw uppdragErrors.periodOutsideUppdrag(period, uppdrag.registeredOn, uppdrag.slutdatum);
  }
  requirePeriodStarted(period, today);
  return period;
}

/** The kommentar is the substance of a report (auditors criticise empty ones), so it is required. */
function requireReport(data: { status: unknown; kommentar: unknown }): UppdragReport {
  return {
    status: requireOneOf(data.status, UPPDRAG_STATUSES, 'data.status', 'Status'),
    kommentar: requireText(data.kommentar, 'data.kommentar', 'Kommentaren', TEXT_LIMITS.kommentar),
  };
}
