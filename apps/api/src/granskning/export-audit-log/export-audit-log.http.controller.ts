/**
 * The audit trail's hits as a file (CSV or XLSX): the same filters as the search, every hit newest
 * first, read a page at a time from the `audit_log` read model. Capped, so that an export of the whole
 * log is a refusal to narrow it rather than a request that holds the server.
 */
import { Controller, Get, Inject, Query, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiProduces, ApiResponse, ApiTags } from '@nestjs/swagger';
import { auditNames, type AuditEntry, searchAuditLog } from '@sparbar/audit';
import { type Actor } from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { SQL_DATABASE } from '@sparbar/runtime';
import { type FastifyReply } from 'fastify';
import { CurrentActor, requireReadLog } from '../../auth/authenticated';
import { problem, ProblemError } from '../../http/problem';
import { attachment } from '../../rapporter/attachment';
import { readTrail, toSearch } from '../search-audit-log/audit-filter';
import { auditCsv, auditFileRow, auditXlsx } from './audit-log.files';
import { type AuditExportFormat, ExportAuditLogQuery } from './export-audit-log.dto';

export const MAX_EXPORTED = 10_000;
const PAGE = 500;

const CONTENT_TYPES: Record<AuditExportFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

@ApiTags('granskning')
@Controller('api/granskning')
export class ExportAuditLogHttpController {
  constructor(@Inject(SQL_DATABASE) private readonly sql: SqlDriver) {}

  @Get('handelser/export')
  @ApiOperation({
    summary: 'Granskningsspårets träffar som fil (csv eller xlsx)',
    description:
      'Samma urval som sökningen, alla träffar (senaste först, högst 10 000) med tider i svensk tid och ' +
      'organ och personer med namn. Läsmodell: ett ögonblick efter loggen.',
  })
  @ApiBearerAuth()
  @ApiProduces(...Object.values(CONTENT_TYPES), 'application/problem+json')
  @ApiResponse({ status: 200, description: 'Filen, med Content-Disposition: attachment.' })
  @ApiResponse({
    status: 400,
    description: 'Ogiltig sökning (`errors` namnger fältet) eller för många träffar.',
  })
  @ApiResponse({ status: 401, description: 'Ingen eller ogiltig token.' })
  @ApiResponse({ status: 403, description: 'Rollen får inte läsa händelseloggen.' })
  @ApiResponse({ status: 503, description: 'Granskningsspåret är ännu inte byggt.' })
  async export(
    @Query() query: ExportAuditLogQuery,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    requireReadLog(actor);
    const entries = await this.hits(query);
    const names = await auditNames(this.sql, [
      ...entries.flatMap((e) => e.organs.map((id) => `organ:${id}`)),
      ...entries.filter((e) => e.actor.name === null).map((e) => `person:${e.actor.personId}`),
    ]);
    const rows = entries.map((e) => auditFileRow(e, names));
    const bytes = query.format === 'csv' ? auditCsv(rows) : await auditXlsx(rows);
    void reply
      .header('content-type', CONTENT_TYPES[query.format])
      .header(
        'content-disposition',
        attachment(
          `Granskningsspår, ${entries.length} ${entries.length === 1 ? 'händelse' : 'händelser'}.${query.format}`,
        ),
      )
      .header('cache-control', 'private, max-age=0');
    return bytes;
  }

  private async hits(query: ExportAuditLogQuery): Promise<AuditEntry[]> {
    const search = toSearch(query);
    const entries: AuditEntry[] = [];
    let cursor: string | null = null;
    do {
      const page = await readTrail(() =>
        searchAuditLog(this.sql, { ...search, limit: PAGE, ...(cursor ? { cursor } : {}) }),
      );
      entries.push(...page.entries);
      cursor = page.nextCursor;
      if (cursor && entries.length >= MAX_EXPORTED)
        throw new ProblemError(
          problem(
            400,
            'VALIDATION_FAILED',
            `Sökningen ger fler än ${MAX_EXPORTED} händelser. Smalna av den (datum, organ, person eller ord) och exportera igen.`,
          ),
        );
    } while (cursor);
    return entries;
  }
}
