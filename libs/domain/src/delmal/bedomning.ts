/**
 * The bedömning of an indikator, computed from its utfall and målvärde (domain.md, seed 002):
 *   Målvärdet uppfylls helt    100 procent av målvärde eller högre
 *   Målvärdet uppfylls delvis  80–99 procent av målvärde
 *   Målvärdet uppfylls inte    under 80 procent av målvärde
 *   no utfall, or no målvärde ("Svar saknas"): saknas
 * For lower-is-better indikatorer the ratio is taken the other way round: målvärde / utfall.
 *
 * Beyond the document: plans also state targets as reductions ("-15 %" tjänsteresor, "-17" mkr), where
 * both numbers are negative. There the larger reduction is the better one, so the ratio flips again;
 * with mixed signs or a zero no ratio means anything, and the bedömning is simply reached / not reached.
 */
export const RIKTNINGAR = ['higher_is_better', 'lower_is_better'] as const;
export type Riktning = (typeof RIKTNINGAR)[number];

export const BEDOMNINGAR = ['helt', 'delvis', 'inte', 'saknas'] as const;
export type Bedomning = (typeof BEDOMNINGAR)[number];

export const BEDOMNING_THRESHOLDS = { helt: 1, delvis: 0.8 } as const;

export type IndikatorBedomning = {
  /** utfall against målvärde as a ratio (1 = 100 %), rounded to 4 decimals; null when not meaningful. */
  kvot: number | null;
  bedomning: Bedomning;
};

export function bedomIndikator(input: {
  utfall: number | null;
  malvarde: number | null;
  riktning: Riktning;
}): IndikatorBedomning {
  const { utfall, malvarde, riktning } = input;
  if (utfall === null || malvarde === null) return { kvot: null, bedomning: 'saknas' };
  const kvot = ratio(utfall, malvarde, riktning);
  if (kvot === null) {
    const reached = riktning === 'higher_is_better' ? utfall >= malvarde : utfall <= malvarde;
    return { kvot: null, bedomning: reached ? 'helt' : 'inte' };
  }
  return { kvot, bedomning: bedomningOfRatio(kvot) };
}

function ratio(utfall: number, malvarde: number, riktning: Riktning): number | null {
  const bothPositive = utfall > 0 && malvarde > 0;
  const bothNegative = utfall < 0 && malvarde < 0;
  if (!bothPositive && !bothNegative) return null;
  const higherIsBetter = riktning === 'higher_is_better';
  // For negative numbers the direction of "more is better" reverses, and with it the ratio.
  const raw = higherIsBetter === bothPositive ? utfall / malvarde : malvarde / utfall;
  // A ratio too large for a number (an utfall of 1e-323 against a target of 100): judged without one.
  if (!Number.isFinite(raw)) return null;
  // Rounded so that the percentage shown and the bedömning made from it always agree.
  return Math.round(raw * 10_000) / 10_000;
}

function bedomningOfRatio(kvot: number): Bedomning {
  if (kvot >= BEDOMNING_THRESHOLDS.helt) return 'helt';
  if (kvot >= BEDOMNING_THRESHOLDS.delvis) return 'delvis';
  return 'inte';
}
