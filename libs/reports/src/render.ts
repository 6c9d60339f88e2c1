/** One entry point for every format, with the content type each is served as. */
import { uppdragTableCsv } from './formats/csv';
import { uppdragTableDocx } from './formats/docx';
import { uppdragTableHtml } from './formats/html';
import { uppdragTablePdf } from './formats/pdf';
import { uppdragTableXlsx } from './formats/xlsx';
import { type ReportDocument } from './maluppfyllelse-summary';

export const REPORT_FORMATS = ['docx', 'xlsx', 'pdf', 'csv', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

export async function renderUppdragTable(report: ReportDocument, format: ReportFormat): Promise<Buffer> {
  switch (format) {
    case 'docx':
      return uppdragTableDocx(report);
    case 'xlsx':
      return uppdragTableXlsx(report);
    case 'pdf':
      return uppdragTablePdf(report);
    case 'csv':
      return uppdragTableCsv(report);
    case 'html':
      return uppdragTableHtml(report);
  }
}
