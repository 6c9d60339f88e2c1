import { deciderSpec } from '../testing/decider-spec';
import { delmalDecider } from './delmal.decider';
import { type DelmalEvent } from './delmal.events';
import { KLIMAT, klimatDefined, onKlimat } from './delmal.spec-fixtures';

const given = deciderSpec(delmalDecider);

const KOMMENTAR =
  'Resandet ökar igen efter pandemin men digitala möten har etablerats; målet bedöms delvis nås.';

const assess = (period = '2023-T1', bedomning = 'delvis', prognos = 'delvis', kommentar = KOMMENTAR) =>
  onKlimat('AssessDelmal', { period, bedomning: bedomning as never, prognos: prognos as never, kommentar });

const assessedT1: DelmalEvent = {
  type: 'DelmalAssessed',
  data: { delmalId: KLIMAT, period: '2023-T1', bedomning: 'delvis', prognos: 'delvis', kommentar: KOMMENTAR },
};

const correct = (data: {
  bedomning?: string;
  prognos?: string;
  kommentar?: string;
  reason?: string;
  period?: string;
}) =>
  onKlimat('CorrectDelmalAssessment', {
    period: data.period ?? '2023-T1',
    bedomning: (data.bedomning ?? 'inte') as never,
    prognos: (data.prognos ?? 'delvis') as never,
    kommentar: data.kommentar ?? KOMMENTAR,
    reason: data.reason ?? 'Bedömningen gjordes innan utfallet för april var känt.',
  });

describe('assessing a delmål', () => {
  it('records the bedömning, the prognos for year end and the kommentar', () => {
    given([klimatDefined]).when(assess()).then([assessedT1]);
  });

  it('accepts "saknar bedömning" and a month', () => {
    given([klimatDefined])
      .when(assess('2023-04', 'saknas', 'saknas', 'Inga indikatorer följs upp per april.'))
      .then([
        {
          type: 'DelmalAssessed',
          data: {
            delmalId: KLIMAT,
            period: '2023-04',
            bedomning: 'saknas',
            prognos: 'saknas',
            kommentar: 'Inga indikatorer följs upp per april.',
          },
        },
      ]);
  });

  describe('refuses', () => {
    it('a second assessment of the same period, pointing to a correction', () => {
      given([klimatDefined, assessedT1])
        .when(assess('2023-T1', 'helt', 'helt'))
        .thenThrows('DELMAL_ALREADY_ASSESSED', { field: 'data.period', message: 'rättelse' });
    });

    it('an unknown bedömning or prognos', () => {
      given([klimatDefined])
        .when(assess('2023-T1', 'gul'))
        .thenThrows('INVALID_VALUE', { field: 'data.bedomning' });
      given([klimatDefined])
        .when(assess('2023-T1', 'delvis', 'kanske'))
        .thenThrows('INVALID_VALUE', { field: 'data.prognos' });
    });

    it('an assessment without kommentar', () => {
      given([klimatDefined])
        .when(assess('2023-T1', 'delvis', 'delvis', ''))
        .thenThrows('TEXT_REQUIRED', { field: 'data.kommentar' });
    });

    it('a period outside the plan year, or not begun', () => {
      given([klimatDefined]).when(assess('2024-T1')).thenThrows('PERIOD_OUTSIDE_PLAN_YEAR');
      given([klimatDefined]).when(assess('2023-T3')).thenThrows('PERIOD_NOT_STARTED');
      given([klimatDefined]).when(assess('T1-2023')).thenThrows('INVALID_PERIOD');
    });

    it('a delmål that does not exist', () => {
      given([]).when(assess()).thenThrows('DELMAL_NOT_FOUND');
    });
  });
});

describe('correcting an assessment', () => {
  it('records the old and new assessment with the reason', () => {
    given([klimatDefined, assessedT1])
      .when(correct({}))
      .then([
        {
          type: 'DelmalAssessmentCorrected',
          data: {
            delmalId: KLIMAT,
            period: '2023-T1',
            from: { bedomning: 'delvis', prognos: 'delvis', kommentar: KOMMENTAR },
            to: { bedomning: 'inte', prognos: 'delvis', kommentar: KOMMENTAR },
            reason: 'Bedömningen gjordes innan utfallet för april var känt.',
          },
        },
      ]);
  });

  it('records nothing when nothing would change', () => {
    given([klimatDefined, assessedT1])
      .when(correct({ bedomning: 'delvis' }))
      .thenNothing();
  });

  it('refuses a correction without reason, or of a period not assessed', () => {
    given([klimatDefined, assessedT1])
      .when(correct({ reason: '' }))
      .thenThrows('REASON_REQUIRED', { field: 'data.reason' });
    given([klimatDefined, assessedT1])
      .when(correct({ period: '2023-04' }))
      .thenThrows('NO_ASSESSMENT_FOR_PERIOD', { message: 'Gör en bedömning i stället' });
  });
});
