/**
 * The Swedish text of a reminder and of an escalation: the item, the period, the deadline, a link. An
 * uppdrag's goes to its ansvarig (escalation: its organs' secretaries) and asks for a report; a
 * delmål's goes to its nämnd's secretaries and asks for a bedömning. An uppsiktsärende's and a
 * kontrollmoment's: oversight-text.ts.
 */
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

/** The subject of a delmål's e-mail and the title in the inbox; without the delmål's text if unknown. */
export function delmalReminderSubject(
  kind: PaminnelseKind,
  period: string,
  deadline: string,
  delmalText: string | null,
): string {
  const label = midSentence(periodLabel(requirePeriod(period, 'period')));
  const delmal = delmalText === null ? 'delmål' : `delmålet "${delmalText}"`;
  return kind === 'paminnelse'
    ? `Påminnelse: bedömning av ${delmal} för ${label}, senast ${swedishDate(deadline)}`
    : `Bedömning saknas: ${delmal} för ${label}, sista dag var ${swedishDate(deadline)}`;
}

export interface DelmalTextInput {
  kind: PaminnelseKind;
  recipientName: string;
  delmalText: string;
  delmalId: string;
  period: string;
  deadline: string;
  daysLeft: number;
  baseUrl: string;
}

export function delmalReminderText(input: DelmalTextInput): ReminderText {
  const period = midSentence(periodLabel(requirePeriod(input.period, 'period')));
  const deadline = swedishDate(input.deadline);
  const subject = delmalReminderSubject(input.kind, input.period, input.deadline, input.delmalText);
  const link = `${input.baseUrl.replace(/\/$/, '')}/delmal/${encodeURIComponent(input.delmalId)}?period=${input.period}`;
  const lines =
    input.kind === 'paminnelse'
      ? [
          `Delmålet "${input.delmalText}" ska bedömas för ${period} senast ${deadline} (${daysLeftText(input.daysLeft)}).`,
          'Du får påminnelsen som sekreterare i nämnden som delmålet hör till.',
          '',
          `Skriv bedömning, prognos och kommentar här: ${link}`,
        ]
      : [
          `Bedömningen av delmålet "${input.delmalText}" för ${period} skulle ha lämnats senast ${deadline} men saknas.`,
          '',
          `Se delmålet: ${link}`,
        ];
  return {
    subject,
    text: [`Hej ${input.recipientName}!`, '', ...lines, '', 'Vänliga hälsningar', 'Spårbar'].join('\n'),
  };
}

/** "tertial 1 2023" inside a sentence (month names are already lower case). */
export function midSentence(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1);
}

export function daysLeftText(daysLeft: number): string {
  return daysLeft <= 0 ? 'i dag' : daysLeft === 1 ? 'i morgon' : `om ${daysLeft} dagar`;
}

export function reminderText(input: TextInput): ReminderText {
  const period = periodLabel(requirePeriod(input.period, 'period'));
  const deadline = swedishDate(input.deadline);
  const subject = reminderSubject(input.kind, input.period, input.deadline);
  const link = `${input.baseUrl.replace(/\/$/, '')}/uppdrag/${encodeURIComponent(input.uppdragId)}?period=${input.period}`;
  if (input.kind === 'paminnelse') {
    const left = daysLeftText(input.daysLeft);
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
