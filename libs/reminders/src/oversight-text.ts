/**
 * The Swedish text of the reminders of regionstyrelsen's uppsikt and of a nämnd's intern kontroll: an
 * uppsiktsärende's reminder asks the organ's secretaries for the answer regionstyrelsen requested (no
 * period: one answer), its escalation tells regionstyrelsen's secretaries it is missing; a
 * kontrollmoment's asks whoever carries out the control for the period's result; an åtgärd's asks its
 * responsible to get it done by its due date. Each names the item,
 * the period, the deadline and links to it.
 */
import { kontrollPeriodLabel, type PaminnelseKind, parseKontrollPeriod } from '@sparbar/domain';
import { daysLeftText, midSentence, type ReminderText, swedishDate } from './reminder-text';

/** An uppsiktsärende's subject and inbox title; without its text when unknown. */
export function uppsiktReminderSubject(
  kind: PaminnelseKind,
  deadline: string,
  arendeText: string | null,
): string {
  const arende = arendeText === null ? 'uppsiktsärende' : `uppsiktsärendet "${arendeText}"`;
  return kind === 'paminnelse'
    ? `Påminnelse: svar på ${arende}, senast ${swedishDate(deadline)}`
    : `Svar saknas: ${arende}, sista dag var ${swedishDate(deadline)}`;
}

export interface UppsiktTextInput {
  kind: PaminnelseKind;
  recipientName: string;
  arendeText: string;
  /** What regionstyrelsen asked for: "Begäran om information". */
  arendeKindLabel: string;
  arendeId: string;
  deadline: string;
  daysLeft: number;
  baseUrl: string;
}

export function uppsiktReminderText(input: UppsiktTextInput): ReminderText {
  const deadline = swedishDate(input.deadline);
  const link = `${input.baseUrl.replace(/\/$/, '')}/uppsikt/${encodeURIComponent(input.arendeId)}`;
  const lines =
    input.kind === 'paminnelse'
      ? [
          `Regionstyrelsen väntar på svar i uppsiktsärendet "${input.arendeText}" (${input.arendeKindLabel.toLowerCase()}).`,
          `Svaret ska lämnas senast ${deadline} (${daysLeftText(input.daysLeft)}).`,
          'Du får påminnelsen som sekreterare i organet som ärendet gäller.',
          '',
          `Skriv svaret här: ${link}`,
        ]
      : [
          `Svaret i uppsiktsärendet "${input.arendeText}" (${input.arendeKindLabel.toLowerCase()}) skulle ha lämnats senast ${deadline} men saknas.`,
          '',
          `Se ärendet: ${link}`,
        ];
  return {
    subject: uppsiktReminderSubject(input.kind, input.deadline, input.arendeText),
    text: [`Hej ${input.recipientName}!`, '', ...lines, '', 'Vänliga hälsningar', 'Spårbar'].join('\n'),
  };
}

/** "april 2023", "tertial 1 2023", "år 2023": the period a kontrollmoment's result is for. */
function kontrollPeriodText(period: string): string {
  const parsed = parseKontrollPeriod(period);
  return parsed ? midSentence(kontrollPeriodLabel(parsed)) : period;
}

/** A kontrollmoment's subject and inbox title; without its text when unknown. */
export function kontrollmomentReminderSubject(
  kind: PaminnelseKind,
  period: string,
  deadline: string,
  vad: string | null,
): string {
  const moment = vad === null ? 'kontrollmoment' : `kontrollmomentet "${vad}"`;
  const label = kontrollPeriodText(period);
  return kind === 'paminnelse'
    ? `Påminnelse: resultat av ${moment} för ${label}, senast ${swedishDate(deadline)}`
    : `Resultat saknas: ${moment} för ${label}, sista dag var ${swedishDate(deadline)}`;
}

