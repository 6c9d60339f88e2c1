/**
 * Business time never runs backwards (shared/business-time.ts), shown on the uppdrag and the delmål:
 * a migration user replays a region's 2023 with the times things happened, and the stream must read
 * the same in business time as in its own order.
 */
import { type Actor } from '../access/roles';
import { bedomIndikator } from '../delmal/bedomning';
import { delmalDecider } from '../delmal/delmal.decider';
import {
  KLIMAT,
  klimatDefined,
  onKlimat,
  TJANSTERESOR,
  tjansteresorAdded,
} from '../delmal/delmal.spec-fixtures';
import { internkontrollDecider } from '../internkontroll/internkontroll.decider';
import {
  adopted,
  created,
  momentAdded,
  onPlan,
  RISK,
  riskAdded,
} from '../internkontroll/internkontroll.spec-fixtures';
import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, meta } from '../testing/fixtures';
import { uppdragDecider } from '../uppdrag/uppdrag.decider';
import {
  INKOP,
  INKOP_APRIL_KOMMENTAR,
  inkopAprilReported,
  inkopRegistered,
  JANUARY_2023,
  onInkop,
} from '../uppdrag/uppdrag.spec-fixtures';

/** Imported in June 2025: every business time below is earlier than the server's. */
const IMPORTED_ON = '2025-06-18T10:00:00+02:00';
const importer: Actor = ACTOR.migrering;
const hsnImporter: Actor = { ...ACTOR.mariaSekreterareHsn, roles: ['secretary', 'importer'] };

const at = <E extends object>(event: E, occurredAt: string) => ({ ...event, metadata: { occurredAt } });

/** A command on the inköp uppdrag by the importer, dated `now`. */
function inkop<T extends Parameters<typeof onInkop>[0]>(
  type: T,
  data: Parameters<typeof onInkop<T>>[1],
  now: string,
) {
  return { ...onInkop(type, data, importer), metadata: meta(importer, now, IMPORTED_ON) };
}

const MAY_REPORTED = '2023-06-05T10:00:00+02:00';
const inkopMayReported = {
  type: 'UppdragStatusReported' as const,
  data: {
    ...inkopAprilReported.data,
    period: '2023-05',
    kommentar: 'Upphandlingen av inköpssystemet pågår.',
  },
};
/** Registered 16 January, April reported 3 May, May reported 5 June. */
const inkopUntilJune = [
  at(inkopRegistered, JANUARY_2023),
  at(inkopAprilReported, '2023-05-03T09:30:00+02:00'),
  at(inkopMayReported, MAY_REPORTED),
];

describe('uppdrag: nothing happens before the registration', () => {
  const given = deciderSpec(uppdragDecider);

  it('refuses a periodicitet change dated before the uppdrag was registered', () => {
    given([at(inkopRegistered, JANUARY_2023)])
      .when(inkop('ChangeUppdragPeriodicitet', { periodicitet: 'tertial' }, '2022-12-01T09:00:00+01:00'))
      .thenThrows('BUSINESS_TIME_BEFORE_REGISTRATION', {
        field: 'metadata.now',
        message: 'före registreringen',
      });
  });

  it('refuses closing in 2022 an uppdrag registered in 2023', () => {
    given([at(inkopRegistered, JANUARY_2023)])
      .when(inkop('CloseUppdrag', { kommentar: 'Klart.' }, '2022-12-20T15:00:00+01:00'))
      .thenThrows('BUSINESS_TIME_BEFORE_REGISTRATION', { field: 'metadata.now' });
  });

  it('lets the permission speak first: who may not act learns nothing of the stream’s times', () => {
    given([at(inkopRegistered, JANUARY_2023)])
      .when({
        ...onInkop('CloseUppdrag', { kommentar: 'Klart.' }),
        metadata: meta(ACTOR.onlyImporter, '2022-12-20T15:00:00+01:00', IMPORTED_ON),
      })
      .thenThrows('FORBIDDEN');
  });

  it('accepts a change at the very instant of the registration', () => {
    given([at(inkopRegistered, JANUARY_2023)])
      .when(inkop('ChangeUppdragPeriodicitet', { periodicitet: 'tertial' }, JANUARY_2023))
      .then([
        {
          type: 'UppdragPeriodicitetChanged',
          data: { uppdragId: INKOP, from: 'manad', to: 'tertial', reason: null },
        },
      ]);
  });
});

