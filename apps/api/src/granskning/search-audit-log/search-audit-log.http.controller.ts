/**
 * The audit trail: every event in words (who, both times, what, item, organs, fields old → new,
 * reason), searched across the whole log, newest first, a page at a time. From the `audit_log` read
 * model, so a moment behind the log.
 */
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { AuditQueryError, type AuditSearch, type ItemKind, searchAuditLog } from '@sparbar/audit';
import { type Actor } from '@sparbar/domain';
import { type SqlDriver } from '@sparbar/event-store';
import { SQL_DATABASE } from '@sparbar/runtime';
import { CurrentActor, requireReadLog } from '../../auth/authenticated';
import { invalid } from '../../http/validation';
import { AuditEndpoint } from '../audit-endpoint';
import { fromAuditTables } from '../audit-tables';
import { AuditPageView, SearchAuditLogQuery } from './search-audit-log.dto';

@ApiTags('granskning')
@Controller('api/granskning')
export class SearchAuditLogHttpController {
  constructor(@Inject(SQL_DATABASE) private readonly sql: SqlDriver) {}

  @Get('handelser')
  @AuditEndpoint({
    summary: 'Granskningsspåret: alla händelser i klartext (revisorer och regiondirektören)',
    description:
      'Sök på datum (händelsetid eller servertid), organ, person och post; senaste först, en sida i taget. ' +
      'Läsmodell: ett ögonblick efter loggen.',
    response: AuditPageView,
    problems: { 400: 'Ogiltig sökning; `errors` namnger fältet.' },
  })
  async search(@Query() query: SearchAuditLogQuery, @CurrentActor() actor: Actor): Promise<AuditPageView> {
    requireReadLog(actor);
    try {
      return await fromAuditTables(() => searchAuditLog(this.sql, toSearch(query)));
    } catch (error) {
      // The lib has the last word on a query; its field names are the query's, but for the item's parts.
      if (error instanceof AuditQueryError)
        throw invalid([
          { field: error.field.startsWith('item.') ? 'item' : error.field, reason: error.message },
        ]);
      throw error;
    }
  }
}

function toSearch(query: SearchAuditLogQuery): AuditSearch {
  const item = query.item ? splitItem(query.item) : undefined;
  return {
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.time ? { time: query.time } : {}),
    ...(query.organ ? { organ: query.organ } : {}),
    ...(query.person ? { person: query.person } : {}),
    ...(item ? { item } : {}),
    ...(query.limit !== undefined ? { limit: query.limit } : {}),
    ...(query.cursor ? { cursor: query.cursor } : {}),
  };
}

function splitItem(item: string): { kind: ItemKind; id: string } {
  const colon = item.indexOf(':');
  return { kind: item.slice(0, colon) as ItemKind, id: item.slice(colon + 1) };
}
