import { delmalRecipientsOf, planDelmalReminders, type DelmalReminderItem } from './paminnelse.delmal';
import { DEFAULT_REMINDER_SETTINGS } from './paminnelse.plan';
import { type RecipientCandidate } from './paminnelse.recipients';

const item = (over: Partial<DelmalReminderItem> = {}): DelmalReminderItem => ({
  delmalId: 'hsn-2023-digitala-vardmoten',
  organId: 'hsn',
  planYear: 2023,
  definedOn: '2023-01-10',
  active: true,
  assessments: new Set(),
  ...over,
});

const JAN = '2023-01-20T09:00:00Z';
const ids = (at: string, over: Partial<DelmalReminderItem> = {}) =>
  planDelmalReminders(item(over), at).map((r) => r.jobId);

describe('delmål reminders: a bedömning per tertial of the plan year, by the årshjul deadline', () => {
  it('plans T1, T2 and T3 with the lead days and an escalation each, with deterministic ids', () => {
    const plan = planDelmalReminders(item(), JAN);
    expect([...new Set(plan.map((r) => r.period))]).toEqual(['2023-T1', '2023-T2', '2023-T3']);
    const t1 = plan.filter((r) => r.period === '2023-T1');
    expect(t1.map((r) => r.jobId)).toEqual([
      'delmal.hsn-2023-digitala-vardmoten.2023-T1.p14',
      'delmal.hsn-2023-digitala-vardmoten.2023-T1.p3',
      'delmal.hsn-2023-digitala-vardmoten.2023-T1.p1',
      'delmal.hsn-2023-digitala-vardmoten.2023-T1.e',
    ]);
    expect(plan.every((r) => !r.jobId.includes(':'))).toBe(true);
    expect(new Set(t1.map((r) => r.deadline)).size).toBe(1);
    expect(t1[0].deadline > '2023-04-30').toBe(true);
    expect(planDelmalReminders(item(), JAN)).toEqual(plan);
  });

  it('an assessment for T1 (or for april) cancels T1 only', () => {
    for (const given of ['2023-T1', '2023-04']) {
      const periods = new Set(
        planDelmalReminders(item({ assessments: new Set([given]) }), JAN).map((r) => r.period),
      );
      expect([...periods]).toEqual(['2023-T2', '2023-T3']);
    }
    expect(ids(JAN, { assessments: new Set(['2023-03']) })).toContain(
      'delmal.hsn-2023-digitala-vardmoten.2023-T1.p14',
    );
  });

  it('a closed delmål gets none; a tertial whose deadline passed before it was defined is not owed', () => {
    expect(ids(JAN, { active: false })).toEqual([]);
    const lateDefined = planDelmalReminders(item({ definedOn: '2023-07-01' }), '2023-07-02T09:00:00Z');
    expect(new Set(lateDefined.map((r) => r.period))).toEqual(new Set(['2023-T2', '2023-T3']));
  });

  it('after the deadline only the escalation remains, for the catch-up days', () => {
    const t1 = planDelmalReminders(item(), JAN).filter((r) => r.period === '2023-T1');
    const deadline = t1[0].deadline;
    // The day after the deadline, after the escalation's time (08:00 Swedish time).
    const after = new Date(Date.parse(`${deadline}T12:00:00Z`) + 86_400_000).toISOString();
    expect(
      planDelmalReminders(item(), after)
        .filter((r) => r.period === '2023-T1')
        .map((r) => r.kind),
    ).toEqual(['eskalering']);
    const muchLater = new Date(Date.parse(after) + (DEFAULT_REMINDER_SETTINGS.catchUpDays + 3) * 86_400_000);
    expect(ids(muchLater.toISOString()).filter((id) => id.includes('T1'))).toEqual([]);
  });
});

describe('who is told about a delmål', () => {
  const people: RecipientCandidate[] = [
    { personId: 'person-maria', organId: 'hsn', roles: ['secretary'], active: true },
    { personId: 'person-ida', organId: 'rs', roles: ['secretary'], active: true },
    { personId: 'person-gone', organId: 'hsn', roles: ['secretary'], active: false },
    { personId: 'person-sara', organId: 'hsn', roles: ['officer'], active: true },
    { personId: 'person-rd', organId: null, roles: ['regiondirektor'], active: true },
  ];

  it("the reminder goes to the nämnd's active secretaries", () => {
    expect(
      delmalRecipientsOf('paminnelse', { organId: 'hsn' }, people, { escalateToRegiondirektor: true }),
    ).toEqual(['person-maria']);
  });

  it('the escalation too, and to the regiondirektör where configured', () => {
    expect(
      delmalRecipientsOf('eskalering', { organId: 'hsn' }, people, { escalateToRegiondirektor: false }),
    ).toEqual(['person-maria']);
    expect(
      delmalRecipientsOf('eskalering', { organId: 'hsn' }, people, { escalateToRegiondirektor: true }),
    ).toEqual(['person-maria', 'person-rd']);
  });
});
