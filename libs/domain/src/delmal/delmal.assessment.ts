/**
 * The nämnd's own bedömning of a delmål for a period: a judgement, not a formula (domain.md), with a
 * prognos for year end and a kommentar. Like uppdrag reports, a period is assessed once and changed
 * only by a correction with a reason, the original staying in the log.
 */
import { formatPeriod, requirePeriod } from '../period/period';
import { lookup } from '../shared/records';
import { requireOneOf, requireReason, requireText, TEXT_LIMITS } from '../shared/validate';
import { BEDOMNINGAR } from './bedomning';
import { type AssessDelmal, type CorrectDelmalAssessment } from './delmal.commands';
import { delmalErrors } from './delmal.errors';
import { type DelmalBedomning, type DelmalEvent } from './delmal.events';
import { requireFollowUpPeriod } from './delmal.period';
import { type Delmal } from './delmal.state';

export function assessDelmal({ data, metadata }: AssessDelmal, delmal: Delmal): DelmalEvent[] {
  const { period, key } = requireFollowUpPeriod(data.period, delmal, metadata.now);
  if (lookup(delmal.assessments, key) !== undefined) throw delmalErrors.alreadyAssessed(period);
  const assessment = requireAssessment(data);
  return [{ type: 'DelmalAssessed', data: { delmalId: delmal.delmalId, period: key, ...assessment } }];
}

export function correctDelmalAssessment({ data }: CorrectDelmalAssessment, delmal: Delmal): DelmalEvent[] {
  const period = requirePeriod(data.period);
  const key = formatPeriod(period);
  const from = lookup(delmal.assessments, key);
  if (from === undefined) throw delmalErrors.noAssessmentForPeriod(period);
  const to = requireAssessment(data);
  const reason = requireReason(data.reason, 'data.reason', 'Skäl till rättelsen');
  if (to.bedomning === from.bedomning && to.prognos === from.prognos && to.kommentar === from.kommentar)
    return [];
  return [
    {
      type: 'DelmalAssessmentCorrected',
      data: { delmalId: delmal.delmalId, period: key, from: { ...from }, to, reason },
    },
  ];
}

/** The kommentar is required: the reports print it under every delmål, and a bare colour explains nothing. */
function requireAssessment(data: {
  bedomning: unknown;
  prognos: unknown;
  kommentar: unknown;
}): DelmalBedomning {
  return {
    bedomning: requireOneOf(data.bedomning, BEDOMNINGAR, 'data.bedomning', 'Bedömning'),
    prognos: requireOneOf(data.prognos, BEDOMNINGAR, 'data.prognos', 'Prognos'),
    kommentar: requireText(data.kommentar, 'data.kommentar', 'Kommentaren', TEXT_LIMITS.kommentar),
  };
}