describe('uppdrag: business time does not go backwards', () => {
  const given = deciderSpec(uppdragDecider);

  it('refuses a change dated before the stream’s latest event, and says to import in time order', () => {
    given(inkopUntilJune)
      .when(inkop('ChangeUppdragAnsvarig', { ansvarigPersonId: 'person-sara' }, '2023-05-20T09:00:00+02:00'))
      .thenThrows('BUSINESS_TIME_BACKWARDS', { field: 'metadata.now', message: 'tidsordning' });
  });

  it('refuses a closing dated before the last report', () => {
    given(inkopUntilJune)
      .when(inkop('CloseUppdrag', { kommentar: 'Klart.' }, '2023-06-01T09:00:00+02:00'))
      .thenThrows('BUSINESS_TIME_BACKWARDS');
  });

  it('accepts what follows in time, and a command that changes nothing is no event and no refusal', () => {
    given(inkopUntilJune)
      .when(inkop('ChangeUppdragAnsvarig', { ansvarigPersonId: 'person-sara' }, MAY_REPORTED))
      .then([
        {
          type: 'UppdragAnsvarigChanged',
          data: { uppdragId: INKOP, from: 'person-johan', to: 'person-sara' },
        },
      ]);
    given(inkopUntilJune)
      .when(inkop('ChangeUppdragPeriodicitet', { periodicitet: 'manad' }, '2022-01-01T09:00:00+01:00'))
      .thenNothing();
  });

  it('stays silent where the times are unknown (events folded without them, as the older specs do)', () => {
    given([inkopRegistered])
      .when(inkop('ChangeUppdragPeriodicitet', { periodicitet: 'tertial' }, '2022-12-01T09:00:00+01:00'))
      .then([
        {
          type: 'UppdragPeriodicitetChanged',
          data: { uppdragId: INKOP, from: 'manad', to: 'tertial', reason: null },
        },
      ]);
  });
});

describe('uppdrag: a correction with its reason may be dated back, and says so', () => {
  const given = deciderSpec(uppdragDecider);
  const correction = {
    period: '2023-04',
    status: 'pagaende_delvis_enligt_plan' as const,
    kommentar: 'Försenat.',
  };
  const reason = 'Nämnden rättade aprilrapporten vid sammanträdet den 20 maj.';

  it('records a correction of April dated 20 May, after June’s report was made, as back-dated', () => {
    given(inkopUntilJune)
      .when(inkop('CorrectUppdragReport', { ...correction, reason }, '2023-05-20T09:00:00+02:00'))
      .then([
        {
          type: 'UppdragReportCorrected',
          data: {
            uppdragId: INKOP,
            period: '2023-04',
            from: { status: 'pagaende_enligt_plan', kommentar: INKOP_APRIL_KOMMENTAR },
            to: { status: 'pagaende_delvis_enligt_plan', kommentar: 'Försenat.' },
            reason,
            backdatedBefore: MAY_REPORTED,
          },
        },
      ]);
  });

  it('does not mark a correction that comes after everything else', () => {
    const [event] = given(inkopUntilJune)
      .when(inkop('CorrectUppdragReport', { ...correction, reason }, '2023-06-10T09:00:00+02:00'))
      .then([
        {
          type: 'UppdragReportCorrected',
          data: {
            uppdragId: INKOP,
            period: '2023-04',
            from: { status: 'pagaende_enligt_plan', kommentar: INKOP_APRIL_KOMMENTAR },
            to: { status: 'pagaende_delvis_enligt_plan', kommentar: 'Försenat.' },
            reason,
          },
        },
      ]);
    expect(event.data).not.toHaveProperty('backdatedBefore');
  });

  it('refuses a correction dated before the report it corrects', () => {
    given(inkopUntilJune)
      .when(inkop('CorrectUppdragReport', { ...correction, reason }, '2023-05-02T09:00:00+02:00'))
      .thenThrows('BUSINESS_TIME_BACKWARDS', { message: 'före rapporten den rättar' });
  });

  it('refuses a correction dated before the registration', () => {
    given(inkopUntilJune)
      .when(inkop('CorrectUppdragReport', { ...correction, reason }, '2023-01-02T09:00:00+01:00'))
      .thenThrows('BUSINESS_TIME_BEFORE_REGISTRATION');
  });
});

