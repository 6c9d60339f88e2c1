import { bedomIndikator } from './bedomning';
import { INDIKATOR_BEDOMNING_PRESENTATION, PROGNOS_LABELS } from './bedomning.labels';

describe('the bedömning of an indikator', () => {
  describe('higher is better: ratio = utfall / målvärde', () => {
    it.each([
      ['Antal digitala vårdmöten, 26 078 of 15 000', 26_078, 15_000, 1.7385, 'helt'],
      ['exactly 100 %', 150_000, 150_000, 1, 'helt'],
      ['99.99 %', 9_999, 10_000, 0.9999, 'delvis'],
      ['exactly 80 %', 80, 100, 0.8, 'delvis'],
      ['79.9 %', 799, 1_000, 0.799, 'inte'],
      ['Andel källsorterat avfall, 19 % of 35 %', 19, 35, 0.5429, 'inte'],
    ])('%s', (_case, utfall, malvarde, kvot, bedomning) => {
      expect(bedomIndikator({ utfall, malvarde, riktning: 'higher_is_better' })).toEqual({ kvot, bedomning });
    });
  });

  describe('lower is better: ratio = målvärde / utfall', () => {
    it.each([
      ['Klimatutsläpp från tjänsteresor, 1 061 against 1 010', 1_061, 1_010, 0.9519, 'delvis'],
      ['below the target', 950, 1_010, 1.0632, 'helt'],
      ['far above the target', 1_500, 1_010, 0.6733, 'inte'],
    ])('%s', (_case, utfall, malvarde, kvot, bedomning) => {
      expect(bedomIndikator({ utfall, malvarde, riktning: 'lower_is_better' })).toEqual({ kvot, bedomning });
    });

    it('judges an utfall so small that the ratio has no number as reached, without a ratio', () => {
      expect(bedomIndikator({ utfall: 1e-323, malvarde: 100, riktning: 'lower_is_better' })).toEqual({
        kvot: null,
        bedomning: 'helt',
      });
      expect(bedomIndikator({ utfall: 1e308, malvarde: 1e-10, riktning: 'higher_is_better' })).toEqual({
        kvot: null,
        bedomning: 'helt',
      });
    });

    it('counts an utfall of zero as reached, without a ratio', () => {
      expect(bedomIndikator({ utfall: 0, malvarde: 1_010, riktning: 'lower_is_better' })).toEqual({
        kvot: null,
        bedomning: 'helt',
      });
    });
  });

  describe('reduction targets ("minska kostnaderna för tjänsteresor med 15 procent": -15 %)', () => {
    it.each([
      ['reduced by 16 %', -16, 1.0667, 'helt'],
      ['reduced by 13 %', -13, 0.8667, 'delvis'],
      ['reduced by 10 %', -10, 0.6667, 'inte'],
    ])('%s', (_case, utfall, kvot, bedomning) => {
      expect(bedomIndikator({ utfall, malvarde: -15, riktning: 'lower_is_better' })).toEqual({
        kvot,
        bedomning,
      });
    });

    it('judges an increase against a reduction target as not reached, without a ratio', () => {
      expect(bedomIndikator({ utfall: 2, malvarde: -15, riktning: 'lower_is_better' })).toEqual({
        kvot: null,
        bedomning: 'inte',
      });
    });

    it('flips the ratio for negative values when higher is better too', () => {
      expect(bedomIndikator({ utfall: -4, malvarde: -5, riktning: 'higher_is_better' })).toEqual({
        kvot: 1.25,
        bedomning: 'helt',
      });
      expect(bedomIndikator({ utfall: -6, malvarde: -5, riktning: 'higher_is_better' })).toEqual({
        kvot: 0.8333,
        bedomning: 'delvis',
      });
    });
  });

  describe('a target of zero: reached or not', () => {
    it.each([
      [0, 'lower_is_better', 'helt'],
      [3, 'lower_is_better', 'inte'],
      [0, 'higher_is_better', 'helt'],
      [2, 'higher_is_better', 'helt'],
    ] as const)('utfall %d, %s → %s', (utfall, riktning, bedomning) => {
      expect(bedomIndikator({ utfall, malvarde: 0, riktning })).toEqual({ kvot: null, bedomning });
    });
  });

  it('is saknas when there is no utfall or no målvärde ("Svar saknas")', () => {
    expect(bedomIndikator({ utfall: null, malvarde: 1_010, riktning: 'lower_is_better' })).toEqual({
      kvot: null,
      bedomning: 'saknas',
    });
    expect(bedomIndikator({ utfall: 1_061, malvarde: null, riktning: 'lower_is_better' })).toEqual({
      kvot: null,
      bedomning: 'saknas',
    });
  });

  it('judges from the rounded ratio, so the percentage shown and the colour always agree', () => {
    expect(bedomIndikator({ utfall: 79.996, malvarde: 100, riktning: 'higher_is_better' })).toEqual({
      kvot: 0.8,
      bedomning: 'delvis',
    });
    expect(bedomIndikator({ utfall: 99.996, malvarde: 100, riktning: 'higher_is_better' })).toEqual({
      kvot: 1,
      bedomning: 'helt',
    });
  });

  it('reads as the reports print it', () => {
    expect(INDIKATOR_BEDOMNING_PRESENTATION.delvis).toEqual({
      label: 'Målvärdet uppfylls delvis',
      colour: 'yellow',
    });
    expect(INDIKATOR_BEDOMNING_PRESENTATION.helt.colour).toBe('green');
    expect(INDIKATOR_BEDOMNING_PRESENTATION.inte.colour).toBe('red');
    expect(PROGNOS_LABELS.delvis).toBe('Mål kommer delvis uppfyllas');
  });
});
