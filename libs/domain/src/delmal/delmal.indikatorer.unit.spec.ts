import { deciderSpec } from '../testing/decider-spec';
import { ACTOR } from '../testing/fixtures';
import { type AddIndikator } from './delmal.commands';
import { delmalDecider } from './delmal.decider';
import { type DelmalEvent } from './delmal.events';
import {
  KLIMAT,
  klimatDefined,
  onKlimat,
  PATIENTTRANSPORTER,
  patienttransporterAdded,
  TJANSTERESOR,
  tjansteresorAdded,
} from './delmal.spec-fixtures';

const given = deciderSpec(delmalDecider);
const secretary = ACTOR.idaSekreterareRs;

const add = (data: Omit<AddIndikator['data'], 'delmalId'>) => onKlimat('AddIndikator', data, secretary);
const { delmalId: _, ...tjansteresor } = tjansteresorAdded.data;

const record = (indikatorId: string, period: string, utfall: number | null) =>
  onKlimat('RecordIndikatorUtfall', { indikatorId, period, utfall });

const tjansteresorT1: DelmalEvent = {
  type: 'IndikatorUtfallRecorded',
  data: {
    delmalId: KLIMAT,
    indikatorId: TJANSTERESOR,
    period: '2023-T1',
    malvarde: 1010,
    riktning: 'lower_is_better',
    utfall: 1061,
    kvot: 0.9519,
    bedomning: 'delvis',
  },
};

describe('adding an indikator', () => {
  it('records name, unit, baseline, målvärde and direction', () => {
    given([klimatDefined]).when(add(tjansteresor)).then([tjansteresorAdded]);
  });

  it('accepts an indikator without målvärde, unit or baseline ("Svar saknas")', () => {
    given([klimatDefined])
      .when(
        add({
          indikatorId: 'indikator-plan',
          namn: 'Plan för klimatberäkningar är framtagen',
          riktning: 'higher_is_better',
        }),
      )
      .then([
        {
          type: 'IndikatorAdded',
          data: {
            delmalId: KLIMAT,
            indikatorId: 'indikator-plan',
            namn: 'Plan för klimatberäkningar är framtagen',
            enhet: null,
            baseline: null,
            malvarde: null,
            riktning: 'higher_is_better',
          },
        },
      ]);
  });

  it('accepts an id that only an inherited property would match ("constructor")', () => {
    given([klimatDefined])
      .when(add({ ...tjansteresor, indikatorId: 'constructor' }))
      .then([{ ...tjansteresorAdded, data: { ...tjansteresorAdded.data, indikatorId: 'constructor' } }]);
  });

  describe('refuses', () => {
    it('an id already used under the delmål', () => {
      given([klimatDefined, tjansteresorAdded])
        .when(add({ ...tjansteresor, namn: 'Annat namn' }))
        .thenThrows('INDIKATOR_ALREADY_ADDED', { field: 'data.indikatorId' });
    });

    it('a name already used under the delmål, whatever the case', () => {
      given([klimatDefined, tjansteresorAdded])
        .when(add({ ...tjansteresor, indikatorId: 'indikator-2', namn: 'KLIMATUTSLÄPP FRÅN TJÄNSTERESOR' }))
        .thenThrows('INDIKATOR_NAME_TAKEN', { field: 'data.namn' });
    });

    it('a baseline year after the plan year', () => {
      given([klimatDefined])
        .when(add({ ...tjansteresor, baseline: { year: 2024, value: 1061 } }))
        .thenThrows('BASELINE_AFTER_PLAN_YEAR', { field: 'data.baseline.year' });
    });

    it('a baseline without a value', () => {
      given([klimatDefined])
        .when(add({ ...tjansteresor, baseline: { year: 2021, value: null as never } }))
        .thenThrows('INVALID_NUMBER', { field: 'data.baseline.value' });
    });

    it('a målvärde that is not a number', () => {
      given([klimatDefined])
        .when(add({ ...tjansteresor, malvarde: '1 010' as never }))
        .thenThrows('INVALID_NUMBER', { field: 'data.malvarde' });
      given([klimatDefined])
        .when(add({ ...tjansteresor, malvarde: Number.NaN }))
        .thenThrows('INVALID_NUMBER');
    });

    it('an unknown direction, an empty name, an overlong unit', () => {
      given([klimatDefined])
        .when(add({ ...tjansteresor, riktning: 'up' as never }))
        .thenThrows('INVALID_VALUE', { field: 'data.riktning' });
      given([klimatDefined])
        .when(add({ ...tjansteresor, namn: ' ' }))
        .thenThrows('TEXT_REQUIRED', { field: 'data.namn' });
      given([klimatDefined])
        .when(add({ ...tjansteresor, enhet: 'x'.repeat(51) }))
        .thenThrows('TEXT_TOO_LONG', { field: 'data.enhet' });
    });
  });
});

