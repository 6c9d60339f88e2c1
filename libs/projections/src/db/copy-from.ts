/**
 * COPY … FROM STDIN over node-postgres without another dependency: pg hands a query the copy-in phase
 * through `handleCopyInResponse`, where we send the rows and finish. The rows are encoded in COPY's
 * text format (tab-separated, `\N` for null, backslash escapes).
 */
import { type PoolClient, Query } from 'pg';
import { type BulkValue } from './projection-db';

const CHUNK = 256 * 1024;

/** The wire calls pg's own connection offers for COPY (the ones pg-copy-streams uses too). */
interface CopyConnection {
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

class CopyFromQuery extends Query {
  constructor(
    text: string,
    private readonly payload: Buffer,
    callback: (error: Error | undefined) => void,
  ) {
    super(text, undefined, callback);
  }

  // Called by pg's client once the server is ready to receive the data.
  handleCopyInResponse(connection: CopyConnection): void {
    for (let offset = 0; offset < this.payload.length; offset += CHUNK) {
      connection.sendCopyFromChunk(this.payload.subarray(offset, offset + CHUNK));
    }
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
  const payload = Buffer.from(rows.map(encodeRow).join(''), 'utf8');
  await new Promise<void>((resolve, reject) => {
    const query = new CopyFromQuery(`COPY ${table} (${columns.join(', ')}) FROM STDIN`, payload, (error) =>
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

function encodeValue(value: BulkValue): string {
  if (value === null || value === undefined) return '\\N';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[\\\t\n\r]/.test(text) ? text.replace(/[\\\t\n\r]/g, escapeChar) : text;
}

function escapeChar(c: string): string {
  return c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r';
}
