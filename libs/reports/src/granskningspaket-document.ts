/**
 * The auditor's package as a document: headings, lines and tables in reading order, in Swedish, with
 * people named. One layout, rendered to Word (granskningspaket-docx.ts) and PDF (granskningspaket-pdf.ts),
 * so the two say the same thing.
 */
import {
  adoptionLabel,
  ATGARD_STATUS_LABELS,
  changedAfterAdoptionText,
  handlingLabel,
  type HandlingBody,
  type HandlingKind,
  type AtgardStatus,
  BUSINESS_TIME_ZONE,
  businessDateOf,
  FREKVENS_LABELS,
  type Frekvens,
  kontrollPeriodLabel,
  parseKontrollPeriod,
  UPPSIKTSARENDE_KIND_LABELS,
  type UppsiktsarendeKind,
} from '@sparbar/domain';
import { type Granskningspaket, organName, type PaketPaminnelse, personName } from './granskningspaket/model';
import { cutoffDateText } from './formats/footer';
import { cutoffInWords } from './uppdrag-table';

export type PaketBlock =
  | { kind: 'heading'; level: 1 | 2; text: string }
  /** `footnote`: said at the foot of the page in Word, in the PDF's appendix. */
  | { kind: 'text'; text: string; italics?: boolean; footnote?: string }
  | { kind: 'table'; columns: string[]; rows: string[][] };

export function granskningspaketTitle(paket: Granskningspaket): string {
  return `Granskningspaket ${paket.organNamn} ${paket.year}`;
}

/** The cutoff in words; the renderers print it as a footnote (Word) or an appendix (PDF). */
export function granskningspaketCutoffLine(paket: Granskningspaket): string {
  return cutoffInWords(paket.cutoff);
}

/** "april 2023", "Tertial 1 2023", "år 2023"; an uppsiktsärende's `svar` as "svar". */
const period = (value: string) => {
  const parsed = parseKontrollPeriod(value);
  return parsed ? kontrollPeriodLabel(parsed) : value;
};
const frekvens = (value: string) => FREKVENS_LABELS[value as Frekvens]?.toLowerCase() ?? value;

const KIND_LABEL = { paminnelse: 'Påminnelse', eskalering: 'Eskalering' } as const;
const CHANNEL_LABEL: Record<string, string> = { epost: 'e-post', inkorg: 'inkorg' };
const arendeKind = (kind: string) => UPPSIKTSARENDE_KIND_LABELS[kind as UppsiktsarendeKind] ?? kind;
const atgardStatus = (status: string) =>
  (ATGARD_STATUS_LABELS[status as AtgardStatus] ?? status).toLowerCase();

const SWEDISH_TIME = new Intl.DateTimeFormat('sv-SE', {
  timeZone: BUSINESS_TIME_ZONE,
  dateStyle: 'short',
  timeStyle: 'short',
});
/** "2023-05-12 10:04" from an ISO instant, in Swedish time. */
const instant = (iso: string) => SWEDISH_TIME.format(new Date(iso));

/** When a report was made: its business date, and when it was recorded if that was another day. */
function reportedWhen(r: { occurredAt: string; recordedAt: string }): string {
  const day = businessDateOf(r.occurredAt);
  return businessDateOf(r.recordedAt) === day
    ? instant(r.recordedAt)
    : `${day} (registrerad ${instant(r.recordedAt)})`;
}
/** A change to an adopted plan in words; the event's type is a key no reader should see. */
const PLAN_CHANGES: Record<string, string> = {
  RiskAdded: 'risk tillagd',
  RiskReassessed: 'risk omvärderad',
  KontrollmomentAdded: 'kontrollmoment tillagt',
  KontrollresultatRecorded: 'kontrollresultat registrerat',
  AtgardAdded: 'åtgärd tillagd',
  AtgardStatusChanged: 'åtgärdens status ändrad',
};
const planChange = (event: string) => PLAN_CHANGES[event] ?? 'ändring';
const days = (n: number | null) => (n === null ? '–' : n === 1 ? '1 dag' : `${n} dagar`);

