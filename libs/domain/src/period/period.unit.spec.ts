import { DomainError } from '../shared/domain-error';
import { fitsPeriodicitet, formatPeriod, manad, parsePeriod, requirePeriod, tertial } from './period';
import {
  comparePeriods,
  firstDayOf,
  lastDayOf,
  monthsOfTertial,
  nextPeriod,
  overlaps,
  periodContaining,
  periodsBetween,
  tertialOf,
  tertialOfMonth,
} from './period.calendar';
import { periodicitetLabel, periodLabel } from './period.labels';

describe('periods', () => {
  describe('parse and format', () => {
    it.each([
      ['2023-04', manad(2023, 4)],
      ['2023-12', manad(2023, 12)],
      ['2023-T1', tertial(2023, 1)],
      ['2024-T3', tertial(2024, 3)],
    ])('reads %s and writes it back unchanged', (text, period) => {
      expect(parsePeriod(text)).toEqual(period);
      expect(formatPeriod(period)).toBe(text);
    });

    it.each([
      '2023-4',
      '2023-13',
      '2023-00',
      '2023-T0',
      '2023-T4',
      '2023-t1',
      '23-04',
      '2023-04-01',
      ' 2023-04',
      '',
      42,
      null,
    ])('refuses %p: only the canonical spelling is a period', (text) => {
      expect(parsePeriod(text)).toBeNull();
      expect(() => requirePeriod(text)).toThrow(DomainError);
    });

    it('names the field and the expected format when refusing', () => {
      expect.assertions(3);
      try {
        requirePeriod('april 2023', 'data.period');
      } catch (error) {
        expect(error).toMatchObject({ code: 'INVALID_PERIOD', field: 'data.period', kind: 'validation' });
        expect((error as DomainError).message).toContain('2023-04');
        expect((error as DomainError).message).toContain('2023-T1');
      }
    });

    it('knows which periodicitet a period belongs to', () => {
      expect(fitsPeriodicitet(manad(2023, 4), 'manad')).toBe(true);
      expect(fitsPeriodicitet(manad(2023, 4), 'tertial')).toBe(false);
      expect(fitsPeriodicitet(tertial(2023, 1), 'tertial')).toBe(true);
      expect(fitsPeriodicitet(tertial(2023, 1), 'manad')).toBe(false);
    });
  });

  describe('calendar', () => {
    it('puts januari–april in T1, maj–augusti in T2, september–december in T3', () => {
      expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map(tertialOfMonth)).toEqual([
        1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3,
      ]);
      expect(monthsOfTertial(1)).toEqual([1, 2, 3, 4]);
      expect(monthsOfTertial(2)).toEqual([5, 6, 7, 8]);
      expect(monthsOfTertial(3)).toEqual([9, 10, 11, 12]);
      expect(tertialOf(manad(2023, 8))).toEqual(tertial(2023, 2));
    });

    it.each([
      [manad(2023, 4), '2023-04-01', '2023-04-30'],
      [manad(2024, 2), '2024-02-01', '2024-02-29'],
      [manad(2023, 2), '2023-02-01', '2023-02-28'],
      [tertial(2023, 1), '2023-01-01', '2023-04-30'],
      [tertial(2023, 2), '2023-05-01', '2023-08-31'],
      [tertial(2023, 3), '2023-09-01', '2023-12-31'],
    ])('%p runs from %s to %s', (period, first, last) => {
      expect(firstDayOf(period)).toBe(first);
      expect(lastDayOf(period)).toBe(last);
    });

    it('overlaps a date range when at least one day is shared', () => {
      expect(overlaps(tertial(2023, 1), '2023-04-30', '2023-12-31')).toBe(true);
      expect(overlaps(tertial(2023, 1), '2023-05-01', '2023-12-31')).toBe(false);
      expect(overlaps(manad(2024, 1), '2023-03-15', '2023-12-31')).toBe(false);
      expect(overlaps(manad(2023, 12), '2023-03-15', '2023-12-01')).toBe(true);
    });

    it('finds the period containing a date, and the one after it across a year end', () => {
      expect(periodContaining('manad', '2023-05-03')).toEqual(manad(2023, 5));
      expect(periodContaining('tertial', '2023-05-03')).toEqual(tertial(2023, 2));
      expect(nextPeriod(manad(2023, 12))).toEqual(manad(2024, 1));
      expect(nextPeriod(tertial(2023, 3))).toEqual(tertial(2024, 1));
      expect(nextPeriod(tertial(2023, 1))).toEqual(tertial(2023, 2));
    });

    it('lists the periods an uppdrag is due to report between registration and slutdatum', () => {
      expect(periodsBetween('tertial', '2023-03-15', '2023-12-31').map(formatPeriod)).toEqual([
        '2023-T1',
        '2023-T2',
        '2023-T3',
      ]);
      expect(periodsBetween('manad', '2023-10-20', '2024-01-31').map(formatPeriod)).toEqual([
        '2023-10',
        '2023-11',
        '2023-12',
        '2024-01',
      ]);
    });

    it('orders periods by start, a month before the tertial it opens', () => {
      const sorted = [tertial(2023, 2), manad(2023, 1), tertial(2023, 1), manad(2022, 12)].sort(
        comparePeriods,
      );
      expect(sorted.map(formatPeriod)).toEqual(['2022-12', '2023-01', '2023-T1', '2023-T2']);
    });
  });

  describe('Swedish labels', () => {
    it('reads as in the reports', () => {
      expect(periodLabel(manad(2023, 4))).toBe('april 2023');
      expect(periodLabel(manad(2024, 12))).toBe('december 2024');
      expect(periodLabel(tertial(2023, 1))).toBe('Tertial 1 2023');
      expect(periodicitetLabel('tertial')).toBe('Tertial: apr, aug, dec');
      expect(periodicitetLabel('manad')).toBe('Månad');
    });
  });
});
