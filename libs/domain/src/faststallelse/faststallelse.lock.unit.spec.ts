import { type DomainError } from '../shared/domain-error';
import { adoptionLabel } from './faststallelse.labels';
import { ORGAN } from '../testing/fixtures';
import {
  adoptionCovers,
  adoptionPeriodsOfTable,
  type AdoptionLock,
  applyAdoptionLock,
  lockOf,
  periodsCovering,
  reportOrgansOf,
  yearReportPeriod,
} from './faststallelse.lock';
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
    const may = { ...reported, data: { ...reported.data, period: '2023-05' } };
    const t2 = { ...reported, data: { ...reported.data, period: '2023-T2' } };
    const lastYear = { ...reported, data: { ...reported.data, period: '2022-04' } };
    expect(applyAdoptionLock([may, t2, lastYear], [LOCK], undefined)).toEqual([may, t2, lastYear]);
    expect(applyAdoptionLock([reported], [], undefined)).toEqual([reported]);
  });

  it('given an adopted tertial, when a month inside it is reported without a reason, then it is refused naming the field and the tertial', () => {
    const april = { ...reported, data: { ...reported.data, period: '2023-04' } };
    let error: DomainError | undefined;
    try {
      applyAdoptionLock([april], [LOCK], '  ');
    } catch (e) {
      error = e as DomainError;
    }
    expect(error?.code).toBe('REASON_REQUIRED');
    expect(error?.field).toBe('data.reason');
    expect(error?.message).toContain('Perioden 2023-04 ingår i 2023-T1');
    expect(error?.message).toContain('fastställd 2023-05-24 § 45');
  });

  it('given an adopted tertial, when each of its months is reported with a reason, then each is marked with the tertial’s adoption', () => {
    for (const period of ['2023-01', '2023-02', '2023-03', '2023-04']) {
      const month = { ...reported, data: { ...reported.data, period } };
      const [marked] = applyAdoptionLock([month], [LOCK], 'Sen rapport');
      expect(marked.data).toMatchObject({
        period,
        afterAdoption: { adoptedOn: '2023-05-24', paragraf: '45', reason: 'Sen rapport' },
      });
    }
  });

  it('given an adopted year, when a tertial or a month of it is corrected, then it is marked with the year’s adoption', () => {
    const year: AdoptionLock = { ...LOCK, period: '2023', adoptedOn: '2024-03-20', paragraf: '12' };
    const t2 = { ...corrected, data: { ...corrected.data, period: '2023-T2' } };
    const december = { ...corrected, data: { ...corrected.data, period: '2023-12' } };
    const next = { ...corrected, data: { ...corrected.data, period: '2024-01' } };
    const [a, b, c] = applyAdoptionLock([t2, december, next], [year], undefined);
    expect(a.data).toMatchObject({ afterAdoption: { adoptedOn: '2024-03-20', paragraf: '12' } });
    expect(b.data).toMatchObject({ afterAdoption: { adoptedOn: '2024-03-20', reason: 'Fel siffra' } });
    expect(c).toEqual(next);
  });

  it('given a month and its tertial both adopted, then the month’s own adoption is the one it refers to', () => {
    const april: AdoptionLock = { ...LOCK, period: '2023-04', adoptedOn: '2023-05-10', paragraf: '40' };
    const report = { ...reported, data: { ...reported.data, period: '2023-04' } };
    const [marked] = applyAdoptionLock([report], [LOCK, april], 'Sent');
    expect(marked.data).toMatchObject({ afterAdoption: { adoptedOn: '2023-05-10', paragraf: '40' } });
  });

  it('knows which periods cover a period: itself, its tertial, its year', () => {
    expect(periodsCovering('2023-04')).toEqual(['2023-04', '2023-T1', '2023']);
    expect(periodsCovering('2023-09')).toEqual(['2023-09', '2023-T3', '2023']);
    expect(periodsCovering('2023-T2')).toEqual(['2023-T2', '2023']);
    expect(periodsCovering('2023')).toEqual(['2023']);
    expect(periodsCovering('2023-4')).toEqual([]);
    expect(periodsCovering(undefined)).toEqual([]);
    expect(adoptionCovers('2023-T1', '2023-04')).toBe(true);
    expect(adoptionCovers('2023-T1', '2023-05')).toBe(false);
    expect(adoptionCovers('2023-04', '2023-T1')).toBe(false);
    expect(adoptionCovers('2023', '2023-T3')).toBe(true);
  });

  it('takes the årsrapport as the report after December: the year’s last tertial', () => {
    expect(yearReportPeriod('2023')).toBe('2023-T3');
    expect(yearReportPeriod('2023-T1')).toBeNull();
    expect(adoptionPeriodsOfTable('2023')).toEqual(['2023-T3']);
    expect(adoptionPeriodsOfTable('2023-04')).toEqual(['2023-04', '2023-T1']);
    expect(adoptionPeriodsOfTable('2023-T1')).toEqual(['2023-T1']);
    expect(adoptionPeriodsOfTable('2023-T4')).toEqual([]);
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
