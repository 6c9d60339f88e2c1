/**
 * The stream revision on the wire: `ETag: "3"` on every read and write, `If-Match: "3"` sent back on a
 * write to say "only if nobody changed it since I read revision 3".
 */
import { problem, ProblemError } from './problem';

export function formatEtag(revision: number): string {
  return `"${revision}"`;
}

/** The expected revision in an `If-Match` header; undefined when absent or `*` (any revision). */
export function parseIfMatch(header: string | string[] | undefined): number | undefined {
  const value = Array.isArray(header) ? header.join(',') : header;
  if (value === undefined || value.trim() === '' || value.trim() === '*') return undefined;
  const match = /^\s*(?:W\/)?("?)(\d{1,15})\1\s*$/.exec(value);
  if (!match) {
    throw new ProblemError(
      problem(400, 'VALIDATION_FAILED', 'If-Match ska vara en revision som ETag gav, t.ex. "3".', {
        errors: [{ field: 'If-Match', reason: 'ska vara en ETag från en tidigare läsning, t.ex. "3"' }],
      }),
    );
  }
  return Number(match[2]);
}

/** Sets the `ETag` of an answer; an item that does not exist yet has none. */
export function withEtag<T extends { revision: number }>(
  reply: { header(name: string, value: string): unknown },
  view: T,
): T {
  reply.header('etag', formatEtag(view.revision));
  return view;
}
