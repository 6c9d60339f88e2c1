import { manad, tertial } from '../period/period';
import { arshjul, DEFAULT_REPORTING_CALENDAR, deadlineOf, reportingCalendar } from './reporting-calendar';

describe('the reporting calendar (årshjul)', () => {
  describe('default: 10 working days after the period ends', () => {
    it('April 2023 and T1 2023 are due 15 May: första maj is not counted', () => {
      // Ends Sunday 30 April; 1 May is a helgdag; 2–5 May, 8–12 May and 15 May are the ten days.
      expect(deadlineOf(manad(2023, 4))).toBe('2023-05-15');
      expect(deadlineOf(tertial(2023, 1))).toBe('2023-05-15');
    });

    it('March 2023 is due 18 April: långfredagen and annandag påsk are not counted', () => {
      expect(deadlineOf(manad(2023, 3))).toBe('2023-04-18');
    });

    it('T3 2023 is due 15 January 2024, across nyårsdagen', () => {
      expect(deadlineOf(tertial(2023, 3))).toBe('2024-01-15');
    });

    it('T3 2024 is due 16 January 2025, across nyårsdagen and trettondedag jul on a Monday', () => {
      // 2, 3 Jan; 6 Jan is trettondedag jul; 7–10 and 13–16 Jan.
      expect(deadlineOf(tertial(2024, 3))).toBe('2025-01-16');
    });

    it('counts another number of working days when the organisation sets one', () => {
      // 1 Dec, 4–8, 11–15, 18–22, 27–29 Dec (jul), then 2 Jan (nyårsdagen): the 20th working day.
      expect(deadlineOf(manad(2023, 11), reportingCalendar({ workingDaysAfterPeriod: 20 }))).toBe(
        '2024-01-02',
      );
      expect(deadlineOf(manad(2023, 4), reportingCalendar({ workingDaysAfterPeriod: 1 }))).toBe('2023-05-02');
    });
  });

  describe('fixed dates in the årshjul', () => {
    const calendar = reportingCalendar({ deadlines: { '2023-T1': '2023-05-12', '2023-12': '2024-01-20' } });

    it('replace the counted deadline of their period only', () => {
      expect(deadlineOf(tertial(2023, 1), calendar)).toBe('2023-05-12');
      expect(deadlineOf(manad(2023, 4), calendar)).toBe('2023-05-15');
      // 2024: första maj on Wednesday and Kristi himmelsfärdsdag on 9 May both fall in the ten days.
      expect(deadlineOf(tertial(2024, 1), calendar)).toBe('2024-05-16');
    });

    it('are kept as decided even on a non-working day (20 January 2024 is a Saturday)', () => {
      expect(deadlineOf(manad(2023, 12), calendar)).toBe('2024-01-20');
    });

    it('must lie after the period has ended', () => {
      expect(() => reportingCalendar({ deadlines: { '2023-T1': '2023-04-30' } })).toThrow(
        expect.objectContaining({
          code: 'INVALID_DATE',
          field: 'deadlines.2023-T1',
          message: 'Sista dag för Tertial 1 2023 (2023-04-30) måste ligga efter periodens slut (2023-04-30).',
        }),
      );
    });

    it.each([
      [{ deadlines: { '2023-t1': '2023-05-12' } }, 'INVALID_PERIOD', 'deadlines.2023-t1'],
      [{ deadlines: { '2023-T1': '12 maj' } }, 'INVALID_DATE', 'deadlines.2023-T1'],
      [{ deadlines: ['2023-05-12'] }, 'INVALID_VALUE', 'deadlines'],
      [{ workingDaysAfterPeriod: 0 }, 'INVALID_NUMBER', 'workingDaysAfterPeriod'],
      [{ workingDaysAfterPeriod: 2.5 }, 'INVALID_NUMBER', 'workingDaysAfterPeriod'],
      [{ workingDaysAfterPeriod: 61 }, 'INVALID_NUMBER', 'workingDaysAfterPeriod'],
      [{ workingDaysAfterPeriod: '10' }, 'INVALID_NUMBER', 'workingDaysAfterPeriod'],
    ])('refuses %p with %s on %s', (input, code, field) => {
      expect(() => reportingCalendar(input)).toThrow(expect.objectContaining({ code, field }));
    });

    it('defaults to 10 working days and no fixed dates', () => {
      expect(reportingCalendar({})).toEqual(DEFAULT_REPORTING_CALENDAR);
    });
  });

  describe('arshjul', () => {
    it('lists the 12 months and 3 tertials of 2023 in deadline order', () => {
      expect(arshjul(2023).map((entry) => `${entry.key} ${entry.deadline}`)).toEqual([
        '2023-01 2023-02-14',
        '2023-02 2023-03-14',
        '2023-03 2023-04-18',
        '2023-04 2023-05-15',
        '2023-T1 2023-05-15',
        '2023-05 2023-06-15', // nationaldagen on Tuesday 6 June
        '2023-06 2023-07-14',
        '2023-07 2023-08-14',
        '2023-08 2023-09-14',
        '2023-T2 2023-09-14',
        '2023-09 2023-10-13',
        '2023-10 2023-11-14',
        '2023-11 2023-12-14',
        '2023-12 2024-01-15',
        '2023-T3 2024-01-15',
      ]);
    });

    it('gives each period its days and says which deadlines are fixed', () => {
      const calendar = reportingCalendar({ deadlines: { '2023-T1': '2023-05-12' } });
      const entries = arshjul(2023, calendar);
      expect(entries.slice(3, 5)).toEqual([
        {
          period: tertial(2023, 1),
          key: '2023-T1',
          firstDay: '2023-01-01',
          lastDay: '2023-04-30',
          deadline: '2023-05-12',
          fixed: true,
        },
        {
          period: manad(2023, 4),
          key: '2023-04',
          firstDay: '2023-04-01',
          lastDay: '2023-04-30',
          deadline: '2023-05-15',
          fixed: false,
        },
      ]);
    });

    it('refuses a year outside the plan years', () => {
      expect(() => arshjul(1999)).toThrow(expect.objectContaining({ code: 'INVALID_PLAN_YEAR' }));
    });
  });
});
