/**
 * COPY … FROM STDIN over node-postgres without another dependency: pg hands a query the copy-in phase
 * through `handleCopyInResponse`, where we send the rows and finish. The rows are encoded in COPY's
 * text format (tab-separated, `\N` for null, backslash escapes).
 */
import { type PoolClient, Query } from 'pg';
import { type BulkValue } from './projection-db';

/**
 * Characters encoded per CopyData message (about 64 kB): the server parses one while the next is being
 * encoded. Counted in characters rather than rows, so a table of wide rows sends no larger messages
 * than one of narrow rows, and a narrow one no more of them.
 */
const CHUNK_CHARS = 64 * 1024;

/** The wire calls pg's own connection offers for COPY (the ones pg-copy-streams uses too). */
interface CopyConnection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

class CopyFromQuery extends Query {
  constructor(
    text: string,
    // Not `rows`: pg's Query uses that name for its portal row count.
    private readonly copyData: readonly BulkValue[][],
    callback: (error: Error | undefined) => void,
  ) {
    super(text, undefined, callback);
  }

  // Called by pg's client once the server is ready to receive the data. Encoding chunk by chunk keeps
  // no large string alive, and the socket sends each chunk while the next one is encoded.
  handleCopyInResponse(connection: CopyConnection): void {
    // The rows' text goes straight into the chunk (no string per row), each value encoded in place.
    const rows = this.copyData;
    let text = '';
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      for (let j = 0; j < row.length; j++) text += j === 0 ? encodeValue(row[j]) : '\t' + encodeValue(row[j]);
      text += '\n';
      if (text.length >= CHUNK_CHARS) {
        connection.sendCopyFromChunk(Buffer.from(text, 'utf8'));
        text = '';
      }
    }
    if (text.length > 0) connection.sendCopyFromChunk(Buffer.from(text, 'utf8'));
    connection.endCopyFrom();
  }
}

export async function copyRows(
  client: PoolClient,
  table: string,
  columns: readonly string[],
  rows: readonly BulkValue[][],
): Promise<void> {
  if (rows.length === 0) return;
  await new Promise<void>((resolve, reject) => {
    const query = new CopyFromQuery(`COPY ${table} (${columns.join(', ')}) FROM STDIN`, rows, (error) =>
      error ? reject(error) : resolve(),
    );
    client.query(query as never);
  });
}

export function encodeRow(row: readonly BulkValue[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) {
    if (i > 0) line += '\t';
    line += encodeValue(row[i]);
  }
  return line + '\n';
}

const NEEDS_ESCAPE = /[\\\t\n\r]/;

function encodeValue(value: BulkValue): string {
  // Most values are text or numbers: those first.
  if (typeof value === 'string') return NEEDS_ESCAPE.test(value) ? value.replace(ESCAPED, escapeChar) : value;
  if (typeof value === 'number') return String(value);
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return NEEDS_ESCAPE.test(text) ? text.replace(ESCAPED, escapeChar) : text;
}

const ESCAPED = /[\\\t\n\r]/g;

function escapeChar(c: string): string {
  return c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r';
}
