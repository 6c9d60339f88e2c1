import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, meta } from '../testing/fixtures';
import { type DefineDelmal } from './delmal.commands';
import { delmalDecider } from './delmal.decider';
import { type DelmalEvent } from './delmal.events';
import { KLIMAT, klimatDefined, onKlimat } from './delmal.spec-fixtures';

const given = deciderSpec(delmalDecider);

const define = (overrides: Partial<DefineDelmal['data']> = {}): DefineDelmal => ({
  type: 'DefineDelmal',
  data: { ...klimatDefined.data, ...overrides },
  metadata: meta(ACTOR.idaSekreterareRs, '2023-01-20T13:00:00+01:00'),
});

const closed: DelmalEvent = { type: 'DelmalClosed', data: { delmalId: KLIMAT, kommentar: null } };

describe('defining a delmål', () => {
  it('records the nämnd, plan year, regionmål and text', () => {
    given([]).when(define()).then([klimatDefined]);
  });

  it('trims the texts', () => {
    given([])
      .when(define({ text: '  Minska klimatutsläppen från regionens trafik ' }))
      .then([klimatDefined]);
  });

  describe('refuses', () => {
    it('an id that is already defined', () => {
      given([klimatDefined]).when(define()).thenThrows('DELMAL_ALREADY_DEFINED', { field: 'data.delmalId' });
    });

    it('an empty or overlong text', () => {
      given([])
        .when(define({ text: '' }))
        .thenThrows('TEXT_REQUIRED', { field: 'data.text' });
      given([])
        .when(define({ text: 'x'.repeat(2_001) }))
        .thenThrows('TEXT_TOO_LONG', { field: 'data.text' });
    });

    it('a missing or incomplete regionmål', () => {
      given([])
        .when(define({ regionmal: undefined as never }))
        .thenThrows('INVALID_VALUE', { field: 'data.regionmal' });
      given([])
        .when(define({ regionmal: { id: 'regionmal-4', namn: ' ' } }))
        .thenThrows('TEXT_REQUIRED', { field: 'data.regionmal.namn' });
      given([])
        .when(define({ regionmal: { id: '', namn: 'Mål 4' } }))
        .thenThrows('INVALID_ID', { field: 'data.regionmal.id' });
    });

    it('an impossible plan year', () => {
      given([])
        .when(define({ planYear: 1899 }))
        .thenThrows('INVALID_PLAN_YEAR', { field: 'data.planYear' });
      given([])
        .when(define({ planYear: 2023.5 }))
        .thenThrows('INVALID_PLAN_YEAR');
    });

    it('an invalid organ id', () => {
      given([])
        .when(define({ organId: 'R S' }))
        .thenThrows('INVALID_ID', { field: 'data.organId' });
    });
  });
});

describe('closing a delmål', () => {
  it('records the closing, with an optional kommentar', () => {
    given([klimatDefined])
      .when(onKlimat('CloseDelmal', {}, ACTOR.idaSekreterareRs))
      .then([closed]);
    given([klimatDefined])
      .when(
        onKlimat(
          'CloseDelmal',
          { kommentar: 'Ersätts av nytt delmål i planen 2024.' },
          ACTOR.idaSekreterareRs,
        ),
      )
      .then([
        {
          type: 'DelmalClosed',
          data: { delmalId: KLIMAT, kommentar: 'Ersätts av nytt delmål i planen 2024.' },
        },
      ]);
  });

  it('refuses to close twice, or a delmål that does not exist', () => {
    given([klimatDefined, closed])
      .when(onKlimat('CloseDelmal', {}, ACTOR.idaSekreterareRs))
      .thenThrows('DELMAL_CLOSED');
    given([])
      .when(onKlimat('CloseDelmal', {}, ACTOR.idaSekreterareRs))
      .thenThrows('DELMAL_NOT_FOUND');
  });

  it('refuses everything on a closed delmål', () => {
    given([klimatDefined, closed])
      .when(
        onKlimat('AssessDelmal', {
          period: '2023-T1',
          bedomning: 'helt',
          prognos: 'helt',
          kommentar: 'Enligt plan.',
        }),
      )
      .thenThrows('DELMAL_CLOSED', { message: 'avslutat' });
    given([klimatDefined, closed])
      .when(
        onKlimat(
          'AddIndikator',
          { indikatorId: 'indikator-x', namn: 'Mängd köpt energi', riktning: 'lower_is_better' },
          ACTOR.idaSekreterareRs,
        ),
      )
      .thenThrows('DELMAL_CLOSED');
  });
});
