/**
 * Indikatorer under a delmål: adding them, changing a målvärde, and recording or correcting an utfall.
 * The bedömning of an utfall is never entered by hand: it is computed by bedomIndikator (bedomning.ts)
 * and stored on the event together with the målvärde it was computed from.
 */
import { formatPeriod, requirePeriod } from '../period/period';
import { lookup } from '../shared/records';
import {
  optionalNumber,
  optionalText,
  requireId,
  requireNumber,
  requireNumberOrNull,
  requireObject,
  requireOneOf,
  requirePlanYear,
  requireReason,
  requireText,
  TEXT_LIMITS,
} from '../shared/validate';
import { bedomIndikator, RIKTNINGAR } from './bedomning';
import {
  type AddIndikator,
  type ChangeIndikatorMalvarde,
  type CorrectIndikatorUtfall,
  type RecordIndikatorUtfall,
} from './delmal.commands';
import { delmalErrors } from './delmal.errors';
import { type Baseline, type DelmalEvent } from './delmal.events';
import { requireFollowUpPeriod } from './delmal.period';
import { type Delmal, type Indikator } from './delmal.state';

export function addIndikator({ data }: AddIndikator, delmal: Delmal): DelmalEvent[] {
  const indikatorId = requireId(data.indikatorId, 'data.indikatorId', 'Indikatorn');
  if (lookup(delmal.indikatorer, indikatorId) !== undefined) throw delmalErrors.indikatorAlreadyAdded();
  const namn = requireText(data.namn, 'data.namn', 'Indikatorns namn', TEXT_LIMITS.indikatorNamn);
  // Two indikatorer with one name would be indistinguishable in the printed table.
  const sameName = Object.values(delmal.indikatorer).some((i) => i.namn.toLowerCase() === namn.toLowerCase());
  if (sameName) throw delmalErrors.indikatorNameTaken(namn);
  return [
    {
      type: 'IndikatorAdded',
      data: {
        delmalId: delmal.delmalId,
        indikatorId,
        namn,
        enhet: optionalText(data.enhet, 'data.enhet', 'Enhet', TEXT_LIMITS.enhet),
        baseline: optionalBaseline(data.baseline, delmal.planYear),
        malvarde: optionalNumber(data.malvarde, 'data.malvarde', 'Målvärde'),
        riktning: requireOneOf(data.riktning, RIKTNINGAR, 'data.riktning', 'Riktning'),
      },
    },
  ];
}

/** A new målvärde changes what counts as success, so an auditor must be told why: a reason is required. */
export function changeIndikatorMalvarde({ data }: ChangeIndikatorMalvarde, delmal: Delmal): DelmalEvent[] {
  const indikator = requireIndikator(data.indikatorId, delmal);
  const to = requireNumberOrNull(data.malvarde, 'data.malvarde', 'Målvärde');
  const reason = requireReason(data.reason);
  if (to === indikator.malvarde) return [];
  const { indikatorId, malvarde: from } = indikator;
  return [
    { type: 'IndikatorMalvardeChanged', data: { delmalId: delmal.delmalId, indikatorId, from, to, reason } },
  ];
}

export function recordIndikatorUtfall(
  { data, metadata }: RecordIndikatorUtfall,
  delmal: Delmal,
): DelmalEvent[] {
  const indikator = requireIndikator(data.indikatorId, delmal);
  const { period, key } = requireFollowUpPeriod(data.period, delmal, metadata.now);
  if (lookup(indikator.utfall, key) !== undefined) throw delmalErrors.utfallAlreadyRecorded(period);
  const utfall = requireNumberOrNull(data.utfall, 'data.utfall', 'Utfall');
  const { malvarde, riktning } = indikator;
  return [
    {
      type: 'IndikatorUtfallRecorded',
      data: {
        delmalId: delmal.delmalId,
        indikatorId: indikator.indikatorId,
        period: key,
        malvarde,
        riktning,
        utfall,
        ...bedomIndikator({ utfall, malvarde, riktning }),
      },
    },
  ];
}

/**
 * A corrected utfall is judged against the målvärde the original was judged against: the correction
 * fixes a wrong number, it does not re-open the period under a target set later.
 */
export function correctIndikatorUtfall({ data }: CorrectIndikatorUtfall, delmal: Delmal): DelmalEvent[] {
  const indikator = requireIndikator(data.indikatorId, delmal);
  const period = requirePeriod(data.period);
  const key = formatPeriod(period);
  const recorded = lookup(indikator.utfall, key);
  if (recorded === undefined) throw delmalErrors.noUtfallForPeriod(period);
  const utfall = requireNumberOrNull(data.utfall, 'data.utfall', 'Utfall');
  const reason = requireReason(data.reason, 'data.reason', 'Skäl till rättelsen');
  if (utfall === recorded.utfall) return [];
  const { malvarde, riktning } = recorded;
  return [
    {
      type: 'IndikatorUtfallCorrected',
      data: {
        delmalId: delmal.delmalId,
        indikatorId: indikator.indikatorId,
        period: key,
        malvarde,
        riktning,
        from: { utfall: recorded.utfall, kvot: recorded.kvot, bedomning: recorded.bedomning },
        to: { utfall, ...bedomIndikator({ utfall, malvarde, riktning }) },
        reason,
      },
    },
  ];
}

function requireIndikator(value: unknown, delmal: Delmal): Indikator {
  const indikator = lookup(delmal.indikatorer, requireId(value, 'data.indikatorId', 'Indikatorn'));
  if (indikator === undefined) throw delmalErrors.indikatorNotFound();
  return indikator;
}

/**
 * "Utfall 2021" in the plan for 2023: a measured year and its value, so not a year after the plan year.
 * A baseline without value is no baseline; leave it out instead.
 */
function optionalBaseline(value: unknown, planYear: number): Baseline | null {
  if (value === null || value === undefined) return null;
  const input = requireObject(value, 'data.baseline', 'Utgångsvärde');
  const year = requirePlanYear(input.year, 'data.baseline.year', 'Utgångsvärdets år');
  if (year > planYear) throw delmalErrors.baselineAfterPlanYear(year, planYear);
  return { year, value: requireNumber(input.value, 'data.baseline.value', 'Utgångsvärde') };
}