function paminnelseRows(paket: Granskningspaket, sent: PaketPaminnelse[]): string[][] {
  return sent.map((p) => [
    period(p.period),
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
  blocks.push({
    kind: 'text',
    text: `Underlag ${cutoffDateText(paket.cutoff)}`,
    italics: true,
    footnote: granskningspaketCutoffLine(paket),
  });

  heading('Fastställda rapporter');
  if (paket.faststallelser.length === 0) text('Inga rapporter fastställda under året.');
  else
    table(
      ['Period', 'Fastställd', 'Behandling', 'Registrerad'],
      paket.faststallelser.map((f) => [
        period(f.period),
        [
          adoptionLabel(paket.organNamn, f.meetingDate, f.paragraf) +
            (f.diarienummer ? ` (dnr ${f.diarienummer})` : ''),
          ...f.previous.map((p) => `Ersätter fastställandet ${p.meetingDate} § ${p.paragraf}`),
        ].join('\n'),
        f.handlings
          .map((h) => handlingLabel(h.by as HandlingBody, h.kind as HandlingKind, h.date, h.paragraf))
          .join('\n'),
        `${instant(f.recordedAt)}\n${who(f.recordedBy)}`,
      ]),
    );
  heading('Ändringar efter fastställande', 2);
  if (paket.andringarEfterFaststallande.length === 0) text('Inga rapporter ändrade efter fastställandet.');
  else
    table(
      ['Period', 'Uppdrag', 'Ändring', 'Skäl', 'Registrerad'],
      paket.andringarEfterFaststallande.map((c) => [
        period(c.period),
        paket.uppdrag.find((u) => u.uppdragId === c.uppdragId)?.text ?? '',
        `${c.event === 'corrected' ? 'Rättad' : 'Rapporterad'}: ${c.statusText} (fastställd ${c.adoptedOn} § ${c.paragraf})`,
        c.reason,
        `${instant(c.recordedAt)}\n${who(c.by)}`,
      ]),
    );

  heading('Uppdrag, rapporter och påminnelser');
  if (paket.uppdrag.length === 0) text('Inga uppdrag riktade till organet.');
  for (const u of paket.uppdrag) {
    heading(u.text, 2);
    text(
      `Givet av ${organName(paket, u.givetAv)}, planår ${u.planYear}; slutdatum ${u.slutdatum}${u.ended ? `; ${u.ended}` : ''}`,
    );
    if (u.rapporter.length === 0) text('Inga rapporter under året.');
    else
      table(
        ['Period', 'Status', 'Kommentar', 'Rapporterad'],
        u.rapporter.map((r) => [
          period(r.period),
          [
            r.event === 'corrected' ? `${r.statusText} (rättad: ${r.reason ?? ''})` : r.statusText,
            ...(r.afterAdoption ? [changedAfterAdoptionText(r.afterAdoption.reason)] : []),
          ].join('\n'),
          r.kommentar ?? '',
          `${reportedWhen(r)}\n${who(r.by)}`,
        ]),
      );
    if (u.svarstider.length > 0)
      table(
        ['Period', 'Sista dag', 'Rapporterad', 'Påminnelser', 'Eskaleringar', 'Från påminnelse till rapport'],
        u.svarstider.map((s) => [
          period(s.period),
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
    heading(`${arendeKind(a.kind)}, registrerat ${a.recordedOn}, svar senast ${a.dueDate}`, 2);
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
      text(
        `Ändring efter fastställelse (${planChange(c.event)}, ${instant(c.recordedAt)}): ${c.reason ?? ''}`,
      );
    for (const risk of plan.risker) {
      heading(
        `${risk.text} (sannolikhet ${risk.sannolikhet}, konsekvens ${risk.konsekvens}, riskvärde ${risk.riskvarde})`,
        2,
      );
      table(
        ['Kontrollmoment', 'Resultat', 'Åtgärder', 'Påminnelser'],
        risk.kontrollmoment.map((k) => [
          `${k.vad}\n${k.hur}; ${k.vem}; ${frekvens(k.frekvens)}`,
          k.resultat
            .map(
              (r) =>
                `${period(r.period)}: ${r.resultat === 'avvikelse' ? `Avvikelse: ${r.beskrivning ?? ''}` : 'Utan anmärkning'}`,
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
                `${period(p.period)}: ${KIND_LABEL[p.kind]} ${businessDateOf(p.sentAt)} till ${who(p.recipientPersonId)}`,
            ),
            ...k.atgarder.flatMap((a) =>
              a.paminnelser.map(
                (p) =>
                  `Åtgärd ”${a.text}”: ${KIND_LABEL[p.kind]} ${businessDateOf(p.sentAt)} till ${who(p.recipientPersonId)}`,
              ),
            ),
          ].join('\n'),
        ]),
      );
    }
  }
  return blocks;
}
