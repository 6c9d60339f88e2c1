/**
 * Content-Disposition for a Swedish file name (RFC 6266): `filename*` in UTF-8 for browsers, and an
 * ASCII `filename` (å→a, ö→o) for clients that only read that one.
 */
export function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
