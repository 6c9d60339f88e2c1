import Fastify, { type FastifyInstance } from 'fastify';
import { storage } from 'nestjs-pino/storage';
import { type LevelWithSilent } from 'pino';
import { RequestLog } from '../src/logging';

type Line = Record<string, unknown> & { req?: Record<string, unknown>; res?: Record<string, unknown> };

/** A server with the request log as its hook, and the lines it has written. */
function server(level: LevelWithSilent): { app: FastifyInstance; lines: Line[] } {
  const lines: Line[] = [];
  const log = new RequestLog(level, { write: (line: string) => lines.push(JSON.parse(line) as Line) });
  const app = Fastify({ requestIdHeader: 'x-request-id', genReqId: () => 'made-here' });
  app.addHook('onRequest', (request, reply, done) =>
    log.handle(request.raw, reply.raw, request.id, request.query, done),
  );
  app.get('/api/sak', async () => ({ ok: true }));
  // What Nest's Logger does inside a request (through nestjs-pino): writes to the request's logger.
  app.get('/api/varning', async () => {
    storage.getStore()?.logger.warn({ context: 'Api' }, 'något hände');
    return { ok: true };
  });
  app.get('/api/fel', async (_request, reply) => reply.code(500).send({ fel: true }));
  app.get('/health/live', async () => ({ status: 'ok' }));
  return { app, lines };
}

describe('the request log', () => {
  it('writes a line per request with its id, the query and the status, the token hidden', async () => {
    const { app, lines } = server('info');
    await app.inject({
      method: 'GET',
      url: '/api/sak?organ=hsn',
      headers: { authorization: 'Bearer hemlig', 'x-request-id': 'spar-1' },
    });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'info',
      msg: 'request completed',
      req: {
        id: 'spar-1',
        method: 'GET',
        url: '/api/sak?organ=hsn',
        query: { organ: 'hsn' },
        headers: { authorization: '[Redacted]' },
      },
      res: { statusCode: 200 },
    });
    expect(typeof lines[0].responseTime).toBe('number');
    expect(JSON.stringify(lines)).not.toContain('hemlig');
    await app.close();
  });

  it('says a 5xx errored, and leaves the probes out', async () => {
    const { app, lines } = server('info');
    await app.inject({ method: 'GET', url: '/health/live' });
    await app.inject({ method: 'GET', url: '/api/fel' });
    expect(lines.map((l) => [l.msg, l.req?.url, l.res?.statusCode])).toEqual([
      ['request errored', '/api/fel', 500],
    ]);
    expect((lines[0].err as { message?: string }).message).toBe('failed with status code 500');
    await app.close();
  });

  it('ties what is logged inside a request to it, also when request lines are not written', async () => {
    const { app, lines } = server('warn');
    await app.inject({ method: 'GET', url: '/api/sak' });
    await app.inject({ method: 'GET', url: '/api/varning', headers: { 'x-request-id': 'spar-2' } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 'warn',
      msg: 'något hände',
      context: 'Api',
      req: { id: 'spar-2', url: '/api/varning' },
    });
    await app.close();
  });
});
