/**
 * The front of an installation of many organisations: every request is handed, by its Host header, to
 * its tenant's application (tenant-apps.ts). Only the platform's own routes stay here: the platform
 * administrator's API, and health and metrics for the platform's probes. A host no active tenant has is
 * answered 421 (Misdirected Request): nothing of any tenant answers on it.
 */
import { Logger } from '@nestjs/common';
import { normaliseHost, type TenantDirectory, TenantHostCache } from '@sparbar/tenancy';
import { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, problem, type ProblemCode } from '../http/problem';
import { PLATFORM_ROUTES } from './platform-admin.guard';
import { type TenantApps } from './tenant-apps';

const PLATFORM_PATHS = [PLATFORM_ROUTES, '/health', '/metrics'];
/** Methods that write nothing: answered while a tenant moves. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const MOVING_RETRY_AFTER_S = 1;

export function routeByHost(fastify: FastifyInstance, directory: TenantDirectory, apps: TenantApps): void {
  const logger = new Logger('Organisationer');
  // Kept in memory, dropped at every change of the directory (NOTIFY on the platform schema).
  const hosts = new TenantHostCache(directory);
  fastify.addHook('onRequest', async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (PLATFORM_PATHS.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix)))
      return;
    const host = normaliseHost(request.headers.host ?? '');
    const tenant = host ? await hosts.byHost(host) : null;
    if (tenant?.state === 'moving' && !READS.has(request.method)) {
      // Its log is being sealed and copied to another server: a write now could be lost with the old
      // copy. Reads are still answered from the old one. A move's switch takes seconds.
      void reply.header('retry-after', String(MOVING_RETRY_AFTER_S));
      return refuse(
        request,
        reply,
        503,
        'Organisationen flyttas till en annan server just nu. Försök igen om en stund.',
        'TENANT_MOVING',
      );
    }
    if (!tenant || (tenant.state !== 'active' && tenant.state !== 'moving')) {
      // Being removed (by this process or another): its application here must not outlive its schema.
      if (tenant) await apps.close(tenant.tenantId);
      return refuse(
        request,
        reply,
        421,
        `Ingen organisation i Spårbar nås på ${host || 'den här adressen'}.`,
      );
    }
    let opened;
    try {
      opened = await apps.use(tenant);
    } catch (error) {
      logger.error(
        { err: error, tenant: tenant.tenantId },
        `Organisationen ${tenant.tenantId} kunde inte öppnas`,
      );
      void reply.header('retry-after', '5');
      return refuse(request, reply, 503, 'Organisationen kan inte nås just nu. Försök igen om en stund.');
    }
    reply.hijack();
    // In use until its answer is out (or the client is gone): not closed for room meanwhile.
    reply.raw.once('close', opened.done);
    opened.app.getHttpAdapter().getInstance().routing(request.raw, reply.raw);
  });
  fastify.addHook('onClose', async () => {
    await hosts.stop();
    await apps.closeAll();
  });
}

function refuse(
  request: FastifyRequest,
  reply: FastifyReply,
  status: 421 | 503,
  detail: string,
  code: ProblemCode = status === 421 ? 'UNKNOWN_HOST' : 'STORE_UNAVAILABLE',
): FastifyReply {
  const answer = problem(status, code, detail);
  return reply
    .status(status)
    .header('content-type', PROBLEM_CONTENT_TYPE)
    .header('x-content-type-options', 'nosniff')
    .send(JSON.stringify({ ...answer, requestId: request.id }));
}
