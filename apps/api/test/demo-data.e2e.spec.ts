/**
 * Demo data on the first start (DEMO_DATA): started with the switch on, an empty log gets Region
 * Västerbotten's 2023 before the API serves, with the organs and people in the demo's 2023 business
 * times (the development seed, same ids, finds them there and adds nothing); with it off, nothing of it.
 */
import { DEMO_LOADER, DEMO_UPPDRAG } from '@sparbar/demo';
import { organStream, uppdragStream } from '@sparbar/domain';
import { loadDemoOnFirstStart } from '@sparbar/runtime';
import { type ApiHarness, eventually, startTestApi } from './support/api-harness';

describe('DEMO_DATA=true', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startTestApi({ DEMO_DATA: 'true' });
  }, 180_000);
  afterAll(() => api?.close());

  test('the T1 2023 period table of regionfullmäktige has the seed’s 8 rows', async () => {
    const table = await eventually(
      () =>
        api.request('GET', '/api/perioder/2023-T1/uppdrag?givenBy=regionfullmaktige', { as: 'person-ida' }),
      (answer) => answer.status === 200 && (answer.body as { rows: unknown[] }).rows.length === 8,
      60_000,
    );
    const rows = (table.body as { rows: { text: string; status: string }[] }).rows;
    expect(rows.map((r) => r.text)).toContain(DEMO_UPPDRAG[0].text);
    expect(rows.every((r) => r.status === 'pagaende_enligt_plan')).toBe(true);
  }, 90_000);

  test('the organs come from the demo (2023), not from the development seed', async () => {
    const [registered, ...more] = await api.events(organStream('regionfullmaktige'));
    expect(more).toHaveLength(0);
    expect(registered.metadata.actor).toBe(DEMO_LOADER);
    expect(registered.metadata.occurredAt).toMatch(/^2023-01-02/);
  });

  test('a later start finds the demo there and writes nothing', async () => {
    const [before] = await api.store.readAll({ maxCount: 1_000_000 }).then((all) => all.slice(-1));
    expect(await loadDemoOnFirstStart(api.store)).toBe('present');
    const [after] = await api.store.readAll({ after: before.position - 1 });
    expect(after.position).toBe(before.position);
  });
});

describe('DEMO_DATA=false', () => {
  let api: ApiHarness;
  beforeAll(async () => {
    api = await startTestApi({ DEMO_DATA: 'false' });
  }, 180_000);
  afterAll(() => api?.close());

  test('no demo uppdrag, and the development seed registers the organs itself', async () => {
    expect(await api.events(uppdragStream(DEMO_UPPDRAG[0].uppdragId))).toHaveLength(0);
    const [registered] = await api.events(organStream('regionfullmaktige'));
    expect(registered.metadata.actor).not.toBe(DEMO_LOADER);
  });
});
