/**
 * The REST API as the pages use it: JSON with the bearer token, problem details turned into an
 * ApiError that carries the API's Swedish `detail` and its field errors, and the ETag kept beside a
 * read item so that a write can send it back as If-Match.
 */
import { clearSession, readSession } from './session';
import { type FieldError, type Problem } from './wire';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly errors: FieldError[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export interface WithEtag<T> {
  body: T;
  etag: string | null;
}

type Query = Record<string, string | number | undefined | null>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function send(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const session = readSession();
  const all: Record<string, string> = { accept: 'application/json', ...headers };
  if (session) all.authorization = `Bearer ${session.token}`;
  if (body !== undefined) all['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers: all,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Kunde inte nå servern. Kontrollera anslutningen och försök igen.');
  }
  if (response.status === 401 && session) {
    clearSession();
    window.location.assign('/logga-in');
  }
  if (!response.ok) throw await problemOf(response);
  return response;
}

async function problemOf(response: Response): Promise<ApiError> {
  try {
    // Partial: a proxy or the network may answer with something else than the API's problem.
    const problem = (await response.json()) as Partial<Problem>;
    return new ApiError(
      response.status,
      problem.code ?? 'UNKNOWN',
      problem.detail ?? `Servern svarade ${response.status}.`,
      problem.errors ?? [],
    );
  } catch {
    return new ApiError(response.status, 'UNKNOWN', `Servern svarade ${response.status}.`);
  }
}

export async function getJson<T>(path: string, query?: Query): Promise<T> {
  const response = await send('GET', withQuery(path, query));
  return (await response.json()) as T;
}

export async function getWithEtag<T>(path: string): Promise<WithEtag<T>> {
  const response = await send('GET', path);
  return { body: (await response.json()) as T, etag: response.headers.get('etag') };
}

export async function postJson<T>(
  path: string,
  body: unknown,
  ifMatch?: string | null,
): Promise<WithEtag<T>> {
  const response = await send('POST', path, body, ifMatch ? { 'if-match': ifMatch } : {});
  const text = await response.text();
  return { body: (text ? JSON.parse(text) : undefined) as T, etag: response.headers.get('etag') };
}

/** A file answer (a report table): the bytes and the name the server gives it. */
export async function getFile(path: string, query: Query): Promise<{ blob: Blob; fileName: string }> {
  const response = await send('GET', withQuery(path, query), undefined, { accept: '*/*' });
  const disposition = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  const fileName = star ? decodeURIComponent(star[1]!) : (plain?.[1] ?? 'rapport');
  return { blob: await response.blob(), fileName };
}
