import { ORGAN } from '../testing/fixtures';
import { owingAfterAdoption } from './faststallelse.reminders';
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
