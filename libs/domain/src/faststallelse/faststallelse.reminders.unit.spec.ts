import { ORGAN } from '../testing/fixtures';
import { owingAfterAdoption } from './faststallelse.reminders';

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
