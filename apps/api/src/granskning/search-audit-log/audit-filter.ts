/**
 * A search of the audit trail as the lib takes it, from the query the client sent, and the lib's
 * refusals as a 400 naming the client's field. Shared by the search and the export.
 */
import { AuditQueryError, type AuditSearch, type ItemKind } from '@sparbar/audit';
import { invalid } from '../../http/validation';
import { fromAuditTables } from '../audit-tables';
import { type AuditFilterQuery } from './search-audit-log.dto';

export function toSearch(query: AuditFilterQuery): AuditSearch {
  const item = query.item ? splitItem(query.item) : undefined;
  return {
    ...(query.from ? { from: query.from } : {}),
    ...(query.to ? { to: query.to } : {}),
    ...(query.time ? { time: query.time } : {}),
    ...(query.organ ? { organ: query.organ } : {}),
    ...(query.person ? { person: query.person } : {}),
    ...(query.personName ? { personName: query.personName } : {}),
    ...(query.q ? { words: query.q } : {}),
    ...(item ? { item } : {}),
  };
}

/** Reads the trail; the lib has the last word on a query, its fields named as the client named them. */
export async function readTrail<T>(read: () => Promise<T>): Promise<T> {
  try {
    return await fromAuditTables(read);
  } catch (error) {
    if (error instanceof AuditQueryError)
      throw invalid([{ field: clientField(error.field), reason: error.message }]);
    throw error;
  }
}

function clientField(field: string): string {
  if (field.startsWith('item.')) return 'item';
  return field === 'words' ? 'q' : field;
}

function splitItem(item: string): { kind: ItemKind; id: string } {
  const colon = item.indexOf(':');
  return { kind: item.slice(0, colon) as ItemKind, id: item.slice(colon + 1) };
}
