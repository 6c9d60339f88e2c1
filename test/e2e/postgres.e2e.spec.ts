import { LogFollower } from '@sparbar/runtime';
import { createTestSchema, type TestSchema } from '../support/postgres';
import { type RunningApp, eventually, startApiWith, startWorkerWith, testEvent } from './support/running-app';
import { TcpProxy } from './support/tcp-proxy';

// DATABASE_SCHEMA keeps this run's tables apart on the shared server; production leaves it unset.
describe('the API and the worker on PostgreSQL', () => {
  let schema: TestSchema;
  const apps: RunningApp[] = [];
  const proxies: TcpProxy[] = [];
  const env = () => ({ DATABASE_URL: schema.connectionString, DATABASE_SCHEMA: schema.schema });

  beforeEach(async () => {
    schema = await createTestSchema('e2e');
  });

  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    for (const proxy of proxies.splice(0)) await proxy.cut();
    await schema.drop();
  });

  it('answers live and ready, counts appends, and leaves the worker to its own process', async () => {
    const api = await startApiWith(env());
    apps.push(api);
    expect((await api.get('/health/live')).status).toBe(200);
    const ready = await api.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toMatchObject({ info: { store: { status: 'up' } } });

    await api.store.appendToStream('uppdrag-1', [testEvent('UppdragRegistered')]);
    const metrics = await api.get('/metrics');
    expect(metrics.body).toContain('sparbar_events_appended_total{type="UppdragRegistered"} 1');
    // No worker here, so no lag to report: an absent metric rather than a made-up 0.
    expect(metrics.body).not.toContain('sparbar_projection_lag_events');
  });

  it('runs the worker separately: it follows what the API appends and reports its lag', async () => {
    const api = await startApiWith(env());
    apps.push(api);
    await api.store.appendToStream('uppdrag-1', [testEvent('UppdragRegistered')]);
    const last = await api.store.appendToStream('uppdrag-2', [testEvent('UppdragRegistered')]);

    const worker = await startWorkerWith(env());
    apps.push(worker);
    expect((await worker.get('/health/ready')).status).toBe(200);
    const metrics = await eventually(
      () => worker.get('/metrics'),
      (m) => m.body.includes('sparbar_projection_lag_events 0'),
    );
    expect(metrics.body).toContain('sparbar_projection_lag_events 0');
    expect(worker.app.get(LogFollower).lastHandledPosition).toBe(last.position);
  });

  it('hosts the worker in the API process too when RUN_WORKER=true', async () => {
    const api = await startApiWith({ ...env(), RUN_WORKER: 'true' });
    apps.push(api);
    await api.store.appendToStream('uppdrag-1', [testEvent('UppdragRegistered')]);
    const metrics = await eventually(
      () => api.get('/metrics'),
      (m) => m.body.includes('sparbar_projection_lag_events 0'),
    );
    expect(metrics.body).toContain('sparbar_projection_lag_events 0');
  });

  it('answers ready with 503 naming the store while PostgreSQL is unreachable, and 200 when it is back', async () => {
    const url = new URL(schema.connectionString);
    const proxy = await TcpProxy.to(url.hostname, Number(url.port || 5432));
    proxies.push(proxy);
    url.host = `127.0.0.1:${proxy.port}`;
    const api = await startApiWith({ DATABASE_URL: url.toString(), DATABASE_SCHEMA: schema.schema });
    apps.push(api);
    expect((await api.get('/health/ready')).status).toBe(200);

    await proxy.cut();
    const down = await api.get('/health/ready');
    expect(down.status).toBe(503);
    expect(JSON.parse(down.body)).toMatchObject({ status: 'error', error: { store: { status: 'down' } } });

    await proxy.open();
    const back = await eventually(
      () => api.get('/health/ready'),
      (r) => r.status === 200,
    );
    expect(back.status).toBe(200);
  });
});
