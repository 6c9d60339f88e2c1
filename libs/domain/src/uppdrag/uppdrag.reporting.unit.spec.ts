import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, ORGAN } from '../testing/fixtures';
import { type CorrectUppdragReport } from './uppdrag.commands';
import { uppdragDecider } from './uppdrag.decider';
import { type UppdragEvent } from './uppdrag.events';
import {
  INKOP,
  INKOP_APRIL_KOMMENTAR,
  inkopAprilReported,
  inkopRegistered,
  onInkop,
  SAMVERKAN,
  samverkanRegistered,
} from './uppdrag.spec-fixtures';

const given = deciderSpec(uppdragDecider);

const report = (
  period: string,
  status = 'pagaende_enligt_plan',
  kommentar = INKOP_APRIL_KOMMENTAR,
  now?: string,
) => onInkop('ReportUppdragStatus', { period, status: status as never, kommentar }, ACTOR.johanRs, now);

const correct = (data: Partial<Omit<CorrectUppdragReport['data'], 'uppdragId'>>) =>
  onInkop('CorrectUppdragReport', {
    period: '2023-04',
    status: 'pagaende_delvis_enligt_plan',
    kommentar: INKOP_APRIL_KOMMENTAR,
    reason: 'Statusen var felaktigt angiven; leverantörsträffarna har skjutits till hösten.',
    ...data,
  });

const closed: UppdragEvent = {
  type: 'UppdragClosed',
  data: { uppdragId: INKOP, kommentar: 'Nytt inköpssystem är infört.' },
};
const withdrawn: UppdragEvent = {
  type: 'UppdragWithdrawn',
  data: {
    uppdragId: INKOP,
    reason: 'Inte längre aktuellt efter regionstyrelsens beslut om ny inköpsorganisation.',
  },
};

