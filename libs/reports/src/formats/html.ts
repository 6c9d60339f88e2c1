/** A self-contained HTML table, to paste into a web page or open in Word. */
import { type ReportDocument } from '../maluppfyllelse-summary';
import { COLUMNS, STATUS_FILL } from '../uppdrag-table';
import { subtitleText, uppdragTableFooter } from './footer';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Which version the file is, and the adoptions it was made with. */
const about = (report: ReportDocument) =>
  [report.version, ...report.faststallelse].map((line) => `<p>${esc(line)}</p>\n`).join('');

/** The mark under the status, in its own element so a reader (or a test) can find it. */
const mark = (text: string | null) =>
  text ? `<br><br><strong class="andrad-efter-faststallande">${esc(text)}</strong>` : '';

export function uppdragTableHtml(report: ReportDocument): Buffer {
  const td = 'border:1px solid #999;padding:4px;vertical-align:top';
  const groups = report.groups.map((g) => {
    const rows = g.rows.map((r) => {
      const fill = r.colour ? `;background:#${STATUS_FILL[r.colour]}` : '';
      return (
        `<tr><td style="${td}${fill}">${esc(r.status)}${mark(r.andradEfterFaststallande)}</td>` +
        `<td style="${td}">${esc(r.text)}<br><br>${esc(r.riktasTill)}</td>` +
        `<td style="${td}">${esc(r.kommentar)}</td>` +
        `<td style="${td}">${esc(r.periodicitet)}<br><br>${esc(r.slutdatum)}</td></tr>`
      );
    });
    const head = COLUMNS.map((c) => `<th style="${td};text-align:left">${esc(c)}</th>`).join('');
    return `<h2>${esc(g.heading)}</h2>\n<table style="border-collapse:collapse;font-family:sans-serif;font-size:10pt"><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`;
  });
  const summary = report.maluppfyllelse;
  if (summary) {
    groups.push(`<h1>${esc(summary.title)}</h1>\n<p>${esc(summary.sammanfattning)}</p>`);
    for (const table of summary.tables) {
      const head = table.columns.map((c) => `<th style="${td};text-align:left">${esc(c)}</th>`).join('');
      const rows = table.rows.map(
        (r) =>
          `<tr>${r.cells
            .map((c, i) => {
              const fill = r.fills[i] ? `;background:#${r.fills[i]}` : '';
              const marked = i === table.markUnder ? mark(r.mark ?? null) : '';
              return `<td style="${td}${fill}">${esc(c).replace(/\n/g, '<br>')}${marked}</td>`;
            })
            .join('')}</tr>`,
      );
      groups.push(
        `<h2>${esc(table.heading)}</h2>\n<table style="border-collapse:collapse;font-family:sans-serif;font-size:10pt"><thead><tr>${head}</tr></thead><tbody>\n${rows.join('\n')}\n</tbody></table>`,
      );
    }
  }
  const html = `<!DOCTYPE html>\n<html lang="sv"><head><meta charset="utf-8"><title>${esc(report.title)} ${esc(report.period)}</title></head><body>\n<h1>${esc(report.title)}</h1>\n<p>${esc(subtitleText(uppdragTableFooter(report)))}</p>\n${about(report)}${groups.join('\n')}\n<footer><p style="font-size:8pt">${esc(report.cutoffLine)}</p></footer>\n</body></html>\n`;
  return Buffer.from(html, 'utf8');
}
