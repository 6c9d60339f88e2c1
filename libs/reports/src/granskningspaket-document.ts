/**
 * The auditor's package as a document: headings, lines and tables in reading order, in Swedish, with
 * people named. One layout, rendered to Word (granskningspaket-docx.ts) and PDF (granskningspaket-pdf.ts),
 * so the two say the same thing.
 */
import {
  ATGARD_STATUS_LABELS,
  type AtgardStatus,
  UPPSIKTSARENDE_KIND_LABELS,
  type UppsiktsarendeKind,
} from '@sparbar/domain';
import { type Granskningspaket, type PaketPaminnelse, personName } from './granskningspaket';

export type PaketBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  | { kind: 'text'; text: string; italics?: boolean }
  | { kind: 'table'; columns: string[]; rows: string[][] };

export function granskningspaketTitle(paket: Granskningspaket): string {
  return `Granskningspaket ${paket.organNamn} ${paket.year}`;
}

export function granskningspaketCutoffLine(paket: Granskningspaket): string {
  return `Underlag till och med loggposition ${paket.cutoff.position}, kedjehash ${paket.cutoff.hash}`;
}

const KIND_LABEL = { paminnelse: 'Påminnelse', eskalering: 'Eskalering' } as const;
const CHANNEL_LABEL: Record<string, string> = { epost: 'e-post', inkorg: 'inkorg' };
const arendeKind = (kind: string) => UPPSIKTSARENDE_KIND_LABELS[kind as UppsiktsarendeKind] ?? kind;
const atgardStatus = (status: string) =>
  (ATGARD_STATUS_LABELS[status as AtgardStatus] ?? status).toLowerCase();

/** "2023-05-12 10:04" from an ISO instant (UTC, as recorded). */
const instant = (iso: string) => `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
const days = (n: number | null) => (n === null ? '–' : n === 1 ? '1 dag' : `${n} dagar`);

function paminnelseRows(paket: Granskningspaket, sent: PaketPaminnelse[]): string[][] {
  return sent.map((p) => [
    p.period,
    KIND_LABEL[p.kind] ?? p.kind,
    `${personName(paket, p.recipientPersonId)} (${CHANNEL_LABEL[p.channel] ?? p.channel})`,
    instant(p.sentAt),
    p.deadline,
  ]);
}
const PAMINNELSE_COLUMNS = ['Period', 'Slag', 'Till', 'Skickad', 'Sista dag'];

export function granskningspaketDocument(paket: Granskningspaket): PaketBlock[] {
  const blocks: PaketBlock[] = [];
  const heading = (text: string, level: 1 | 2 = 1) => blocks.push({ kind: 'heading', level, text });
  const text = (line: string, italics = false) => blocks.push({ kind: 'text', text: line, italics });
  const table = (columns: string[], rows: string[][]) => blocks.push({ kind: 'table', columns, rows });
  const who = (personId: string) => personName(paket, personId);

  heading(granskningspaketTitle(paket));
  text(granskningspaketCutoffLine(paket), true);

  heading('Uppdrag, rapporter och påminnelser');
  if (paket.uppdrag.length === 0) text('Inga uppdrag riktade till organet.');
  for (const u of paket.uppdrag) {
    heading(`${u.text} (${u.uppdragId})`, 2);
    text(
      `Givet av ${u.givetAv}, planår ${u.planYear}; slutdatum ${u.slutdatum}${u.ended ? `; ${u.ended}` : ''}`,
    );
    if (u.rapporter.length === 0) text('Inga rapporter under året.');
    else
      table(
        ['Period', 'Status', 'Kommentar', 'Registrerad'],
        u.rapporter.map((r) => [
          r.period,
          r.event === 'corrected' ? `${r.statusText} (rättad: ${r.reason ?? ''})` : r.statusText,
          r.kommentar ?? '',
          `${instant(r.recordedAt)}\n${who(r.by)}`,
        ]),
      );
    if (u.svarstider.length > 0)
      table(
        ['Period', 'Sista dag', 'Rapporterad', 'Påminnelser', 'Eskaleringar', 'Från påminnelse till rapport'],
        u.svarstider.map((s) => [
          s.period,
          s.deadline,
          s.reportedOn === null ? 'Ej rapporterad' : `${s.reportedOn}${s.onTime ? '' : ' (för sent)'}`,
          String(s.paminnelser),
          String(s.eskaleringar),
          days(s.daysFromReminderToReport),
        ]),
      );
    if (u.paminnelser.length > 0) table(PAMINNELSE_COLUMNS, paminnelseRows(paket, u.paminnelser));
    else text('Inga påminnelser skickade under året.');
  }

  heading('Uppsiktsärenden');
  if (paket.uppsiktsarenden.length === 0) text('Inga uppsiktsärenden under året.');
  for (const a of paket.uppsiktsarenden) {
    heading(`${arendeKind(a.kind)} ${a.arendeId}, registrerat ${a.recordedOn}, svar senast ${a.dueDate}`, 2);
    text(a.text);
    if (a.svar.length === 0) text('Inget svar.');
    else {
      table(
        ['Svar', 'Datum', 'Av'],
        a.svar.map((s) => [s.text, `${s.answeredOn}${s.late ? ' (efter svarsdatum)' : ''}`, who(s.by)]),
      );
      text(`Första svaret kom efter ${days(a.daysToFirstAnswer)}.`);
    }
    if (a.paminnelser.length > 0) table(PAMINNELSE_COLUMNS, paminnelseRows(paket, a.paminnelser));
    if (a.closed) text(`Avslutat ${a.closed.closedOn}: ${a.closed.conclusion}`);
  }

  heading('Intern kontroll');
  const plan = paket.internkontrollplan;
  if (!plan) text('Ingen internkontrollplan för året.');
  else {
    text(
      plan.adoptedOn
        ? `Fastställd ${plan.adoptedOn}${plan.paragraf ? `, ${plan.paragraf}` : ''}`
        : 'Planen är inte fastställd.',
    );
    for (const c of plan.changesAfterAdoption)
      text(`Ändring efter fastställelse (${c.event}, ${instant(c.recordedAt)}): ${c.reason ?? ''}`);
    for (const risk of plan.risker) {
      heading(
        `${risk.text} (sannolikhet ${risk.sannolikhet}, konsekvens ${risk.konsekvens}, riskvärde ${risk.riskvarde})`,
        2,
      );
      table(
        ['Kontrollmoment', 'Resultat', 'Åtgärder', 'Påminnelser'],
        risk.kontrollmoment.map((k) => [
          `${k.vad}\n${k.hur}; ${k.vem}; ${k.frekvens}`,
          k.resultat
            .map(
              (r) =>
                `${r.period}: ${r.resultat === 'avvikelse' ? `Avvikelse: ${r.beskrivning ?? ''}` : 'Utan anmärkning'}`,
            )
            .join('\n'),
          k.atgarder
            .map(
              (a) => `${a.text} (${who(a.ansvarigPersonId)}, senast ${a.dueDate}, ${atgardStatus(a.status)})`,
            )
            .join('\n'),
          [
            ...k.paminnelser.map(
              (p) =>
                `${p.period}: ${KIND_LABEL[p.kind]} ${p.sentAt.slice(0, 10)} till ${who(p.recipientPersonId)}`,
            ),
            ...k.atgarder.flatMap((a) =>
              a.paminnelser.map(
                (p) =>
                  `Åtgärd ”${a.text}”: ${KIND_LABEL[p.kind]} ${p.sentAt.slice(0, 10)} till ${who(p.recipientPersonId)}`,
              ),
            ),
          ].join('\n'),
        ]),
      );
    }
  }
  return blocks;
}
