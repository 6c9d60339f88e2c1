/**
 * Public answers are cacheable: the ETag is a hash of the body (the same data gives the same tag on every
 * instance), Last-Modified the newest adoption's recorded time. A matching If-None-Match is a 304.
 */
import { createHash } from 'node:crypto';
import { type FastifyReply, type FastifyRequest } from 'fastify';

export function sendCacheable(
  request: FastifyRequest,
  reply: FastifyReply,
  body: string,
  contentType: string,
  lastModified: string | null,
): string {
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
  reply.header('etag', etag);
  reply.header('cache-control', 'public, max-age=60');
  // Anyone's page or script may read open data (no credentials are involved).
  reply.header('access-control-allow-origin', '*');
  reply.header('cross-origin-resource-policy', 'cross-origin');
  reply.header('content-type', contentType);
  if (lastModified) reply.header('last-modified', new Date(lastModified).toUTCString());
  const asked = request.headers['if-none-match'];
  if (asked !== undefined && asked.split(',').some((t) => t.trim() === etag || t.trim() === '*')) {
    reply.status(304);
    return '';
  }
  return body;
}

/**
 * Where this API is reached: the stable URIs are built on it. PUBLIC_BASE_URL when set, so the URIs
 * stay the same whichever address (a proxy's internal one, a second host name) a request came by.
 */
export function baseUrlOf(request: FastifyRequest, settings: { publicBaseUrl: string | undefined }): string {
  return settings.publicBaseUrl ?? `${request.protocol}://${request.headers.host ?? 'localhost'}`;
}
