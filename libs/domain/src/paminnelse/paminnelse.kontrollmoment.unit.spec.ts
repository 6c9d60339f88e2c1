import { deadlineOf } from '../arshjul/reporting-calendar';
import {
  internkontrollPlanId,
  kontrollmomentRecipientsOf,
  type KontrollmomentReminderItem,
  kontrollPeriodsOf,
  parseInternkontrollPlanId,
  planKontrollmomentReminders,
} from './paminnelse.kontrollmoment';
import { type RecipientCandidate } from './paminnelse.recipients';

const plan = (over: Partial<KontrollmomentReminderItem> = {}): KontrollmomentReminderItem => ({
  organId: 'hsn',
  year: 2023,
  adoptedOn: '2023-02-20',
  kontrollmoment: [{ kontrollmomentId: 'km-inkop', frekvens: 'tertial', addedOn: '2023-02-01' }],
  results: new Set(),
  ...over,
});

const FEB = '2023-02-21T09:00:00Z';
const periods = (at: string, over: Partial<KontrollmomentReminderItem> = {}) => [
  ...new Set(planKontrollmomentReminders(plan(over), at).map((r) => `${r.kontrollmomentId} ${r.period}`)),
];

describe('given an adopted internkontrollplan with a kontrollmoment per tertial', () => {
  it('then each tertial owes a result by its årshjul deadline: reminders before, an escalation after, deterministic ids', () => {
    const planned = planKontrollmomentReminders(plan(), FEB);
    const t1 = planned.filter((r) => r.period === '2023-T1');
    expect(t1.map((r) => r.jobId)).toEqual([
      'kontrollmoment.hsn-2023.km-inkop.2023-T1.p14',
      'kontrollmoment.hsn-2023.km-inkop.2023-T1.p3',
      'kontrollmoment.hsn-2023.km-inkop.2023-T1.p1',
      'kontrollmoment.hsn-2023.km-inkop.2023-T1.e',
    ]);
    expect(t1.every((r) => r.deadline === '2023-05-15' && r.planId === 'hsn-2023')).toBe(true);
    expect(t1[0].fireAt).toBe('2023-05-01T06:00:00.000Z');
    expect(periods(FEB)).toEqual(['km-inkop 2023-T1', 'km-inkop 2023-T2', 'km-inkop 2023-T3']);
    expect(planKontrollmomentReminders(plan(), FEB)).toEqual(planned);
  });

  it('when the plan is not adopted yet, then nothing is owed', () => {
    expect(planKontrollmomentReminders(plan({ adoptedOn: null }), FEB)).toEqual([]);
  });

  it("when a result is recorded for T1 (utan anmärkning or avvikelse), then T1's reminders go, T2's stay", () => {
    expect(periods(FEB, { results: new Set(['km-inkop/2023-T1']) })).toEqual([
      'km-inkop 2023-T2',
      'km-inkop 2023-T3',
    ]);
    // Another kontrollmoment's result for the same period cancels nothing here.
    expect(periods(FEB, { results: new Set(['km-annat/2023-T1']) })).toHaveLength(3);
  });

  it('when the deadline has passed without a result, then only the escalation remains', () => {
    const kinds = planKontrollmomentReminders(plan(), '2023-05-16T05:00:00Z')
      .filter((r) => r.period === '2023-T1')
      .map((r) => [r.jobId, r.fireAt]);
    expect(kinds).toEqual([['kontrollmoment.hsn-2023.km-inkop.2023-T1.e', '2023-05-16T06:00:00.000Z']]);
  });

  it('when a kontrollmoment is added to the adopted plan in June, then it owes from then on only', () => {
    const later = plan({
      kontrollmoment: [
        { kontrollmomentId: 'km-inkop', frekvens: 'tertial', addedOn: '2023-02-01' },
        { kontrollmomentId: 'km-attest', frekvens: 'manad', addedOn: '2023-06-20' },
      ],
    });
    const attest = [
      ...new Set(
        planKontrollmomentReminders(later, '2023-06-20T12:00:00Z')
          .filter((r) => r.kontrollmomentId === 'km-attest')
          .map((r) => r.period),
      ),
    ];
    // May's deadline (mid June) is before the day it was added: June is the first month owed.
    expect(attest[0]).toBe('2023-06');
    expect(attest).toHaveLength(7);
  });
});

describe('the periods a frekvens owes', () => {
  it('månad: twelve, tertial: three, år: one by T3’s deadline (the årsredovisning)', () => {
    expect(kontrollPeriodsOf('manad', 2023).map((p) => p.period)).toHaveLength(12);
    expect(kontrollPeriodsOf('manad', 2023)[3]).toEqual({
      period: '2023-04',
      deadline: deadlineOf({ kind: 'manad', year: 2023, month: 4 }),
    });
    expect(kontrollPeriodsOf('tertial', 2023).map((p) => p.period)).toEqual([
      '2023-T1',
      '2023-T2',
      '2023-T3',
    ]);
    expect(kontrollPeriodsOf('ar', 2023)).toEqual([
      { period: '2023', deadline: deadlineOf({ kind: 'tertial', year: 2023, tertial: 3 }) },
    ]);
  });

  it('a plan id is read back to its nämnd and year', () => {
    expect(internkontrollPlanId('hsn-norr', 2023)).toBe('hsn-norr-2023');
    expect(parseInternkontrollPlanId('hsn-norr-2023')).toEqual({ organId: 'hsn-norr', year: 2023 });
    expect(parseInternkontrollPlanId('hsn')).toBeNull();
  });
});

describe('who is told about a kontrollmoment', () => {
  const people: RecipientCandidate[] = [
    { personId: 'person-maria', organId: 'hsn', roles: ['secretary'], active: true },
    { personId: 'person-ida', organId: 'rs', roles: ['secretary'], active: true },
    { personId: 'person-sara', organId: 'hsn', roles: ['officer'], active: true },
    { personId: 'person-gone', organId: 'hsn', roles: ['officer'], active: false },
    { personId: 'person-rd', organId: null, roles: ['regiondirektor'], active: true },
  ];
  const off = { escalateToRegiondirektor: false };

  it('the reminder goes to the person the kontrollmoment names, when the directory knows the id', () => {
    expect(
      kontrollmomentRecipientsOf('paminnelse', { organId: 'hsn', vem: 'person-sara' }, people, off),
    ).toEqual(['person-sara']);
  });

  it("a role, a name or a deactivated person: the nämnd's secretaries instead", () => {
    for (const vem of ['Ekonomichef', 'person-gone'])
      expect(kontrollmomentRecipientsOf('paminnelse', { organId: 'hsn', vem }, people, off)).toEqual([
        'person-maria',
      ]);
  });

  it("the escalation goes to the nämnd's secretaries (and the regiondirektör where configured)", () => {
    const item = { organId: 'hsn', vem: 'person-sara' };
    expect(kontrollmomentRecipientsOf('eskalering', item, people, off)).toEqual(['person-maria']);
    expect(
      kontrollmomentRecipientsOf('eskalering', item, people, { escalateToRegiondirektor: true }),
    ).toEqual(['person-maria', 'person-rd']);
  });
});
