/**
 * The auditor's package in Word: one section per question the auditors ask (uppdrag and their
 * reports, uppsiktsärenden and answers, intern kontroll), headed by the chain head it was made from.
 * Zip entries and core properties normalised as for the other reports, so the bytes follow the content.
 */
import {
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import { type Granskningspaket } from '../granskningspaket';
import { normalizeZip } from './zip';

const TOTAL = 9600;

function table(columns: string[], rows: string[][]): Table {
  const width = Math.round(TOTAL / columns.length);
  const cell = (text: string, header = false) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'D9D9D9' } } : {}),
      children: text
        .split('\n')
        .map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: header, size: 18 })] })),
    });
  return new Table({
    width: { size: TOTAL, type: WidthType.DXA },
    columnWidths: columns.map(() => width),
    rows: [
      new TableRow({ tableHeader: true, children: columns.map((c) => cell(c, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c) => cell(c)) })),
    ],
  });
}

const heading = (text: string, level: 1 | 2 = 1) =>
  new Paragraph({
    heading: level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2,
    children: [new TextRun(text)],
  });
const text = (line: string, italics = false) =>
  new Paragraph({ children: [new TextRun({ text: line, italics })] });

export function granskningspaketTitle(paket: Granskningspaket): string {
  return `Granskningspaket ${paket.organNamn} ${paket.year}`;
}

export async function granskningspaketDocx(paket: Granskningspaket): Promise<Buffer> {
  const title = granskningspaketTitle(paket);
  const cutoffLine = `Underlag till och med loggposition ${paket.cutoff.position}, kedjehash ${paket.cutoff.hash}`;
  const children: (Paragraph | Table)[] = [heading(title), text(cutoffLine, true)];

  children.push(heading('Uppdrag och rapporter'));
  if (paket.uppdrag.length === 0) children.push(text('Inga uppdrag riktade till organet.'));
  for (const u of paket.uppdrag) {
    children.push(heading(`${u.text} (${u.uppdragId})`, 2));
    children.push(
      text(
        `Givet av ${u.givetAv}, planår ${u.planYear}; slutdatum ${u.slutdatum}${u.ended ? `; ${u.ended}` : ''}`,
      ),
    );
    children.push(
      u.rapporter.length === 0
        ? text('Inga rapporter under året.')
        : table(
            ['Period', 'Status', 'Kommentar', 'Registrerad'],
            u.rapporter.map((r) => [
              r.period,
              r.event === 'corrected' ? `${r.statusText} (rättad: ${r.reason ?? ''})` : r.statusText,
              r.kommentar ?? '',
              `${r.recordedAt}\n${r.by}`,
            ]),
          ),
    );
  }

  children.push(heading('Uppsiktsärenden'));
  if (paket.uppsiktsarenden.length === 0) children.push(text('Inga uppsiktsärenden under året.'));
  for (const a of paket.uppsiktsarenden) {
    children.push(heading(`Ärende ${a.arendeId}, registrerat ${a.recordedOn}, svar senast ${a.dueDate}`, 2));
    children.push(text(a.text));
    children.push(
      a.svar.length === 0
        ? text('Inget svar.')
        : table(
            ['Svar', 'Datum', 'Av'],
            a.svar.map((s) => [s.text, `${s.answeredOn}${s.late ? ' (efter svarsdatum)' : ''}`, s.by]),
          ),
    );
    if (a.closed) children.push(text(`Avslutat ${a.closed.closedOn}: ${a.closed.conclusion}`));
  }

  children.push(heading('Intern kontroll'));
  const plan = paket.internkontrollplan;
  if (!plan) children.push(text('Ingen internkontrollplan för året.'));
  else {
    children.push(
      text(
        plan.adoptedOn
          ? `Fastställd ${plan.adoptedOn}${plan.paragraf ? `, ${plan.paragraf}` : ''}`
          : 'Planen är inte fastställd.',
      ),
    );
    for (const c of plan.changesAfterAdoption)
      children.push(text(`Ändring efter fastställelse (${c.event}): ${c.reason ?? ''}`));
    for (const risk of plan.risker) {
      children.push(
        heading(
          `${risk.text} (sannolikhet ${risk.sannolikhet}, konsekvens ${risk.konsekvens}, riskvärde ${risk.riskvarde})`,
          2,
        ),
      );
      children.push(
        table(
          ['Kontrollmoment', 'Resultat', 'Åtgärder'],
          risk.kontrollmoment.map((k) => [
            `${k.vad}\n${k.hur}; ${k.vem}; ${k.frekvens}`,
            k.resultat
              .map(
                (r) =>
                  `${r.period}: ${r.resultat === 'avvikelse' ? `Avvikelse: ${r.beskrivning ?? ''}` : 'Utan anmärkning'}`,
              )
              .join('\n'),
            k.atgarder
              .map((a) => `${a.text} (${a.ansvarigPersonId}, senast ${a.dueDate}, ${a.status})`)
              .join('\n'),
          ]),
        ),
      );
    }
  }

  const doc = new Document({
    creator: 'Spårbar',
    title,
    description: cutoffLine,
    sections: [{ children }],
  });
  return normalizeZip(await Packer.toBuffer(doc));
}