describe('delmål: the same rule', () => {
  const given = deciderSpec(delmalDecider);
  const secretary: Actor = { ...ACTOR.idaSekreterareRs, roles: ['secretary', 'importer'] };
  const klimat = <T extends Parameters<typeof onKlimat>[0]>(
    type: T,
    data: Parameters<typeof onKlimat<T>>[1],
    now: string,
  ) => ({ ...onKlimat(type, data, secretary), metadata: meta(secretary, now, IMPORTED_ON) });
  const assessed = {
    bedomning: 'delvis' as const,
    prognos: 'delvis' as const,
    kommentar: 'Resorna minskar.',
  };
  const utfall = (value: number) => ({
    utfall: value,
    ...bedomIndikator({ utfall: value, malvarde: 1010, riktning: 'lower_is_better' }),
  });
  const T2_ASSESSED = '2023-09-10T09:00:00+02:00';
  /** Defined 1 February, the T1 utfall of tjänsteresor recorded 5 May, the T2 bedömning 10 September. */
  const history = [
    at(klimatDefined, '2023-02-01T09:00:00+01:00'),
    at(tjansteresorAdded, '2023-02-01T09:05:00+01:00'),
    at(
      {
        type: 'IndikatorUtfallRecorded' as const,
        data: {
          delmalId: KLIMAT,
          indikatorId: TJANSTERESOR,
          period: '2023-T1',
          malvarde: 1010,
          riktning: 'lower_is_better' as const,
          ...utfall(1040),
        },
      },
      '2023-05-05T09:00:00+02:00',
    ),
    at(
      { type: 'DelmalAssessed' as const, data: { delmalId: KLIMAT, period: '2023-T2', ...assessed } },
      T2_ASSESSED,
    ),
  ];

  it('refuses a bedömning dated before the delmål was defined', () => {
    given(history.slice(0, 1))
      .when(klimat('AssessDelmal', { period: '2023-T1', ...assessed }, '2023-01-15T09:00:00+01:00'))
      .thenThrows('BUSINESS_TIME_BEFORE_REGISTRATION', { field: 'metadata.now' });
  });

  it('refuses an utfall dated before the last bedömning', () => {
    given(history)
      .when(
        klimat(
          'RecordIndikatorUtfall',
          { indikatorId: TJANSTERESOR, period: '2023-T2', utfall: 1020 },
          '2023-09-01T09:00:00+02:00',
        ),
      )
      .thenThrows('BUSINESS_TIME_BACKWARDS');
  });

  it('accepts a correction of the T1 utfall dated back to June, after the T2 bedömning, marked back-dated', () => {
    const reason = 'Fel i resesystemets export.';
    given(history)
      .when(
        klimat(
          'CorrectIndikatorUtfall',
          { indikatorId: TJANSTERESOR, period: '2023-T1', utfall: 1035, reason },
          '2023-06-01T09:00:00+02:00',
        ),
      )
      .then([
        {
          type: 'IndikatorUtfallCorrected',
          data: {
            delmalId: KLIMAT,
            indikatorId: TJANSTERESOR,
            period: '2023-T1',
            malvarde: 1010,
            riktning: 'lower_is_better',
            from: utfall(1040),
            to: utfall(1035),
            reason,
            backdatedBefore: T2_ASSESSED,
          },
        },
      ]);
  });

  it('refuses a bedömning correction dated before the bedömning it corrects', () => {
    given(history)
      .when(
        klimat(
          'CorrectDelmalAssessment',
          { period: '2023-T2', ...assessed, bedomning: 'inte', reason: 'Omräknat.' },
          '2023-09-09T09:00:00+02:00',
        ),
      )
      .thenThrows('BUSINESS_TIME_BACKWARDS', { message: 'före rapporten den rättar' });
  });
});

describe('an internkontrollplan: forward only, like every stream', () => {
  it('refuses a risk dated before the plan was created', () => {
    deciderSpec(internkontrollDecider)([at(created, '2023-01-10T09:00:00+01:00')])
      .when({
        ...onPlan('AddRisk', { riskId: 'risk-ny', text: 'Avtal saknas', sannolikhet: 2, konsekvens: 3 }),
        metadata: meta(hsnImporter, '2022-12-15T09:00:00+01:00', IMPORTED_ON),
      })
      .thenThrows('BUSINESS_TIME_BEFORE_REGISTRATION');
  });

  it('refuses a reassessment dated before the plan was adopted', () => {
    const plan = [created, riskAdded, momentAdded].map((e) => at(e, '2023-01-10T09:00:00+01:00'));
    deciderSpec(internkontrollDecider)([...plan, at(adopted, '2023-02-01T09:00:00+01:00')])
      .when({
        ...onPlan('ReassessRisk', { riskId: RISK, sannolikhet: 4, konsekvens: 4, reason: 'Nya stickprov.' }),
        metadata: meta(hsnImporter, '2023-01-20T09:00:00+01:00', IMPORTED_ON),
      })
      .thenThrows('BUSINESS_TIME_BACKWARDS');
  });
});