describe('changing a målvärde', () => {
  const change = (malvarde: number | null, reason = 'Nytt målvärde enligt reviderad plan.') =>
    onKlimat('ChangeIndikatorMalvarde', { indikatorId: PATIENTTRANSPORTER, malvarde, reason }, secretary);

  it('records old and new målvärde with the reason, also from "Svar saknas"', () => {
    given([klimatDefined, patienttransporterAdded])
      .when(change(1007))
      .then([
        {
          type: 'IndikatorMalvardeChanged',
          data: {
            delmalId: KLIMAT,
            indikatorId: PATIENTTRANSPORTER,
            from: null,
            to: 1007,
            reason: 'Nytt målvärde enligt reviderad plan.',
          },
        },
      ]);
  });

  it('records nothing when the målvärde is unchanged', () => {
    given([klimatDefined, patienttransporterAdded]).when(change(null)).thenNothing();
  });

  it('judges utfall recorded afterwards against the new målvärde', () => {
    const changed: DelmalEvent = {
      type: 'IndikatorMalvardeChanged',
      data: {
        delmalId: KLIMAT,
        indikatorId: PATIENTTRANSPORTER,
        from: null,
        to: 1007,
        reason: 'Fastställt.',
      },
    };
    given([klimatDefined, patienttransporterAdded, changed])
      .when(record(PATIENTTRANSPORTER, '2023-T1', 1038))
      .then([
        {
          type: 'IndikatorUtfallRecorded',
          data: {
            delmalId: KLIMAT,
            indikatorId: PATIENTTRANSPORTER,
            period: '2023-T1',
            malvarde: 1007,
            riktning: 'lower_is_better',
            utfall: 1038,
            kvot: 0.9701,
            bedomning: 'delvis',
          },
        },
      ]);
  });

  it('refuses a change without reason, without målvärde, or on an unknown indikator', () => {
    given([klimatDefined, patienttransporterAdded]).when(change(1007, '')).thenThrows('REASON_REQUIRED');
    given([klimatDefined, patienttransporterAdded])
      .when(
        onKlimat(
          'ChangeIndikatorMalvarde',
          { indikatorId: PATIENTTRANSPORTER, reason: 'x' } as never,
          secretary,
        ),
      )
      .thenThrows('INVALID_NUMBER', { field: 'data.malvarde' });
    given([klimatDefined])
      .when(change(1007))
      .thenThrows('INDIKATOR_NOT_FOUND', { field: 'data.indikatorId' });
  });
});

