/** The Swedish text of a reminder and of an escalation: the item, the period, the deadline, a link. */
import { type PaminnelseKind, periodLabel, requirePeriod } from '@sparbar/domain';

export interface ReminderText {
  subject: string;
  text: string;
}

export interface TextInput {
  kind: PaminnelseKind;
  recipientName: string;
  uppdragText: string;
  uppdragId: string;
  period: string;
  deadline: string;
  ansvarigName: string;
  /** Whole days left until the deadline (reminders). */
  daysLeft: number;
  baseUrl: string;
}

const longDate = new Intl.DateTimeFormat('sv-SE', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function swedishDate(date: string): string {
  return longDate.format(new Date(`${date}T12:00:00Z`));
}

/** The subject of the e-mail, and the title of the entry in the inbox. */
export function reminderSubject(kind: PaminnelseKind, period: string, deadline: string): string {
  const label = periodLabel(requirePeriod(period, 'period'));
  return kind === 'paminnelse'
    ? `Påminnelse: rapport för ${label} senast ${swedishDate(deadline)}`
    : `Rapport saknas: ${label}, sista dag var ${swedishDate(deadline)}`;
}

export function reminderText(input: TextInput): ReminderText {
  const period = periodLabel(requirePeriod(input.period, 'period'));
  const deadline = swedishDate(input.deadline);
  const subject = reminderSubject(input.kind, input.period, input.deadline);
  const link = `${input.baseUrl.replace(/\/$/, '')}/uppdrag/${encodeURIComponent(input.uppdragId)}?period=${input.period}`;
  if (input.kind === 'paminnelse') {
    const left =
      input.daysLeft <= 0 ? 'i dag' : input.daysLeft === 1 ? 'i morgon' : `om ${input.daysLeft} dagar`;
    return {
      subject,
      text: [
        `Hej ${input.recipientName}!`,
        '',
        `Du är ansvarig för uppdraget "${input.uppdragText}".`,
        `Rapporten för ${period} ska vara inlämnad senast ${deadline} (${left}).`,
        '',
        `Skriv status och kommentar här: ${link}`,
        '',
        'Vänliga hälsningar',
        'Spårbar',
      ].join('\n'),
    };
  }
  return {
    subject,
    text: [
      `Hej ${input.recipientName}!`,
      '',
      `Rapporten för ${period} om uppdraget "${input.uppdragText}" skulle ha lämnats senast ${deadline} men saknas.`,
      `Ansvarig tjänsteperson: ${input.ansvarigName}.`,
      '',
      `Se uppdraget: ${link}`,
      '',
      'Vänliga hälsningar',
      'Spårbar',
    ].join('\n'),
  };
}
