import { type DomainError } from '../shared/domain-error';
import { adoptionLabel } from './faststallelse.labels';
import { ORGAN } from '../testing/fixtures';
import { type AdoptionLock, applyAdoptionLock, lockOf, reportOrgansOf } from './faststallelse.lock';
import { evolveFaststallelse, initialFaststallelseState } from './faststallelse.state';

const LOCK: AdoptionLock = { organId: ORGAN.HSN, period: '2023-T1', adoptedOn: '2023-05-24', paragraf: '45' };
const reported = {
  type: 'UppdragStatusReported',
  data: {
    uppdragId: 'u1',
    period: '2023-T1',
    status: 'pagaende_enligt_plan',
    kommentar: 'Sent',
    organId: ORGAN.HSN,
  },
};
const corrected = {
  type: 'UppdragReportCorrected',
  data: { uppdragId: 'u1', period: '2023-T1', reason: 'Fel siffra', organId: ORGAN.HSN },
};

describe('the lock of an adopted period', () => {
  it('is the latest adoption of the stream', () => {
    expect(lockOf(initialFaststallelseState())).toBeNull();
    const state = evolveFaststallelse(initialFaststallelseState(), {
      type: 'PeriodReportAdopted',
      data: { ...LOCK, meetingDate: '2023-05-24', diarienummer: null, previous: null },
    });
    expect(lockOf(state)).toEqual(LOCK);
  });

  it('given an adopted period, when a report is written without a reason, then it is refused naming the field', () => {
    let error: DomainError | undefined;
    try {
      applyAdoptionLock([reported], [LOCK], undefined);
    } catch (e) {
      error = e as DomainError;
    }
    expect(error?.code).toBe('REASON_REQUIRED');
    expect(error?.field).toBe('data.reason');
    expect(error?.message).toContain('fastställd 2023-05-24 § 45');
    expect(error?.message).toContain('"reason"');
  });

  it('given an adopted period, when a report comes with a reason, then it is marked as made after adoption', () => {
    expect(applyAdoptionLock([reported], [LOCK], ' Rapporten kom in sent ')).toEqual([
      {
        ...reported,
        data: {
          ...reported.data,
          afterAdoption: { adoptedOn: '2023-05-24', paragraf: '45', reason: 'Rapporten kom in sent' },
        },
      },
    ]);
  });

  it('given an adopted period, when a correction is made, then its own reason is the one recorded', () => {
    const [marked] = applyAdoptionLock([corrected], [LOCK], undefined);
    expect(marked.data).toMatchObject({ afterAdoption: { adoptedOn: '2023-05-24', reason: 'Fel siffra' } });
  });

  it('leaves other periods, and periods not adopted, alone', () => {
    const april = { ...reported, data: { ...reported.data, period: '2023-04' } };
    expect(applyAdoptionLock([april], [LOCK], undefined)).toEqual([april]);
    expect(applyAdoptionLock([reported], [], undefined)).toEqual([reported]);
  });

  it('finds the organs whose report an uppdrag report belongs to', () => {
    const joint = { riktasTill: [ORGAN.HSN, ORGAN.RS, ORGAN.RUN], samordnare: ORGAN.RS };
    expect(reportOrgansOf(joint, ORGAN.HSN)).toEqual([ORGAN.HSN]);
    expect(reportOrgansOf(joint, null)).toEqual([ORGAN.RS]);
    expect(reportOrgansOf({ riktasTill: [ORGAN.HSN, ORGAN.RUN] }, null)).toEqual([ORGAN.HSN, ORGAN.RUN]);
  });
});

describe('the adoption as it reads', () => {
  it('names the organ mid-sentence, the meeting and the §', () => {
    expect(adoptionLabel('Hälso- och sjukvårdsnämnden', '2023-05-24', '45')).toBe(
      'Fastställd av hälso- och sjukvårdsnämnden 2023-05-24 § 45',
    );
    expect(adoptionLabel('Regionstyrelsen', '2023-06-13', '§ 112')).toBe(
      'Fastställd av regionstyrelsen 2023-06-13 § 112',
    );
  });
});