describe('reporting status on an uppdrag', () => {
  it('records the status and kommentar for a month', () => {
    given([inkopRegistered]).when(report('2023-04')).then([inkopAprilReported]);
  });

  it('accepts every status, including Ej påbörjad, and the month that is still running', () => {
    given([inkopRegistered])
      .when(report('2023-05', 'ej_paborjad', 'Upphandlingen av inköpssystem har inte startat.'))
      .then([
        {
          type: 'UppdragStatusReported',
          data: {
            uppdragId: INKOP,
            period: '2023-05',
            status: 'ej_paborjad',
            kommentar: 'Upphandlingen av inköpssystem har inte startat.',
          },
        },
      ]);
  });

  it('accepts the month of registration even though the uppdrag started mid-month', () => {
    given([inkopRegistered])
      .when(report('2023-01'))
      .then([{ ...inkopAprilReported, data: { ...inkopAprilReported.data, period: '2023-01' } }]);
  });

  it('reports a tertial on an uppdrag followed per tertial, written by an officer of a recipient nämnd', () => {
    const command = {
      type: 'ReportUppdragStatus' as const,
      data: {
        uppdragId: SAMVERKAN,
        period: '2023-T1',
        status: 'pagaende_enligt_plan' as const,
        kommentar: 'Arbete pågår.',
        organId: ORGAN.RUN,
      },
      metadata: { ...report('2023-T1').metadata, actor: ACTOR.elisabethRun },
    };
    given([samverkanRegistered])
      .when(command)
      .then([{ type: 'UppdragStatusReported', data: { ...command.data } }]);
  });

  it('after a change to tertial, reports the next tertial but no longer single months', () => {
    const changed: UppdragEvent = {
      type: 'UppdragPeriodicitetChanged',
      data: { uppdragId: INKOP, from: 'manad', to: 'tertial', reason: null },
    };
    given([inkopRegistered, changed])
      .when(report('2023-T1'))
      .then([{ ...inkopAprilReported, data: { ...inkopAprilReported.data, period: '2023-T1' } }]);
    given([inkopRegistered, changed]).when(report('2023-04')).thenThrows('PERIOD_NOT_IN_PERIODICITET');
  });

  it('after an extended slutdatum, reports periods up to the new date', () => {
    const extended: UppdragEvent = {
      type: 'UppdragSlutdatumExtended',
      data: {
        uppdragId: INKOP,
        from: '2023-12-31',
        to: '2024-12-31',
        reason: 'Beredningen behöver förlänga rapporteringen ett år framåt.',
      },
    };
    given([inkopRegistered, extended])
      .when(report('2024-01', undefined, undefined, '2024-02-05T09:00:00+01:00'))
      .then([{ ...inkopAprilReported, data: { ...inkopAprilReported.data, period: '2024-01' } }]);
  });

  describe('refuses', () => {
    it('a second report for the same period, and tells the user to correct it instead', () => {
      given([inkopRegistered, inkopAprilReported])
        .when(report('2023-04', 'pagaende_delvis_enligt_plan'))
        .thenThrows('PERIOD_ALREADY_REPORTED', {
          field: 'data.period',
          message: /April 2023 är redan rapporterad.*rättelse/,
        });
    });

    it('a period written in another form than 2023-04 or 2023-T1', () => {
      given([inkopRegistered])
        .when(report('april 2023'))
        .thenThrows('INVALID_PERIOD', { field: 'data.period' });
    });

    it('a tertial on a monthly uppdrag, and a month on a tertial one', () => {
      given([inkopRegistered])
        .when(report('2023-T1'))
        .thenThrows('PERIOD_NOT_IN_PERIODICITET', { field: 'data.period', message: 'per månad' });
      given([samverkanRegistered])
        .when({ ...report('2023-04'), data: { ...report('2023-04').data, uppdragId: SAMVERKAN } })
        .thenThrows('PERIOD_NOT_IN_PERIODICITET', { message: 'Tertial: apr, aug, dec' });
    });

    it('a period that ended before the uppdrag was registered', () => {
      given([inkopRegistered])
        .when(report('2022-12'))
        .thenThrows('PERIOD_OUTSIDE_UPPDRAG', { field: 'data.period', message: '2023-01-16 – 2023-12-31' });
    });

    it('a period that begins after the slutdatum', () => {
      given([inkopRegistered])
        .when(report('2024-01', undefined, undefined, '2024-02-05T09:00:00+01:00'))
        .thenThrows('PERIOD_OUTSIDE_UPPDRAG');
    });

    it('a period that has not begun yet', () => {
      given([inkopRegistered])
        .when(report('2023-06'))
        .thenThrows('PERIOD_NOT_STARTED', { field: 'data.period' });
    });

    it('an unknown status', () => {
      given([inkopRegistered])
        .when(report('2023-04', 'gron'))
        .thenThrows('INVALID_VALUE', { field: 'data.status' });
      given([inkopRegistered])
        .when(report('2023-04', 'avslutad'))
        .thenThrows('INVALID_VALUE', { field: 'data.status' });
    });

    it('a report without kommentar, or with one beyond 20 000 characters', () => {
      given([inkopRegistered])
        .when(report('2023-04', undefined, ' '))
        .thenThrows('TEXT_REQUIRED', { field: 'data.kommentar' });
      given([inkopRegistered])
        .when(report('2023-04', undefined, 'x'.repeat(20_001)))
        .thenThrows('TEXT_TOO_LONG', { field: 'data.kommentar' });
    });

    it('an uppdrag that does not exist', () => {
      given([]).when(report('2023-04')).thenThrows('UPPDRAG_NOT_FOUND');
    });

    it('a closed uppdrag', () => {
      given([inkopRegistered, closed])
        .when(report('2023-04'))
        .thenThrows('UPPDRAG_CLOSED', { message: 'avslutat' });
    });

    it('a withdrawn uppdrag', () => {
      given([inkopRegistered, withdrawn])
        .when(report('2023-04'))
        .thenThrows('UPPDRAG_WITHDRAWN', { message: 'inte längre aktuellt' });
    });
  });
});