describe('recording an utfall', () => {
  it('computes the bedömning and stores it with the målvärde it was judged against', () => {
    given([klimatDefined, tjansteresorAdded])
      .when(record(TJANSTERESOR, '2023-T1', 1061))
      .then([tjansteresorT1]);
  });

  it('records a missing value as saknas, and a month as well as a tertial', () => {
    given([klimatDefined, tjansteresorAdded])
      .when(record(TJANSTERESOR, '2023-04', null))
      .then([
        {
          type: 'IndikatorUtfallRecorded',
          data: {
            ...tjansteresorT1.data,
            period: '2023-04',
            utfall: null,
            kvot: null,
            bedomning: 'saknas',
          } as never,
        },
      ]);
  });

  it('judges an utfall against a missing målvärde as saknas', () => {
    given([klimatDefined, patienttransporterAdded])
      .when(record(PATIENTTRANSPORTER, '2023-T1', 1038))
      .then([
        {
          type: 'IndikatorUtfallRecorded',
          data: {
            delmalId: KLIMAT,
            indikatorId: PATIENTTRANSPORTER,
            period: '2023-T1',
            malvarde: null,
            riktning: 'lower_is_better',
            utfall: 1038,
            kvot: null,
            bedomning: 'saknas',
          },
        },
      ]);
  });

  describe('refuses', () => {
    it('a second utfall for the same period, pointing to a correction', () => {
      given([klimatDefined, tjansteresorAdded, tjansteresorT1])
        .when(record(TJANSTERESOR, '2023-T1', 1000))
        .thenThrows('UTFALL_ALREADY_RECORDED', { field: 'data.period', message: 'rättelse' });
    });

    it('a period outside the plan year', () => {
      given([klimatDefined, tjansteresorAdded])
        .when(record(TJANSTERESOR, '2022-T3', 1061))
        .thenThrows('PERIOD_OUTSIDE_PLAN_YEAR', { field: 'data.period', message: 'planår 2023' });
    });

    it('a period that has not begun', () => {
      given([klimatDefined, tjansteresorAdded])
        .when(record(TJANSTERESOR, '2023-T3', 900))
        .thenThrows('PERIOD_NOT_STARTED');
    });

    it('an invalid period, an unknown indikator, and an utfall that is left out or not a number', () => {
      given([klimatDefined, tjansteresorAdded])
        .when(record(TJANSTERESOR, '2023-T4', 1))
        .thenThrows('INVALID_PERIOD');
      given([klimatDefined, tjansteresorAdded])
        .when(record('indikator-okand', '2023-T1', 1))
        .thenThrows('INDIKATOR_NOT_FOUND');
      given([klimatDefined, tjansteresorAdded])
        .when(record(TJANSTERESOR, '2023-T1', undefined as never))
        .thenThrows('INVALID_NUMBER', { field: 'data.utfall' });
      given([klimatDefined, tjansteresorAdded])
        .when(record(TJANSTERESOR, '2023-T1', Infinity))
        .thenThrows('INVALID_NUMBER', { field: 'data.utfall' });
    });
  });
});

describe('correcting an utfall', () => {
  const correct = (utfall: number | null, reason = 'Felräknat: flygresor i mars saknades.') =>
    onKlimat('CorrectIndikatorUtfall', { indikatorId: TJANSTERESOR, period: '2023-T1', utfall, reason });

  it('records old and new utfall and bedömning with the reason', () => {
    given([klimatDefined, tjansteresorAdded, tjansteresorT1])
      .when(correct(1250))
      .then([
        {
          type: 'IndikatorUtfallCorrected',
          data: {
            delmalId: KLIMAT,
            indikatorId: TJANSTERESOR,
            period: '2023-T1',
            malvarde: 1010,
            riktning: 'lower_is_better',
            from: { utfall: 1061, kvot: 0.9519, bedomning: 'delvis' },
            to: { utfall: 1250, kvot: 0.808, bedomning: 'delvis' },
            reason: 'Felräknat: flygresor i mars saknades.',
          },
        },
      ]);
  });

  it('judges the corrected value against the målvärde of the original, not one set later', () => {
    const changed: DelmalEvent = {
      type: 'IndikatorMalvardeChanged',
      data: { delmalId: KLIMAT, indikatorId: TJANSTERESOR, from: 1010, to: 900, reason: 'Skärpt mål.' },
    };
    const [event] = given([klimatDefined, tjansteresorAdded, tjansteresorT1, changed])
      .when(correct(1000))
      .then([
        {
          type: 'IndikatorUtfallCorrected',
          data: {
            delmalId: KLIMAT,
            indikatorId: TJANSTERESOR,
            period: '2023-T1',
            malvarde: 1010,
            riktning: 'lower_is_better',
            from: { utfall: 1061, kvot: 0.9519, bedomning: 'delvis' },
            to: { utfall: 1000, kvot: 1.01, bedomning: 'helt' },
            reason: 'Felräknat: flygresor i mars saknades.',
          },
        },
      ]);
    expect(event.type).toBe('IndikatorUtfallCorrected');
  });

  it('records nothing when the value is the same', () => {
    given([klimatDefined, tjansteresorAdded, tjansteresorT1]).when(correct(1061)).thenNothing();
  });

  it('refuses a correction without reason, or of a period with no utfall', () => {
    given([klimatDefined, tjansteresorAdded, tjansteresorT1])
      .when(correct(1000, ' '))
      .thenThrows('REASON_REQUIRED');
    given([klimatDefined, tjansteresorAdded])
      .when(correct(1000))
      .thenThrows('NO_UTFALL_FOR_PERIOD', { field: 'data.period', message: 'Registrera utfallet i stället' });
  });
});
