import { EnumField } from '../../http/dto-fields';
import { AuditFilterQuery } from '../search-audit-log/search-audit-log.dto';

export const AUDIT_EXPORT_FORMATS = ['csv', 'xlsx'] as const;
export type AuditExportFormat = (typeof AUDIT_EXPORT_FORMATS)[number];

/** The search's filters, every hit in one file. */
export class ExportAuditLogQuery extends AuditFilterQuery {
  @EnumField(AUDIT_EXPORT_FORMATS, { description: 'csv (semikolon, för Excel) eller xlsx.', example: 'xlsx' })
  format!: AuditExportFormat;
}
