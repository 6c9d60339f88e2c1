import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningApp, eventually, startApiWith } from './support/running-app';
import { TcpProxy } from './support/tcp-proxy';

const REDIS = new URL(process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379');

describe('the API with REDIS_URL', () => {
  let dataDir: string;
  let api: RunningApp | undefined;
  let proxy: TcpProxy | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sparbar-e2e-redis-'));
  });

  afterEach(async () => {
    await api?.close();
    await proxy?.cut();
    api = proxy = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('checks Redis in ready: 503 naming redis while it is unreachable, 200 again when it is back', async () => {
    proxy = await TcpProxy.to(REDIS.hostname, Number(REDIS.port || 6379));
    const relay = proxy;
    api = await startApiWith({ DATA_DIR: dataDir, REDIS_URL: `redis://127.0.0.1:${relay.port}` });
    const ready = await api.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toMatchObject({
      info: { store: { status: 'up' }, redis: { status: 'up' } },
    });

    await relay.cut();
    const down = await eventually(
      () => api!.get('/health/ready'),
      (r) => r.status === 503,
    );
    expect(down.status).toBe(503);
    const body = JSON.parse(down.body);
    expect(body).toMatchObject({ status: 'error', error: { redis: { status: 'down' } } });
    expect(body.error.store).toBeUndefined();

    await relay.open();
    const back = await eventually(
      () => api!.get('/health/ready'),
      (r) => r.status === 200,
      15_000,
    );
    expect(back.status).toBe(200);
  });

  it('does not check Redis when REDIS_URL is unset', async () => {
    api = await startApiWith({ DATA_DIR: dataDir });
    const body = JSON.parse((await api.get('/health/ready')).body);
    expect(Object.keys(body.details)).toEqual(['store']);
  });
});
