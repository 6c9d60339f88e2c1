/**
 * How long an uppdrag's reports took: per period of the year that was reported on or reminded about,
 * the deadline, the first report and whether it was on time, and the days from the first reminder.
 */
import { businessDateOf, deadlineOf, parsePeriod } from '@sparbar/domain';
import { daysBetween } from './logged-event';
import { type PaketSvarstid, type PaketUppdrag } from './model';

/** The deadline of a report period by the default årshjul; the period as it is if it is not one. */
function reportDeadline(period: string): string {
  const parsed = parsePeriod(period);
  return parsed ? deadlineOf(parsed) : period;
}

export function svarstider(u: PaketUppdrag): PaketSvarstid[] {
  const periods = [...new Set([...u.rapporter.map((r) => r.period), ...u.paminnelser.map((p) => p.period)])];
  return periods
    .sort((a, b) => reportDeadline(a).localeCompare(reportDeadline(b)) || a.localeCompare(b))
    .map((period) => {
      const report = u.rapporter.find((r) => r.period === period && r.event === 'reported');
      const sent = u.paminnelser.filter((p) => p.period === period);
      const reminders = sent.filter((p) => p.kind === 'paminnelse');
      const deadline = sent[0]?.deadline ?? reportDeadline(period);
      const reportedOn = report ? businessDateOf(report.occurredAt) : null;
      const firstReminderOn = reminders.length > 0 ? businessDateOf(reminders[0].sentAt) : null;
      return {
        period,
        deadline,
        reportedOn,
        onTime: reportedOn === null ? null : reportedOn <= deadline,
        paminnelser: new Set(reminders.map((p) => businessDateOf(p.sentAt) + p.recipientPersonId)).size,
        eskaleringar: new Set(sent.filter((p) => p.kind === 'eskalering').map((p) => p.recipientPersonId))
          .size,
        firstReminderOn,
        daysFromReminderToReport:
          reportedOn !== null && firstReminderOn !== null && firstReminderOn <= reportedOn
            ? daysBetween(firstReminderOn, reportedOn)
            : null,
      };
    });
}
