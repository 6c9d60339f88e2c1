import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { LogFollower, StartupError } from '@sparbar/runtime';
import { type RunningApp, eventually, startApiWith, testEvent } from './support/running-app';

// With nothing configured but a data folder: the embedded store, API and worker in one process.
describe('the API on the embedded store', () => {
  let dataDir: string;
  let api: RunningApp | undefined;

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'sparbar-e2e-'));
  });

  afterEach(async () => {
    await api?.close();
    api = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers live and ready, and names the store it checked', async () => {
    api = await startApiWith({ DATA_DIR: dataDir });

    const live = await api.get('/health/live');
    expect(live.status).toBe(200);
    expect(JSON.parse(live.body)).toEqual({ status: 'ok' });

    const ready = await api.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(JSON.parse(ready.body)).toMatchObject({ status: 'ok', info: { store: { status: 'up' } } });
  });

  it('counts appended events by type on /metrics, and the worker in the same process catches up', async () => {
    // Without the demo, whose load on first start may still be writing when the worker catches up here.
    api = await startApiWith({ DATA_DIR: dataDir, DEMO_DATA: 'false' });
    await api.store.appendToStream('uppdrag-1', [
      testEvent('UppdragRegistered'),
      testEvent('UppdragStatusReported'),
    ]);
    const { position } = await api.store.appendToStream('uppdrag-1', [testEvent('UppdragStatusReported')]);

    const metrics = await eventually(
      () => api!.get('/metrics'),
      (m) => m.body.includes('sparbar_projection_lag_events 0'),
    );
    expect(metrics.status).toBe(200);
    expect(metrics.headers.get('content-type')).toContain('text/plain');
    expect(metrics.body).toContain('sparbar_events_appended_total{type="UppdragRegistered"} 1');
    expect(metrics.body).toContain('sparbar_events_appended_total{type="UppdragStatusReported"} 2');
    expect(metrics.body).toContain('sparbar_projection_lag_events 0');
    expect(metrics.body).toContain('process_resident_memory_bytes');
    expect(api.app.get(LogFollower).lastHandledPosition).toBe(position);
  });

  it('gives every response a request id, keeping the caller’s', async () => {
    api = await startApiWith({ DATA_DIR: dataDir });
    const own = await fetch(`${api.url}/health/live`, { headers: { 'x-request-id': 'spar-123' } });
    expect(own.headers.get('x-request-id')).toBe('spar-123');
    const made = await api.get('/health/live');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps its events across a restart', async () => {
    api = await startApiWith({ DATA_DIR: dataDir });
    await api.store.appendToStream('uppdrag-7', [
      testEvent('UppdragRegistered', { titel: 'Styrd inköpsprocess' }),
    ]);
    await api.close();

    api = await startApiWith({ DATA_DIR: dataDir });
    const events = await api.store.readStream('uppdrag-7');
    expect(events.map((e) => [e.type, e.data])).toEqual([
      ['UppdragRegistered', { titel: 'Styrd inköpsprocess' }],
    ]);
  });

  it('refuses a second opening of the same data folder while the first is running, and frees it on close', async () => {
    api = await startApiWith({ DATA_DIR: dataDir });
    const second = startApiWith({ DATA_DIR: dataDir });
    await expect(second).rejects.toThrow(StartupError);
    await expect(second).rejects.toThrow(/^DATA_DIR: .* används redan av en annan Spårbar-process/);

    await api.close();
    expect(existsSync(join(dataDir, 'sparbar.lock'))).toBe(false);
    api = await startApiWith({ DATA_DIR: dataDir });
    expect((await api.get('/health/ready')).status).toBe(200);
  });
});
