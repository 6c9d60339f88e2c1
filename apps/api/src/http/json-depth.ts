/**
 * How deep a request body may nest. No body the API takes goes deeper than a handful of levels; a body
 * thousands of levels deep made the validation (class-transformer and class-validator walk a body by
 * recursion) overflow the stack and answer 500. The text is measured before it is parsed, in one loop
 * without recursion, so nothing after it ever sees such a body.
 */
import { problem, ProblemError } from './problem';

export const MAX_JSON_DEPTH = 32;

/** The deepest nesting of objects and arrays in a JSON text, ignoring brackets inside strings. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: the next character is escaped
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

export function tooDeep(depth: number): ProblemError {
  return new ProblemError(
    problem(
      400,
      'MALFORMED_REQUEST',
      `Begäran är för djupt nästlad: högst ${MAX_JSON_DEPTH} nivåer av objekt och listor, den här har ${depth}.`,
      { errors: [{ field: 'body', reason: `nästlad i mer än ${MAX_JSON_DEPTH} nivåer` }] },
    ),
  );
}