describe('correcting a report', () => {
  it('records the new status and kommentar beside the original, with the reason', () => {
    given([inkopRegistered, inkopAprilReported])
      .when(correct({}))
      .then([
        {
          type: 'UppdragReportCorrected',
          data: {
            uppdragId: INKOP,
            period: '2023-04',
            from: { status: 'pagaende_enligt_plan', kommentar: INKOP_APRIL_KOMMENTAR },
            to: { status: 'pagaende_delvis_enligt_plan', kommentar: INKOP_APRIL_KOMMENTAR },
            reason: 'Statusen var felaktigt angiven; leverantörsträffarna har skjutits till hösten.',
          },
        },
      ]);
  });

  it('corrects from the corrected version when corrected twice', () => {
    const first: UppdragEvent = {
      type: 'UppdragReportCorrected',
      data: {
        uppdragId: INKOP,
        period: '2023-04',
        from: { status: 'pagaende_enligt_plan', kommentar: INKOP_APRIL_KOMMENTAR },
        to: { status: 'pagaende_delvis_enligt_plan', kommentar: INKOP_APRIL_KOMMENTAR },
        reason: 'Fel status.',
      },
    };
    const [event] = given([inkopRegistered, inkopAprilReported, first])
      .when(correct({ status: 'pagaende_ej_enligt_plan', reason: 'Behöver stöd från regionstyrelsen.' }))
      .then([
        {
          type: 'UppdragReportCorrected',
          data: {
            uppdragId: INKOP,
            period: '2023-04',
            from: { status: 'pagaende_delvis_enligt_plan', kommentar: INKOP_APRIL_KOMMENTAR },
            to: { status: 'pagaende_ej_enligt_plan', kommentar: INKOP_APRIL_KOMMENTAR },
            reason: 'Behöver stöd från regionstyrelsen.',
          },
        },
      ]);
    expect(event.type).toBe('UppdragReportCorrected');
  });

  it('still refuses a new report for a corrected period', () => {
    const corrected: UppdragEvent = {
      type: 'UppdragReportCorrected',
      data: {
        uppdragId: INKOP,
        period: '2023-04',
        from: { status: 'pagaende_enligt_plan', kommentar: INKOP_APRIL_KOMMENTAR },
        to: { status: 'pagaende_delvis_enligt_plan', kommentar: INKOP_APRIL_KOMMENTAR },
        reason: 'Fel status.',
      },
    };
    given([inkopRegistered, inkopAprilReported, corrected])
      .when(report('2023-04'))
      .thenThrows('PERIOD_ALREADY_REPORTED');
  });

  it('corrects a month reported before the periodicitet became tertial', () => {
    const changed: UppdragEvent = {
      type: 'UppdragPeriodicitetChanged',
      data: { uppdragId: INKOP, from: 'manad', to: 'tertial', reason: null },
    };
    given([inkopRegistered, inkopAprilReported, changed])
      .when(correct({}))
      .then([
        {
          type: 'UppdragReportCorrected',
          data: {
            uppdragId: INKOP,
            period: '2023-04',
            from: { status: 'pagaende_enligt_plan', kommentar: INKOP_APRIL_KOMMENTAR },
            to: { status: 'pagaende_delvis_enligt_plan', kommentar: INKOP_APRIL_KOMMENTAR },
            reason: 'Statusen var felaktigt angiven; leverantörsträffarna har skjutits till hösten.',
          },
        },
      ]);
  });

  it('records nothing when the correction would change nothing', () => {
    given([inkopRegistered, inkopAprilReported])
      .when(correct({ status: 'pagaende_enligt_plan' }))
      .thenNothing();
  });

  describe('refuses', () => {
    it('a correction without a reason', () => {
      given([inkopRegistered, inkopAprilReported])
        .when(correct({ reason: '  ' }))
        .thenThrows('REASON_REQUIRED', { field: 'data.reason' });
    });

    it('a correction of a period never reported, pointing to a report instead', () => {
      given([inkopRegistered, inkopAprilReported])
        .when(correct({ period: '2023-03' }))
        .thenThrows('NO_REPORT_FOR_PERIOD', {
          field: 'data.period',
          message: 'Rapportera perioden i stället',
        });
    });

    it('a correction with an invalid period, status or kommentar', () => {
      const history = [inkopRegistered, inkopAprilReported];
      given(history)
        .when(correct({ period: '2023/04' }))
        .thenThrows('INVALID_PERIOD');
      given(history)
        .when(correct({ status: 'klar' as never }))
        .thenThrows('INVALID_VALUE', { field: 'data.status' });
      given(history)
        .when(correct({ kommentar: '' }))
        .thenThrows('TEXT_REQUIRED', { field: 'data.kommentar' });
    });

    it('a correction on a closed or withdrawn uppdrag', () => {
      given([inkopRegistered, inkopAprilReported, closed]).when(correct({})).thenThrows('UPPDRAG_CLOSED');
      given([inkopRegistered, inkopAprilReported, withdrawn])
        .when(correct({}))
        .thenThrows('UPPDRAG_WITHDRAWN');
    });
  });
});
