/** A report as shown beside a form or in the joint view: period and status, kommentar, who and when. */
import { type Directory } from '../directory';
import { periodLabel, statusColour, statusLabel, timeLabel } from '../format';
import { StatusBadge } from '../ui';
import { type Report } from '../wire';

export function LatestReport({
  report,
  directory,
  none,
}: {
  report: Report | undefined;
  directory: Directory;
  none: string;
}) {
  if (!report) return <p className="muted">{none}</p>;
  return (
    <>
      <p>
        <strong>{periodLabel(report.period)}</strong>{' '}
        <StatusBadge colour={statusColour(report.status)}>{statusLabel(report.status)}</StatusBadge>
      </p>
      <p className="kommentar">{report.kommentar}</p>
      <p className="muted small">
        {directory.personName(report.correctedBy ?? report.reportedBy)},{' '}
        {timeLabel(report.correctedAt ?? report.reportedAt)}
      </p>
    </>
  );
}
