import { type Actor } from '../access/roles';
import { deciderSpec } from '../testing/decider-spec';
import { ACTOR, meta, ORGAN } from '../testing/fixtures';
import { type AdoptPeriodReport, type RecordPeriodReportHandling } from './faststallelse.commands';
import { faststallelseDecider } from './faststallelse.decider';
import { type FaststallelseEvent } from './faststallelse.events';

const given = deciderSpec(faststallelseDecider);
const MAY_24 = '2023-05-24T15:00:00+02:00';
const JUNE_13 = '2023-06-13T10:00:00+02:00';

function adopt(
  overrides: Partial<AdoptPeriodReport['data']> = {},
  actor: Actor = ACTOR.mariaSekreterareHsn,
  now = MAY_24,
): AdoptPeriodReport {
  return {
    type: 'AdoptPeriodReport',
    data: { organId: ORGAN.HSN, period: '2023-T1', meetingDate: '2023-05-24', paragraf: '45', ...overrides },
    metadata: meta(actor, now),
  };
}

const adopted: FaststallelseEvent = {
  type: 'PeriodReportAdopted',
  data: {
    organId: ORGAN.HSN,
    period: '2023-T1',
    meetingDate: '2023-05-24',
    paragraf: '45',
    diarienummer: null,
    previous: null,
  },
};

function handling(
  overrides: Partial<RecordPeriodReportHandling['data']> = {},
  actor: Actor = ACTOR.idaSekreterareRs,
): RecordPeriodReportHandling {
  return {
    type: 'RecordPeriodReportHandling',
    data: {
      organId: ORGAN.HSN,
      period: '2023-T1',
      by: 'regionstyrelsen',
      byOrganId: ORGAN.RS,
      kind: 'received',
      date: '2023-06-13',
      paragraf: '112',
      ...overrides,
    },
    metadata: meta(actor, JUNE_13),
  };
}

describe('adopting a period report', () => {
  it('records the nämnd’s meeting, § and diarienummer', () => {
    given([])
      .when(adopt({ diarienummer: 'HSN 2023/123' }))
      .then([{ ...adopted, data: { ...adopted.data, diarienummer: 'HSN 2023/123' } } as FaststallelseEvent]);
  });

  it('is recorded by the nämnd’s own secretary only', () => {
    given([]).when(adopt({}, ACTOR.saraHsn)).thenThrows('FORBIDDEN');
    given([]).when(adopt({}, ACTOR.idaSekreterareRs)).thenThrows('FORBIDDEN');
    given([]).when(adopt({}, ACTOR.direktor)).thenThrows('FORBIDDEN');
  });

  it('refuses a meeting in the future of the command’s clock', () => {
    given([])
      .when(adopt({ meetingDate: '2023-05-25' }))
      .thenThrows('ADOPTION_DATE_IN_FUTURE', {
        field: 'data.meetingDate',
      });
  });

  it('refuses a meeting before the period has ended', () => {
    given([])
      .when(adopt({ meetingDate: '2023-04-30' }))
      .thenThrows('ADOPTION_BEFORE_PERIOD_END', {
        field: 'data.meetingDate',
      });
  });

  it('accepts a month as well as a tertial, and refuses any other spelling of a period', () => {
    given([])
      .when(adopt({ period: '2023-04' }))
      .then([{ ...adopted, data: { ...adopted.data, period: '2023-04' } } as FaststallelseEvent]);
    for (const period of ['2023-t1', '2023-4', '2023-T4', 'T1-2023']) {
      given([]).when(adopt({ period })).thenThrows('INVALID_PERIOD', { field: 'data.period' });
    }
  });

  it('requires the §', () => {
    given([])
      .when(adopt({ paragraf: '  ' }))
      .thenThrows('TEXT_REQUIRED', { field: 'data.paragraf' });
  });

  it('is adopted once: the same or an earlier meeting again is a conflict', () => {
    given([adopted]).when(adopt()).thenThrows('PERIOD_REPORT_ALREADY_ADOPTED');
    given([adopted])
      .when(adopt({ meetingDate: '2023-05-20' }))
      .thenThrows('PERIOD_REPORT_ALREADY_ADOPTED');
  });

  it('may be re-adopted at a later meeting, naming the adoption it replaces', () => {
    given([adopted])
      .when(adopt({ meetingDate: '2023-06-13', paragraf: '61' }, ACTOR.mariaSekreterareHsn, JUNE_13))
      .then([
        {
          type: 'PeriodReportAdopted',
          data: {
            organId: ORGAN.HSN,
            period: '2023-T1',
            meetingDate: '2023-06-13',
            paragraf: '61',
            diarienummer: null,
            previous: { meetingDate: '2023-05-24', paragraf: '45' },
          },
        },
      ]);
  });
});

describe('regionstyrelsen’s and fullmäktige’s handling', () => {
  const received: FaststallelseEvent = {
    type: 'PeriodReportHandlingRecorded',
    data: {
      organId: ORGAN.HSN,
      period: '2023-T1',
      by: 'regionstyrelsen',
      byOrganId: ORGAN.RS,
      kind: 'received',
      date: '2023-06-13',
      paragraf: '112',
    },
  };

  it('records that regionstyrelsen received the adopted report, once', () => {
    given([adopted]).when(handling()).then([received]);
    given([adopted, received]).when(handling()).thenNothing();
  });

  it('is recorded by that body’s secretary', () => {
    given([adopted]).when(handling({}, ACTOR.mariaSekreterareHsn)).thenThrows('FORBIDDEN');
    given([adopted])
      .when(handling({ by: 'fullmaktige', byOrganId: ORGAN.RF, kind: 'handled' }, ACTOR.sekreterareRf))
      .then([
        {
          ...received,
          data: { ...received.data, by: 'fullmaktige', byOrganId: ORGAN.RF, kind: 'handled' },
        } as FaststallelseEvent,
      ]);
  });

  it('needs the nämnd’s adoption first, and a date not before it', () => {
    given([]).when(handling()).thenThrows('PERIOD_REPORT_NOT_ADOPTED');
    given([adopted])
      .when(handling({ date: '2023-05-23' }))
      .thenThrows('HANDLING_BEFORE_ADOPTION', {
        field: 'data.date',
      });
    given([adopted])
      .when(handling({ date: '2023-06-14' }))
      .thenThrows('ADOPTION_DATE_IN_FUTURE', {
        field: 'data.date',
      });
    given([adopted])
      .when(handling({ kind: 'read' as never }))
      .thenThrows('INVALID_VALUE', { field: 'data.kind' });
  });
});
