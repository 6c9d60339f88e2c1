/**
 * A joint uppdrag's escalation reaches only the organ whose part is missing. The API (with its worker)
 * starts its clock twenty seconds before the escalation of tertial 1 2025 falls due; the uppdrag to RS
 * and HSN is imported with its history first: registered in January, RS's part of T1 reported in
 * April, HSN's not. When the escalation fires, HSN's secretary gets it in her inbox, RS's secretary
 * does not, and the log says to whom it went.
 */
import {
  addDays,
  DEFAULT_REMINDER_SETTINGS,
  deadlineOf,
  paminnelseStreamOf,
  tertial,
  wallClockInstant,
} from '@sparbar/domain';
import { type ApiHarness, eventually, startTestApi, USERS } from './support/api-harness';
import { expectStatus, newId, uppdragBody } from './support/fixtures';

const T1 = tertial(2025, 1);
const escalationAt = wallClockInstant(
  addDays(deadlineOf(T1), DEFAULT_REMINDER_SETTINGS.escalationDelayDays),
  DEFAULT_REMINDER_SETTINGS.sendAt,
);
const migrering = USERS['person-migrering'];
const uppdragId = newId('uppdrag-gemensamt');

type Inbox = { entries: { itemId: string; kind: string; period: string }[] };

let api: ApiHarness;
beforeAll(async () => {
  api = await startTestApi({
    // Before it falls due, so the worker judges it on the whole history, not on the registration alone.
    CLOCK_START: new Date(Date.parse(escalationAt) - 20_000).toISOString(),
  });
  const body = uppdragBody({
    uppdragId,
    riktasTill: ['rs', 'hsn'],
    samordnare: 'rs',
    periodicitet: 'tertial',
    slutdatum: '2025-12-31',
    origin: { givenBy: 'regionfullmaktige', kind: 'fullmaktige', planYear: 2025 },
  });
  const registered = { ...body, occurredAt: '2025-01-15T09:00:00+01:00' };
  expectStatus(await api.request('POST', '/api/uppdrag', { as: migrering, body: registered }), 201);
  const rsPart = {
    period: '2025-T1',
    organId: 'rs',
    status: 'pagaende_enligt_plan',
    kommentar: 'Regionstyrelsens förvaltning har kommit igång.',
    occurredAt: '2025-04-28T10:00:00+02:00',
  };
  expectStatus(
    await api.request('POST', `/api/uppdrag/${uppdragId}/reports`, { as: migrering, body: rsPart }),
    200,
  );
}, 60_000);
afterAll(() => api?.close());

const escalations = async (who: string) => {
  const answer = await api.request<Inbox>('GET', '/api/inkorg', { as: who });
  return answer.status === 200
    ? answer.body.entries.filter((e) => e.itemId === uppdragId && e.kind === 'eskalering')
    : [];
};

it('escalates T1 to HSN, whose part is missing, and not to RS, which reported its part', async () => {
  const hsn = await eventually(
    () => escalations('person-maria'),
    (entries) => entries.length > 0,
    60_000,
  );
  expect(hsn).toEqual([expect.objectContaining({ period: '2025-T1', kind: 'eskalering' })]);
  expect(await escalations('person-ida')).toEqual([]);

  const sent = (await api.events(paminnelseStreamOf('uppdrag', uppdragId)))
    .filter((e) => e.type === 'PaminnelseSent')
    .map((e) => e.data as { kind: string; recipientPersonId: string; period: string });
  const escalated = sent.filter((d) => d.kind === 'eskalering').map((d) => d.recipientPersonId);
  expect(escalated).toContain('person-maria');
  expect(escalated).not.toContain('person-ida');
}, 90_000);
