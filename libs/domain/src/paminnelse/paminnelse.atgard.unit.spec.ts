import { type AtgardReminderItem, planAtgardReminders } from './paminnelse.atgard';

const plan = (over: Partial<AtgardReminderItem['atgarder'][number]> = {}): AtgardReminderItem => ({
  organId: 'hsn',
  year: 2023,
  atgarder: [
    {
      atgardId: 'a-avtal',
      period: '2023-T1',
      dueDate: '2023-06-30',
      status: 'planerad',
      addedOn: '2023-05-20',
      ...over,
    },
  ],
});

const MAY = '2023-05-20T12:00:00Z';

describe('given an åtgärd for an avvikelse, with a responsible and a due date', () => {
  it('then its responsible is reminded 14, 3 and 1 days before at 08:00, with deterministic ids and no escalation', () => {
    expect(planAtgardReminders(plan(), MAY).map((r) => [r.jobId, r.kind, r.fireAt])).toEqual([
      ['atgard.hsn-2023.a-avtal.2023-T1.p14', 'paminnelse', '2023-06-16T06:00:00.000Z'],
      ['atgard.hsn-2023.a-avtal.2023-T1.p3', 'paminnelse', '2023-06-27T06:00:00.000Z'],
      ['atgard.hsn-2023.a-avtal.2023-T1.p1', 'paminnelse', '2023-06-29T06:00:00.000Z'],
    ]);
    expect(
      planAtgardReminders(plan(), MAY).every((r) => r.planId === 'hsn-2023' && r.deadline === '2023-06-30'),
    ).toBe(true);
  });

  it('when it is pågår, then the reminders stay; when it is klar, then none remain', () => {
    expect(planAtgardReminders(plan({ status: 'pagar' }), MAY)).toHaveLength(3);
    expect(planAtgardReminders(plan({ status: 'klar' }), MAY)).toEqual([]);
  });

  it('when the due date has passed, then nothing is sent', () => {
    expect(planAtgardReminders(plan(), '2023-07-01T09:00:00Z')).toEqual([]);
  });
});
