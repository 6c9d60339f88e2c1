import { DEFAULT_REMINDER_SETTINGS } from './paminnelse.plan';
import { type RecipientCandidate } from './paminnelse.recipients';
import { planUppsiktReminders, uppsiktRecipientsOf, type UppsiktReminderItem } from './paminnelse.uppsikt';

const arende = (over: Partial<UppsiktReminderItem> = {}): UppsiktReminderItem => ({
  arendeId: 'uppsikt-hsn-vantetider',
  organId: 'hsn',
  regionstyrelsenId: 'rs',
  recordedOn: '2023-05-10',
  dueDate: '2023-06-15',
  answered: false,
  closed: false,
  ...over,
});

const RECORDED = '2023-05-10T13:00:00Z';
const ids = (at: string, over: Partial<UppsiktReminderItem> = {}) =>
  planUppsiktReminders(arende(over), at).map((r) => r.jobId);

describe('given an uppsiktsärende recorded with a due date for the answer', () => {
  it('then the organ is reminded 14, 3 and 1 days before at 08:00 and escalated the day after, with deterministic ids', () => {
    const plan = planUppsiktReminders(arende(), RECORDED);
    expect(plan.map((r) => [r.jobId, r.kind, r.fireAt])).toEqual([
      ['uppsiktsarende.uppsikt-hsn-vantetider.svar.p14', 'paminnelse', '2023-06-01T06:00:00.000Z'],
      ['uppsiktsarende.uppsikt-hsn-vantetider.svar.p3', 'paminnelse', '2023-06-12T06:00:00.000Z'],
      ['uppsiktsarende.uppsikt-hsn-vantetider.svar.p1', 'paminnelse', '2023-06-14T06:00:00.000Z'],
      ['uppsiktsarende.uppsikt-hsn-vantetider.svar.e', 'eskalering', '2023-06-16T06:00:00.000Z'],
    ]);
    expect(plan.every((r) => r.itemKind === 'uppsiktsarende' && r.period === 'svar')).toBe(true);
    expect(plan.every((r) => r.deadline === '2023-06-15' && !r.jobId.includes(':'))).toBe(true);
    expect(planUppsiktReminders(arende(), RECORDED)).toEqual(plan);
  });

  it('when the organ answers, then nothing remains; when it is closed, neither', () => {
    expect(ids(RECORDED, { answered: true })).toEqual([]);
    expect(ids(RECORDED, { closed: true })).toEqual([]);
  });

  it('when it is due in less than 14 days, then only the lead days after the recording are planned', () => {
    expect(ids('2023-06-10T09:00:00Z', { recordedOn: '2023-06-10' })).toEqual([
      'uppsiktsarende.uppsikt-hsn-vantetider.svar.p3',
      'uppsiktsarende.uppsikt-hsn-vantetider.svar.p1',
      'uppsiktsarende.uppsikt-hsn-vantetider.svar.e',
    ]);
  });

  it('when the due date has passed without an answer, then only the escalation remains, for the catch-up days', () => {
    expect(ids('2023-06-16T05:00:00Z')).toEqual(['uppsiktsarende.uppsikt-hsn-vantetider.svar.e']);
    const late = new Date(
      Date.parse('2023-06-16T06:00:00Z') + (DEFAULT_REMINDER_SETTINGS.catchUpDays + 1) * 86_400_000,
    );
    expect(ids(late.toISOString())).toEqual([]);
  });
});

describe('who is told about an uppsiktsärende', () => {
  const people: RecipientCandidate[] = [
    { personId: 'person-maria', organId: 'hsn', roles: ['secretary'], active: true },
    { personId: 'person-ida', organId: 'rs', roles: ['secretary'], active: true },
    { personId: 'person-gone', organId: 'hsn', roles: ['secretary'], active: false },
    { personId: 'person-sara', organId: 'hsn', roles: ['officer'], active: true },
    { personId: 'person-rd', organId: null, roles: ['regiondirektor'], active: true },
  ];
  const item = { organId: 'hsn', regionstyrelsenId: 'rs' };

  it('the reminder goes to the active secretaries of the organ that must answer', () => {
    expect(uppsiktRecipientsOf('paminnelse', item, people, { escalateToRegiondirektor: true })).toEqual([
      'person-maria',
    ]);
  });

  it("the escalation goes to regionstyrelsen's secretaries, and to the regiondirektör where configured", () => {
    expect(uppsiktRecipientsOf('eskalering', item, people, { escalateToRegiondirektor: false })).toEqual([
      'person-ida',
    ]);
    expect(uppsiktRecipientsOf('eskalering', item, people, { escalateToRegiondirektor: true })).toEqual([
      'person-ida',
      'person-rd',
    ]);
  });
});