export interface KontrollmomentTextInput {
  kind: PaminnelseKind;
  recipientName: string;
  /** Whether the recipient is the one the kontrollmoment names (else a secretary of the nämnd). */
  responsible: boolean;
  vad: string;
  hur: string;
  vem: string;
  organId: string;
  year: number;
  kontrollmomentId: string;
  period: string;
  deadline: string;
  daysLeft: number;
  baseUrl: string;
}

export function kontrollmomentReminderText(input: KontrollmomentTextInput): ReminderText {
  const period = kontrollPeriodText(input.period);
  const deadline = swedishDate(input.deadline);
  const base = input.baseUrl.replace(/\/$/, '');
  const query = `kontrollmoment=${encodeURIComponent(input.kontrollmomentId)}&period=${input.period}`;
  const link = `${base}/internkontroll/${encodeURIComponent(input.organId)}/${input.year}?${query}`;
  const moment = `Kontrollmomentet "${input.vad}" i internkontrollplanen ${input.year}`;
  const lines =
    input.kind === 'paminnelse'
      ? [
          `${moment} ska ha ett resultat för ${period} senast ${deadline} (${daysLeftText(input.daysLeft)}).`,
          `Så kontrolleras det: ${input.hur}`,
          input.responsible
            ? 'Du får påminnelsen som ansvarig för kontrollen.'
            : `Du får påminnelsen som sekreterare i nämnden; kontrollen görs av: ${input.vem}.`,
          '',
          `Registrera resultatet (utan anmärkning eller avvikelse) här: ${link}`,
        ]
      : [
          `Resultatet av ${moment.charAt(0).toLowerCase()}${moment.slice(1)} för ${period} skulle ha registrerats senast ${deadline} men saknas.`,
          `Kontrollen görs av: ${input.vem}.`,
          '',
          `Se internkontrollplanen: ${link}`,
        ];
  return {
    subject: kontrollmomentReminderSubject(input.kind, input.period, input.deadline, input.vad),
    text: [`Hej ${input.recipientName}!`, '', ...lines, '', 'Vänliga hälsningar', 'Spårbar'].join('\n'),
  };
}

/** An åtgärd's subject and inbox title; without its text when unknown. */
export function atgardReminderSubject(deadline: string, text: string | null): string {
  const atgard = text === null ? 'åtgärd' : `åtgärden "${text}"`;
  return `Påminnelse: ${atgard} ska vara klar senast ${swedishDate(deadline)}`;
}

export interface AtgardTextInput {
  recipientName: string;
  /** Whether the recipient is the åtgärd's responsible (else a secretary of the nämnd). */
  responsible: boolean;
  text: string;
  /** "Planerad", "Pågår". */
  statusLabel: string;
  /** The kontrollmoment whose avvikelse it remedies. */
  vad: string;
  organId: string;
  year: number;
  atgardId: string;
  period: string;
  deadline: string;
  daysLeft: number;
  baseUrl: string;
}

export function atgardReminderText(input: AtgardTextInput): ReminderText {
  const base = input.baseUrl.replace(/\/$/, '');
  const link = `${base}/internkontroll/${encodeURIComponent(input.organId)}/${input.year}?atgard=${encodeURIComponent(input.atgardId)}`;
  const lines = [
    `Åtgärden "${input.text}" efter avvikelsen i kontrollmomentet "${input.vad}" för ${kontrollPeriodText(input.period)} ska vara klar senast ${swedishDate(input.deadline)} (${daysLeftText(input.daysLeft)}).`,
    `Den står nu som ${input.statusLabel.toLowerCase()}.`,
    input.responsible
      ? 'Du får påminnelsen som ansvarig för åtgärden.'
      : 'Du får påminnelsen som sekreterare i nämnden; den ansvariga finns inte (längre) i Spårbar.',
    '',
    `Ändra åtgärdens status här: ${link}`,
  ];
  return {
    subject: atgardReminderSubject(input.deadline, input.text),
    text: [`Hej ${input.recipientName}!`, '', ...lines, '', 'Vänliga hälsningar', 'Spårbar'].join('\n'),
  };
}
