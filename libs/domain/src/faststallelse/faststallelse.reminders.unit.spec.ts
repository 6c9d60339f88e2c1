import { planDelmalReminders } from '../paminnelse/paminnelse.delmal';
import { planReminders } from '../paminnelse/paminnelse.plan';
import { ORGAN } from '../testing/fixtures';
import { type Uppdrag } from '../uppdrag/uppdrag.state';
import {
  inboxReminderSettled,
  owingAfterAdoption,
  periodsStoppedByAdoption,
} from './faststallelse.reminders';
import { periodReportStateOf } from './faststallelse.uppsikt';

describe('reminders after adoption', () => {
  it('given HSN adopted the period, when HSN and RUN owe their parts, then only RUN is still reminded', () => {
    expect(owingAfterAdoption([ORGAN.HSN, ORGAN.RUN], new Set([ORGAN.HSN]))).toEqual([ORGAN.RUN]);
  });

  it('given every owing organ adopted the period, then the reminder stops', () => {
    expect(owingAfterAdoption([ORGAN.HSN], new Set([ORGAN.HSN, ORGAN.RS]))).toEqual([]);
  });

  it('given no adoption, then everyone owing is still reminded', () => {
    expect(owingAfterAdoption([ORGAN.HSN, ORGAN.RS], new Set())).toEqual([ORGAN.HSN, ORGAN.RS]);
  });
});

const uppdrag = (riktasTill: string[], facts: Partial<Uppdrag> = {}): Uppdrag => ({
  exists: true,
  uppdragId: 'inkop',
  lifecycle: 'aktivt',
  givenBy: ORGAN.RF,
  riktasTill,
  samordnare: null,
  periodicitet: 'tertial',
  slutdatum: '2023-12-31',
  registeredOn: '2023-01-10',
  ansvarigPersonId: 'person-johan',
  reports: {},
  parts: {},
  ...facts,
});

const adopted = (byPeriod: Record<string, string[]>) => (period: string) => new Set(byPeriod[period] ?? []);

describe('reminders at planning time', () => {
  it('given HSN adopted T1, when its own uppdrag is planned, then T1 gets no reminders and T2 still does', () => {
    const state = uppdrag([ORGAN.HSN]);
    const stopped = periodsStoppedByAdoption(state, ['2023-T1'], adopted({ '2023-T1': [ORGAN.HSN] }));
    expect([...stopped]).toEqual(['2023-T1']);
    const item = { ...state, active: true, reports: new Set<string>(), stoppedByAdoption: stopped };
    const periods = new Set(planReminders(item, '2023-01-10T12:00:00Z').map((j) => j.period));
    expect([...periods]).toEqual(['2023-T2', '2023-T3']);
  });

  it('given only HSN adopted, when a joint uppdrag of HSN and RUN is planned, then T1 is still planned for RUN', () => {
    const state = uppdrag([ORGAN.HSN, ORGAN.RUN]);
    expect([...periodsStoppedByAdoption(state, ['2023-T1'], adopted({ '2023-T1': [ORGAN.HSN] }))]).toEqual(
      [],
    );
    const both = adopted({ '2023-T1': [ORGAN.HSN, ORGAN.RUN] });
    expect([...periodsStoppedByAdoption(state, ['2023-T1'], both)]).toEqual(['2023-T1']);
  });

  it('given HSN adopted T1, when its monthly uppdrag is planned, then January–April get no reminders and May still does', () => {
    const state = uppdrag([ORGAN.HSN], { periodicitet: 'manad' });
    const stopped = periodsStoppedByAdoption(state, ['2023-T1'], adopted({ '2023-T1': [ORGAN.HSN] }));
    expect([...stopped]).toEqual(['2023-01', '2023-02', '2023-03', '2023-04']);
    const item = { ...state, active: true, reports: new Set<string>(), stoppedByAdoption: stopped };
    const periods = new Set(planReminders(item, '2023-01-10T12:00:00Z').map((j) => j.period));
    expect([...periods].slice(0, 2)).toEqual(['2023-05', '2023-06']);
  });

  it('given HSN adopted only April, when its monthly uppdrag is planned, then only April stops', () => {
    const state = uppdrag([ORGAN.HSN], { periodicitet: 'manad' });
    expect([...periodsStoppedByAdoption(state, ['2023-04'], adopted({ '2023-04': [ORGAN.HSN] }))]).toEqual([
      '2023-04',
    ]);
  });

  it('given the nämnd adopted T1, when its delmål is planned, then T1 gets no reminders', () => {
    const item = {
      delmalId: 'klimat',
      organId: ORGAN.HSN,
      planYear: 2023,
      definedOn: '2023-01-10',
      active: true,
      assessments: new Set<string>(),
      adopted: new Set(['2023-T1']),
    };
    const periods = new Set(planDelmalReminders(item, '2023-01-10T12:00:00Z').map((j) => j.period));
    expect([...periods]).toEqual(['2023-T2', '2023-T3']);
  });
});

describe('reminders in the inbox', () => {
  it('given HSN adopted, then HSN’s secretary is done with the joint uppdrag while RUN’s is not', () => {
    const hsn = new Set([ORGAN.HSN]);
    expect(inboxReminderSettled([ORGAN.HSN, ORGAN.RUN], ORGAN.HSN, hsn)).toBe(true);
    expect(inboxReminderSettled([ORGAN.HSN, ORGAN.RUN], ORGAN.RUN, hsn)).toBe(false);
  });

  it('given a recipient outside the owing organs, then only every owing organ’s adoption settles it', () => {
    expect(inboxReminderSettled([ORGAN.HSN, ORGAN.RUN], ORGAN.RS, new Set([ORGAN.HSN]))).toBe(false);
    expect(inboxReminderSettled([ORGAN.HSN, ORGAN.RUN], null, new Set([ORGAN.HSN, ORGAN.RUN]))).toBe(true);
    expect(inboxReminderSettled([], null, new Set([ORGAN.HSN]))).toBe(false);
  });
});

describe('the period report in the uppsikt view', () => {
  it('given the nämnd adopted the period, then it is fastställd even with a report missing', () => {
    expect(periodReportStateOf({ missing: 1, notYetDue: 0 }, true)).toBe('faststalld');
  });

  it('given no adoption, then a missing report wins over one not yet due, and all in is rapporterad', () => {
    expect(periodReportStateOf({ missing: 1, notYetDue: 2 }, false)).toBe('saknas');
    expect(periodReportStateOf({ missing: 0, notYetDue: 2 }, false)).toBe('ej_forfallen');
    expect(periodReportStateOf({ missing: 0, notYetDue: 0 }, false)).toBe('rapporterad');
  });
});
