import { DomainError } from '../shared/domain-error';
import { addWorkingDays, helgdagarOf, isWorkingDay } from './working-days';

describe('working days in Swedish public administration', () => {
  it('knows every day off of 2023 beyond the weekends, by name', () => {
    expect(helgdagarOf(2023).map(({ date, name, kind }) => `${date} ${kind} ${name}`)).toEqual([
      '2023-01-01 helgdag nyårsdagen',
      '2023-01-06 helgdag trettondedag jul',
      '2023-04-07 helgdag långfredagen',
      '2023-04-09 helgdag påskdagen',
      '2023-04-10 helgdag annandag påsk',
      '2023-05-01 helgdag första maj',
      '2023-05-18 helgdag Kristi himmelsfärdsdag',
      '2023-05-28 helgdag pingstdagen',
      '2023-06-06 helgdag nationaldagen',
      '2023-06-23 afton midsommarafton',
      '2023-06-24 helgdag midsommardagen',
      '2023-11-04 helgdag alla helgons dag',
      '2023-12-24 afton julafton',
      '2023-12-25 helgdag juldagen',
      '2023-12-26 helgdag annandag jul',
      '2023-12-31 afton nyårsafton',
    ]);
  });

  // Pins the library's data: its `bank` days must stay exactly the three aftnar, and every year must
  // have its 13 helgdagar, or deadlines would move without anyone deciding it.
  it('has 13 helgdagar and exactly midsommar-, jul- and nyårsafton as aftnar in every plan year', () => {
    for (let year = 2000; year <= 2100; year += 1) {
      const days = helgdagarOf(year);
      expect(days.filter((day) => day.kind === 'helgdag')).toHaveLength(13);
      const aftnar = days.filter((day) => day.kind === 'afton');
      expect(aftnar.map((day) => day.date.slice(5))).toEqual([
        expect.stringMatching(/^06-(19|2[0-5])$/),
        '12-24',
        '12-31',
      ]);
      expect(new Date(`${aftnar[0].date}T00:00:00Z`).getUTCDay()).toBe(5); // midsommarafton is a Friday
    }
  });

  it.each([
    ['2023-04-07', 'långfredagen'],
    ['2023-04-10', 'annandag påsk'],
    ['2023-05-01', 'första maj'],
    ['2023-05-18', 'Kristi himmelsfärdsdag'],
    ['2023-06-06', 'nationaldagen (a Tuesday)'],
    ['2023-06-23', 'midsommarafton'],
    ['2023-12-25', 'juldagen'],
    ['2023-12-26', 'annandag jul'],
    ['2024-01-01', 'nyårsdagen'],
    ['2025-01-06', 'trettondedag jul (a Monday)'],
    ['2024-12-24', 'julafton (a Tuesday)'],
    ['2024-12-31', 'nyårsafton (a Tuesday)'],
    ['2004-05-31', 'annandag pingst, a helgdag until 2004'],
    ['2023-04-08', 'a Saturday (påskafton)'],
    ['2023-04-09', 'a Sunday'],
  ])('%s is not a working day: %s', (date) => {
    expect(isWorkingDay(date)).toBe(false);
  });

  it.each([
    ['2023-04-06', 'skärtorsdagen'],
    ['2023-01-05', 'trettondagsafton, a half day'],
    ['2024-04-30', 'valborgsmässoafton, a half day'],
    ['2023-11-03', 'allhelgonaafton, a half day'],
    ['2023-05-29', 'annandag pingst since 2005'],
    ['2023-06-22', 'the day before midsommarafton'],
    ['2023-12-27', 'mellandagarna'],
  ])('%s is a working day: %s', (date) => {
    expect(isWorkingDay(date)).toBe(true);
  });

  describe('addWorkingDays', () => {
    it.each([
      ['2023-04-06', 1, '2023-04-11', 'over Easter: långfredagen, the weekend and annandag påsk'],
      ['2023-05-17', 1, '2023-05-19', 'over Kristi himmelsfärdsdag'],
      ['2023-06-05', 1, '2023-06-07', 'over nationaldagen'],
      ['2023-06-22', 1, '2023-06-26', 'over midsommarafton and the weekend'],
      ['2023-12-22', 1, '2023-12-27', 'over the weekend, juldagen and annandag jul'],
      ['2024-12-30', 1, '2025-01-02', 'over nyårsafton and nyårsdagen into the next year'],
      ['2023-04-30', 10, '2023-05-15', 'from a Sunday, with första maj among the days'],
      ['2023-04-11', -1, '2023-04-06', 'backwards over Easter'],
      ['2025-01-02', -1, '2024-12-30', 'backwards over the new year'],
    ])('%s + %i working days = %s (%s)', (date, n, expected) => {
      expect(addWorkingDays(date, n)).toBe(expected);
    });

    it('does not count the start day, so 0 days leaves even a holiday as it is', () => {
      expect(addWorkingDays('2023-04-07', 0)).toBe('2023-04-07');
      expect(addWorkingDays('2023-04-07', 1)).toBe('2023-04-11');
    });

    it.each([1.5, Number.NaN, 367, -367])('refuses %p working days', (n) => {
      expect(() => addWorkingDays('2023-04-06', n)).toThrow(DomainError);
    });
  });

  it.each(['2023-02-29', '2023-4-6', '', '2023-04-06T00:00:00Z'])('refuses the date %p', (date) => {
    expect(() => isWorkingDay(date)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
    expect(() => addWorkingDays(date, 1)).toThrow(expect.objectContaining({ code: 'INVALID_DATE' }));
  });
});
