import { reportingCalendar } from '../arshjul/reporting-calendar';
import {
  addDays,
  DEFAULT_REMINDER_SETTINGS,
  planReminders,
  type ReminderItem,
  reminderSettings,
  wallClockInstant,
} from './paminnelse.plan';

const inkop = (facts: Partial<ReminderItem> = {}): ReminderItem => ({
  uppdragId: 'inkop',
  periodicitet: 'tertial',
  registeredOn: '2023-01-10',
  slutdatum: '2023-12-31',
  active: true,
  reports: new Set(),
  ...facts,
});

/** "jobId fireAt" per job: reads like the queue. */
const plan = (item: ReminderItem, now: string, settings = DEFAULT_REMINDER_SETTINGS) =>
  planReminders(item, now, settings).map((j) => `${j.jobId} ${j.fireAt}`);

describe('planning reminders', () => {
  it('reminds 14, 3 and 1 days before each deadline at 08:00 Swedish time and escalates the day after', () => {
    // T1 2023 is due 15 May (10 working days after 30 April): summer time, 08:00 is 06:00Z.
    expect(plan(inkop(), '2023-01-10T12:00:00Z').slice(0, 4)).toEqual([
      'uppdrag.inkop.2023-T1.p14 2023-05-01T06:00:00.000Z',
      'uppdrag.inkop.2023-T1.p3 2023-05-12T06:00:00.000Z',
      'uppdrag.inkop.2023-T1.p1 2023-05-14T06:00:00.000Z',
      'uppdrag.inkop.2023-T1.e 2023-05-16T06:00:00.000Z',
    ]);
    // Every period to slutdatum: 3 tertials × 4 jobs; T3's deadline is in January, winter time.
    const all = plan(inkop(), '2023-01-10T12:00:00Z');
    expect(all).toHaveLength(12);
    expect(all.at(-1)).toBe('uppdrag.inkop.2023-T3.e 2024-01-16T07:00:00.000Z');
  });

  it('is the same plan every time: replaying the same facts schedules the same jobs', () => {
    const now = '2023-03-01T00:00:00Z';
    expect(planReminders(inkop(), now)).toEqual(planReminders(inkop(), now));
  });

  it('drops the reminders of a reported period: a report cancels the rest', () => {
    const jobs = plan(inkop({ reports: new Set(['2023-T1']) }), '2023-05-02T00:00:00Z');
    expect(jobs.some((j) => j.includes('2023-T1'))).toBe(false);
    expect(jobs[0]).toMatch(/^uppdrag\.inkop\.2023-T2\.p14 /);
  });

  it('adds the periods an extension opens', () => {
    const before = plan(inkop(), '2023-06-01T00:00:00Z');
    const after = plan(inkop({ slutdatum: '2024-04-30' }), '2023-06-01T00:00:00Z');
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after.slice(before.length).map((j) => j.split(' ')[0])).toEqual([
      'uppdrag.inkop.2024-T1.p14',
      'uppdrag.inkop.2024-T1.p3',
      'uppdrag.inkop.2024-T1.p1',
      'uppdrag.inkop.2024-T1.e',
    ]);
  });

  it('plans nothing for a closed or withdrawn uppdrag', () => {
    expect(plan(inkop({ active: false }), '2023-03-01T00:00:00Z')).toEqual([]);
  });

  it('keeps of the reminders already due only the latest, and none once the deadline passed', () => {
    // Down from 30 April to 14 May: only the 1-day reminder goes out, now; then the escalation.
    expect(plan(inkop(), '2023-05-14T09:00:00Z').slice(0, 2)).toEqual([
      'uppdrag.inkop.2023-T1.p1 2023-05-14T06:00:00.000Z',
      'uppdrag.inkop.2023-T1.e 2023-05-16T06:00:00.000Z',
    ]);
    // On the deadline day the reminders are over but the period is still on time.
    expect(plan(inkop(), '2023-05-15T20:00:00Z')[0]).toBe(
      'uppdrag.inkop.2023-T1.p1 2023-05-14T06:00:00.000Z',
    );
    expect(plan(inkop(), '2023-05-16T00:00:00Z')[0]).toBe('uppdrag.inkop.2023-T1.e 2023-05-16T06:00:00.000Z');
  });

  it('still escalates within the catch-up days after an outage, not later', () => {
    expect(plan(inkop(), '2023-05-23T06:00:00Z')[0]).toBe('uppdrag.inkop.2023-T1.e 2023-05-16T06:00:00.000Z');
    expect(plan(inkop(), '2023-05-23T06:00:01Z')[0]).toMatch(/2023-T2\.p14/);
  });

  it('does not remind on days before the uppdrag was registered', () => {
    // 30 days before 15 May is 15 April, before the registration on 28 April.
    const late = inkop({ registeredOn: '2023-04-28' });
    const settings = reminderSettings({ leadDays: [30, 3] });
    expect(plan(late, '2023-04-28T10:00:00Z', settings).slice(0, 2)).toEqual([
      'uppdrag.inkop.2023-T1.p3 2023-05-12T06:00:00.000Z',
      'uppdrag.inkop.2023-T1.e 2023-05-16T06:00:00.000Z',
    ]);
  });

  it('follows fixed dates of the årshjul and the configured lead times', () => {
    const calendar = reportingCalendar({ deadlines: { '2023-T1': '2023-05-12' } });
    const settings = reminderSettings({ leadDays: [2], escalationDelayDays: 3, sendAt: '13:30' });
    const jobs = planReminders(inkop(), '2023-01-10T12:00:00Z', settings, calendar).slice(0, 2);
    expect(jobs.map((j) => `${j.jobId} ${j.fireAt} ${j.deadline}`)).toEqual([
      'uppdrag.inkop.2023-T1.p2 2023-05-10T11:30:00.000Z 2023-05-12',
      'uppdrag.inkop.2023-T1.e 2023-05-15T11:30:00.000Z 2023-05-12',
    ]);
  });

  it('never puts a colon in a job id (BullMQ separates keys with it)', () => {
    const ids = planReminders(inkop({ periodicitet: 'manad' }), '2023-01-10T12:00:00Z').map((j) => j.jobId);
    expect(ids).toHaveLength(48);
    expect(ids.filter((id) => id.includes(':'))).toEqual([]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    [{ leadDays: [-1] }, 'leadDays'],
    [{ escalationDelayDays: 0 }, 'escalationDelayDays'],
    [{ sendAt: '8' }, 'sendAt'],
  ])('refuses settings that plan nonsense (%#)', (input, field) => {
    expect(() => reminderSettings(input)).toThrow(expect.objectContaining({ field }));
  });
});

describe('dates and times', () => {
  it('adds days across months and years', () => {
    expect(addDays('2023-05-15', -14)).toBe('2023-05-01');
    expect(addDays('2023-12-31', 1)).toBe('2024-01-01');
  });

  it('finds the instant of a Swedish wall-clock time in winter and summer', () => {
    expect(wallClockInstant('2023-01-16', '08:00')).toBe('2023-01-16T07:00:00.000Z');
    expect(wallClockInstant('2023-07-01', '08:00')).toBe('2023-07-01T06:00:00.000Z');
    expect(wallClockInstant('2023-03-26', '08:00')).toBe('2023-03-26T06:00:00.000Z'); // switch day
  });
});
