import { faststallelseStream, type FaststallelseEvent, uppdragStream } from '@sparbar/domain';
import { describeEvent } from './describe';
import { NAMES, U } from './describe.spec-fixtures';
import { emptyAuditState, evolveAuditState, organsConcerned } from './state';

const STREAM = faststallelseStream('hsn', '2023-T1');
const adopted: FaststallelseEvent = {
  type: 'PeriodReportAdopted',
  data: {
    organId: 'hsn',
    period: '2023-T1',
    meetingDate: '2023-05-24',
    paragraf: '45',
    diarienummer: 'HSN 2023/12',
    previous: null,
  },
};
const readopted: FaststallelseEvent = {
  type: 'PeriodReportAdopted',
  data: {
    ...adopted.data,
    meetingDate: '2023-06-14',
    paragraf: '§ 60',
    diarienummer: null,
    previous: { meetingDate: '2023-05-24', paragraf: '45' },
  },
};
const received: FaststallelseEvent = {
  type: 'PeriodReportHandlingRecorded',
  data: {
    organId: 'hsn',
    period: '2023-T1',
    by: 'regionstyrelsen',
    byOrganId: 'rs',
    kind: 'received',
    date: '2023-06-13',
    paragraf: '112',
  },
};
const of = (event: FaststallelseEvent) => describeEvent({ ...event, stream: STREAM }, NAMES);

describe('adoptions in human terms', () => {
  it('PeriodReportAdopted: by which organ, at which meeting and §, filed under the organ with the period', () => {
    expect(of(adopted)).toEqual({
      itemKind: 'organ',
      itemId: 'hsn',
      description: 'Rapporten för Tertial 1 2023 fastställd av HSN 2023-05-24 § 45 (dnr HSN 2023/12)',
      changes: [],
      reason: null,
      period: '2023-T1',
    });
    expect(of(readopted).description).toBe(
      'Rapporten för Tertial 1 2023 fastställd av HSN 2023-06-14 § 60; ersätter fastställandet 2023-05-24 § 45',
    );
  });

  it('PeriodReportHandlingRecorded: which body received or handled it, when and at which §', () => {
    expect(of(received)).toMatchObject({
      itemKind: 'organ',
      itemId: 'hsn',
      description: 'Rapporten för Tertial 1 2023 från HSN anmäld i regionstyrelsen 2023-06-13 § 112',
      period: '2023-T1',
    });
    expect(
      of({
        ...received,
        data: { ...received.data, by: 'fullmaktige', byOrganId: 'regionfullmaktige', kind: 'handled' },
      }).description,
    ).toBe('Rapporten för Tertial 1 2023 från HSN behandlad i regionfullmäktige 2023-06-13 § 112');
  });

  it('an adoption concerns its nämnd, its handling the handling body too', () => {
    const state = emptyAuditState();
    const on = (event: FaststallelseEvent) => ({ ...event, stream: STREAM });
    evolveAuditState(state, on(adopted));
    expect(organsConcerned(state, on(adopted))).toEqual(['hsn']);
    evolveAuditState(state, on(received));
    expect(organsConcerned(state, on(received))).toEqual(['hsn', 'rs']);
  });

  it('a report made after adoption says so, with the adoption and the reason, which is its reason', () => {
    const late = describeEvent(
      {
        stream: uppdragStream(U),
        type: 'UppdragStatusReported',
        data: {
          uppdragId: U,
          period: '2023-T1',
          status: 'pagaende_enligt_plan',
          kommentar: 'Kom in sent.',
          organId: 'hsn',
          afterAdoption: {
            adoptedOn: '2023-05-24',
            paragraf: '45',
            reason: 'Rapporten kom in efter sammanträdet.',
          },
        },
      },
      NAMES,
    );
    expect(late.description).toBe(
      'Status rapporterad för Tertial 1 2023 (delen för HSN): Pågående enligt plan — ' +
        'ändrad efter fastställande 2023-05-24 § 45 (skäl: Rapporten kom in efter sammanträdet.)',
    );
    expect(late.reason).toBe('Rapporten kom in efter sammanträdet.');
  });
});
