import { businessDateOf } from '@sparbar/domain';
import { HourlyBusinessDay } from './business-day';

describe('the business day worked out once an hour', () => {
  it('is the Swedish date at every minute around midnight and both daylight-saving changes', () => {
    const days = new HourlyBusinessDay();
    // Midnight in winter (23:00Z) and summer (22:00Z), and the nights the clocks change.
    for (const start of [
      '2023-01-14T21:00:00Z',
      '2023-06-14T20:00:00Z',
      '2023-03-25T21:00:00Z',
      '2023-10-28T20:00:00Z',
    ]) {
      for (let minute = 0; minute < 6 * 60; minute += 7) {
        const instant = new Date(Date.parse(start) + minute * 60_000).toISOString();
        expect([instant, days.of(instant)]).toEqual([instant, businessDateOf(instant)]);
      }
    }
  });

  it('answers a later hour after an earlier one, and goes back again when asked', () => {
    const days = new HourlyBusinessDay();
    expect(days.of('2023-04-30T21:59:59.000Z')).toBe('2023-04-30');
    expect(days.of('2023-04-30T22:00:00.000Z')).toBe('2023-05-01');
    expect(days.of('2023-04-30T21:30:00.000Z')).toBe('2023-04-30');
  });
});
