/**
 * The inbox through the API: an uppdrag is registered with Johan as ansvarig, and the reminder
 * delivery the worker runs delivers two of its reminders (the clock set to each one's time). Johan
 * sees them in his inbox, newest first and in Swedish, a page at a time; Sara, who is not ansvarig,
 * sees none of them. Bad paging is a 400 naming the field; no token is a 401.
 */
import { DEFAULT_REMINDER_SETTINGS, type PlannedReminder, planReminders } from '@sparbar/domain';
import { ReminderDelivery, ReminderModel, reminderItemOf } from '@sparbar/reminders';
import { testClock } from '../../../test/support/clock';
import { type ApiHarness, eventually, startTestApi } from './support/api-harness';
import { ACTORS, ANSVARIG, expectStatus, setup } from './support/fixtures';

let api: ApiHarness;
let uppdragId: string;
let delivered: PlannedReminder[];

const settings = DEFAULT_REMINDER_SETTINGS;

/**
 * What the worker knows: the log folded. The uppdrag's own stream is read directly: `readAll` stops at
 * the safe horizon, which a write of a moment ago may not have passed yet.
 */
async function model(): Promise<ReminderModel> {
  const m = new ReminderModel();
  for (const event of await api.store.readAll()) if (!event.stream.startsWith('uppdrag-')) m.apply(event);
  for (const event of await api.store.readStream(`uppdrag-${uppdragId}`)) m.apply(event);
  return m;
}

/** Delivers `job` as the worker does when its time comes. */
async function deliverAtItsTime(job: PlannedReminder): Promise<void> {
  const delivery = new ReminderDelivery({
    store: api.store,
    model: await model(),
    settings,
    clock: () => new Date(Date.parse(job.fireAt) + 1_000),
    baseUrl: 'https://sparbar.region.example',
  });
  expect(await delivery.deliver(job)).toEqual({ delivered: 1, skipped: null });
}

type Page = {
  entries: { key: string; title: string; period: string; kind: string }[];
  nextCursor: string | null;
};

const inbox = async (as: typeof ANSVARIG, query = ''): Promise<Page> => {
  const answer = await api.request<Page>('GET', `/api/inkorg${query}`, { as });
  expectStatus(answer, 200);
  return answer.body;
};

beforeAll(async () => {
  api = await startTestApi();
  uppdragId = await setup.uppdrag(api);
  const m = await model();
  const plan = planReminders(reminderItemOf(m.uppdrag.get(uppdragId)!), testClock().toISOString(), settings);
  // The second period's reminders all lie ahead: the first may already be partly past.
  const period = [...new Set(plan.map((j) => j.period))][1];
  const [p14, p3] = plan.filter((j) => j.period === period && j.kind === 'paminnelse');
  delivered = [p14, p3];
  for (const job of delivered) await deliverAtItsTime(job);
});

afterAll(async () => {
  await api?.close();
});

describe('GET /api/inkorg', () => {
  it('shows the reminders delivered to the ansvarig, newest first, in Swedish', async () => {
    // The worker builds the inbox beside the API: 503 until its view exists, then a moment behind.
    const ours = (p: Page) =>
      p.entries.filter((e) => e.key.startsWith(`uppdrag.${uppdragId}.${delivered[0].period}.`));
    const page = await eventually(
      async () => (await api.request<Page>('GET', '/api/inkorg', { as: ANSVARIG })).body,
      (p) => Array.isArray(p?.entries) && ours(p).length === 2,
    );
    const mine = ours(page);
    expect(mine.map((e) => e.key)).toEqual([
      `${delivered[1].jobId}.${ANSVARIG.personId}.inkorg`,
      `${delivered[0].jobId}.${ANSVARIG.personId}.inkorg`,
    ]);
    expect(mine[0]).toMatchObject({
      itemKind: 'uppdrag',
      itemId: uppdragId,
      itemText: expect.stringContaining('Införa styrd inköpsprocess'),
      uppdragId,
      uppdragText: expect.stringContaining('Införa styrd inköpsprocess'),
      period: delivered[0].period,
      deadline: delivered[0].deadline,
      kind: 'paminnelse',
      title: expect.stringMatching(/^Påminnelse: rapport för \S+ \d{4} senast \S+dag \d{1,2} \S+ \d{4}$/),
    });
  });

  it('pages with limit and cursor, one entry at a time, as the whole inbox', async () => {
    const all = await inbox(ANSVARIG);
    expect(all.nextCursor).toBeNull();
    const keys: string[] = [];
    let cursor: string | null = null;
    do {
      const page: Page = await inbox(ANSVARIG, `?limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      expect(page.entries.length).toBeLessThanOrEqual(1);
      keys.push(...page.entries.map((e) => e.key));
      cursor = page.nextCursor;
    } while (cursor !== null);
    expect(keys).toEqual(all.entries.map((e) => e.key));
    expect(keys.length).toBeGreaterThanOrEqual(2);
  });

  it("does not show them in another person's inbox", async () => {
    const page = await inbox(ACTORS.officerRecipient);
    expect(page.entries.filter((e) => e.key.includes(uppdragId))).toEqual([]);
  });

  it('refuses bad paging with 400, naming the field', async () => {
    for (const [query, fields] of [
      ['limit=0', ['limit']],
      ['limit=501', ['limit']],
      ['limit=x', ['limit']],
      ['cursor=abc', ['cursor']],
      ['limit=0&cursor=-1', ['limit', 'cursor']],
    ] as const) {
      const answer = await api.request('GET', `/api/inkorg?${query}`, { as: ANSVARIG });
      expect({
        query,
        status: answer.status,
        code: answer.body.code,
        fields: answer.body.errors?.map((e: { field: string }) => e.field),
      }).toEqual({ query, status: 400, code: 'VALIDATION_FAILED', fields });
    }
  });

  it('answers 401 without a token', async () => {
    expect((await api.request('GET', '/api/inkorg')).status).toBe(401);
  });
});
