/**
 * Demo data on the first start (DEMO_DATA): started with the switch on, an empty log gets Region
 * Västerbotten's 2023 before the API serves, with the organs and people in the demo's 2023 business
 * times (the development seed, same ids, finds them there and adds nothing), and the current plan year
 * laid out around the test day (TEST_NOW, 18 June 2025): Johan's open uppdrag include 2025's, with May
 * reports missing, and the worker that runs beside the API escalates them to HSN's secretary's inkorg.
 * With the switch off, nothing of it.
 */
import { currentYearPlan, DEMO_LOADER, DEMO_UPPDRAG } from '@sparbar/demo';
import { organStream, uppdragStream } from '@sparbar/domain';
import { loadDemoOnFirstStart } from '@sparbar/runtime';
import { testClock } from '../../../test/support/clock';
import { type ApiHarness, eventually, startTestApi } from './support/api-harness';

type Aging = { open: { uppdragId: string; missingReports: { period: string; daysLate: number }[] }[] };
type Inkorg = { entries: { itemId: string; period: string; kind: string }[] };

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

  test('Johan’s open uppdrag include the current year’s, May late on u02, and 2023’s as history', async () => {
    const plan = currentYearPlan(testClock());
    expect(plan.planYear).toBe(2025);
    const mine = await api.request<{ items: { uppdragId: string }[] }>(
      'GET',
      '/api/uppdrag?ansvarig=person-johan&limit=500',
      { as: 'person-johan' },
    );
    const ids = mine.body.items.map((u) => u.uppdragId);
    expect(ids).toEqual(
      expect.arrayContaining(['demo-2025-u01-digitala-vardmoten', 'demo-2025-u02-hyrpersonal']),
    );
    expect(ids).toContain(DEMO_UPPDRAG[0].uppdragId);
    const aging = await eventually(
      () => api.request<Aging>('GET', '/api/uppfoljning/aldrande', { as: 'person-johan' }),
      (a) => a.status === 200 && a.body.open.some((u) => u.uppdragId.startsWith('demo-2025-')),
      60_000,
    );
    const late = (id: string) => aging.body.open.find((u) => u.uppdragId === id)?.missingReports;
    expect(late('demo-2025-u02-hyrpersonal')).toEqual([expect.objectContaining({ period: '2025-05' })]);
    expect(late('demo-2025-u01-digitala-vardmoten')).toEqual([]);
    expect(late('demo-2025-u02-hyrpersonal')![0].daysLate).toBeLessThan(7);
  }, 90_000);

  test('the reminder runner escalates the late May reports to HSN’s secretary’s inkorg', async () => {
    const inkorg = await eventually(
      () => api.request<Inkorg>('GET', '/api/inkorg', { as: 'person-maria' }),
      (a) =>
        a.status === 200 &&
        a.body.entries.some((e) => e.itemId === 'demo-2025-u02-hyrpersonal' && e.kind === 'eskalering'),
      60_000,
    );
    const escalated = inkorg.body.entries.filter((e) => e.kind === 'eskalering').map((e) => e.itemId);
    expect(escalated).toEqual(
      expect.arrayContaining(['demo-2025-u02-hyrpersonal', 'demo-2024-f01-vardplatser']),
    );
    expect(inkorg.body.entries.every((e) => e.period === '2025-05')).toBe(true);
  }, 90_000);

  test('a later start finds the demo there and writes nothing', async () => {
    const [before] = await api.store.readAll({ maxCount: 1_000_000 }).then((all) => all.slice(-1));
    expect(await loadDemoOnFirstStart(api.store, testClock)).toBe('present');
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
