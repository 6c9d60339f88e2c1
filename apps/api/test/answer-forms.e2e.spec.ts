/**
 * Issue 19.6: one form for every instant in every answer. The demo's April report was written with a
 * Swedish offset (`2023-05-03T10:00:00+02:00`); the uppdrag, its event log and the period table all give
 * its time in UTC, and the same time.
 */
import { type ApiHarness, eventually, startTestApi } from './support/api-harness';
import { ACTORS } from './support/fixtures';

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi({ DEMO_DATA: 'true' });
});
afterAll(() => api?.close());

const UTC = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const UPPDRAG = 'rv-2023-u02-styrd-inkopsprocess';

/** Every value of a key ending in `At` anywhere in an answer. */
function instants(node: unknown): string[] {
  if (Array.isArray(node)) return node.flatMap(instants);
  if (node === null || typeof node !== 'object') return [];
  return Object.entries(node).flatMap(([key, value]) =>
    /At$/.test(key) && typeof value === 'string' ? [value] : instants(value),
  );
}

it("gives a report's time in UTC, the same in the uppdrag, its log and the period table", async () => {
  const as = { as: ACTORS.regiondirektor };
  const uppdrag = await api.request('GET', `/api/uppdrag/${UPPDRAG}`, as);
  const events = await api.request('GET', `/api/uppdrag/${UPPDRAG}/events`, as);
  const table = await eventually(
    () => api.request('GET', '/api/perioder/2023-04/uppdrag', as),
    (answer) => answer.status === 200 && answer.text.includes('"reportedAt":"2023-05-03'),
  );

  const report = uppdrag.body.reports.find((r: { period: string }) => r.period === '2023-04');
  expect(report.reportedAt).toBe('2023-05-03T08:00:00.000Z');
  const reported = events.body.find((e: { type: string }) => e.type === 'UppdragStatusReported');
  expect(reported.occurredAt).toBe('2023-05-03T08:00:00.000Z');
  expect(JSON.stringify(table.body)).toContain('"reportedAt":"2023-05-03T08:00:00.000Z"');

  for (const answer of [uppdrag, events, table]) {
    const all = instants(answer.body);
    expect(all.length).toBeGreaterThan(0);
    expect(all.filter((at) => !UTC.test(at))).toEqual([]);
  }
});

describe("the README's recordedAt example, pasted", () => {
  const revisor = { as: 'person-revisor' };

  it('finds the April report at the instant the demo recorded it', async () => {
    const events = await api.request('GET', `/api/uppdrag/${UPPDRAG}/events`, revisor);
    expect(events.status).toBe(200);
    const at = (events.body as { recordedAt: string }[]).at(-1)!.recordedAt;
    const table = await eventually(
      () => api.request('GET', `/api/perioder/2023-04/uppdrag?recordedAt=${at}`, revisor),
      (answer) => answer.status === 200 && answer.text.includes(UPPDRAG),
    );
    expect(table.text).toContain('"reportedAt":"2023-05-03T08:00:00.000Z"');
    // The demo was recorded at the first start: in 2023 the system showed nothing of it.
    const then = await api.request(
      'GET',
      '/api/perioder/2023-04/uppdrag?recordedAt=2023-05-08T08:00:00Z',
      revisor,
    );
    expect(then.status).toBe(200);
    expect(then.text).not.toContain('"reportedAt":"2023-05-03T08:00:00.000Z"');
  });

  it('says what became of an unescaped + instead of repeating the example', async () => {
    const answer = await api.request(
      'GET',
      '/api/perioder/2023-04/uppdrag?recordedAt=2023-05-08T10:00:00+02:00',
      revisor,
    );
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual([
      {
        field: 'recordedAt',
        reason:
          'tidszonens + blev ett mellanslag i adressen: skriv + som %2B (2023-05-03T09:30:00%2B02:00) eller ange tiden i UTC (2023-05-03T07:30:00Z)',
      },
    ]);
    const escaped = await api.request(
      'GET',
      '/api/perioder/2023-04/uppdrag?recordedAt=2023-05-08T10:00:00%2B02:00',
      revisor,
    );
    expect(escaped.status).toBe(200);
  });
});
