/**
 * The nämnder side by side in the report of the uppdrag a giver sent to several of them: one bar per
 * nämnd with something to count, named on the axis by its kortnamn and in the table by its name.
 */
import { chartTable } from '@sparbar/domain';
import { type Maluppfyllelse } from '@sparbar/projections';
import { buildNamnderSection, type ReportOrgan } from '../src';

const counts = (helt: number, delvis: number, inte: number, saknas: number) => ({
  helt,
  delvis,
  inte,
  saknas,
  totalt: helt + delvis + inte + saknas,
});

function read(
  organ: ReportOrgan,
  delmal: ReturnType<typeof counts>,
  indikatorer: ReturnType<typeof counts>,
): { organ: ReportOrgan; maluppfyllelse: Maluppfyllelse } {
  return {
    organ,
    maluppfyllelse: {
      organ: organ.organId,
      period: '2025-T1',
      asOf: null,
      recordedAt: null,
      delmal: [],
      counts: { delmal, indikatorer, uppdrag: {} as Maluppfyllelse['counts']['uppdrag'] },
      sammanfattning: '',
    },
  };
}

const HSN: ReportOrgan = {
  organId: 'hsn',
  namn: 'Hälso- och sjukvårdsnämnden',
  kortnamn: 'HSN',
  typ: 'namnd',
};
const RS: ReportOrgan = { organId: 'rs', namn: 'Regionstyrelsen', kortnamn: 'RS', typ: 'regionstyrelse' };
const FHS: ReportOrgan = { organId: 'fhs', namn: 'Folkhögskolestyrelsen', typ: 'styrelse' };

describe('the nämnder side by side', () => {
  it('draws each nämnd with delmål or indikatorer, by kortnamn on the axis and by name in the table', () => {
    const section = buildNamnderSection('2025-T1', [
      read(HSN, counts(0, 1, 0, 1), counts(0, 3, 1, 0)),
      read(RS, counts(2, 0, 0, 0), counts(0, 0, 0, 0)),
      read(FHS, counts(0, 0, 0, 0), counts(0, 0, 0, 0)),
    ])!;
    expect(section.title).toBe('Nämndernas måluppfyllelse');
    expect(section.sammanfattning).toContain('Tertial 1 2025');
    const [delmal, indikatorer] = section.charts;
    expect(delmal!.title).toBe('Delmål per nämnd');
    expect(delmal!.rows.map((r) => r.label)).toEqual(['HSN', 'RS']);
    expect(chartTable(delmal!).rows).toEqual([
      ['Hälso- och sjukvårdsnämnden', '0', '1', '0', '1', '2'],
      ['Regionstyrelsen', '2', '0', '0', '0', '2'],
    ]);
    // Regionstyrelsen has no indikatorer to count this period: not a bar of zeros.
    expect(indikatorer!.rows.map((r) => r.name)).toEqual(['Hälso- och sjukvårdsnämnden']);
  });

  it('names a nämnd without a kortnamn by its name', () => {
    const section = buildNamnderSection('2025-T1', [read(FHS, counts(1, 0, 0, 0), counts(0, 0, 0, 0))])!;
    expect(section.charts.map((c) => c.rows.map((r) => r.label))).toEqual([['Folkhögskolestyrelsen']]);
  });

  it('leaves the section out when no nämnd has anything to count', () => {
    expect(buildNamnderSection('2025-T1', [read(RS, counts(0, 0, 0, 0), counts(0, 0, 0, 0))])).toBeNull();
  });
});
