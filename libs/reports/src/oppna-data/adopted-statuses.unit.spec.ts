/**
 * The feed's rule: an entry wherever an adoption shows an uppdrag (for a nämnd) with another status or
 * kommentar than the adoption before it — the first adoption included, a re-adoption that changed
 * nothing not — newest first.
 */
import { type UppdragTableStatus } from '@sparbar/domain';
import { adoptedChanges, type AdoptedStatus, type Adoption } from './adopted-statuses';

const adoption = (position: number, period: string, organId = 'hsn'): Adoption => ({
  organId,
  period,
  meetingDate: '2023-05-24',
  paragraf: String(position),
  position,
  recordedAt: '2023-05-25T08:00:00.000Z',
  eventId: `e${position}`,
});

const row = (
  a: Adoption,
  tableStatus: UppdragTableStatus,
  kommentar: string,
  uppdragId = 'u1',
): AdoptedStatus => ({
  uppdragId,
  text: 'Ett uppdrag',
  planYear: 2023,
  organId: a.organId,
  period: a.period,
  status: null,
  tableStatus,
  kommentar,
  reportPeriod: a.period,
  carriedForward: false,
  adoption: a,
});

describe('adoptedChanges', () => {
  it('gives the first adoption and every change after it, newest first', () => {
    const t1 = adoption(10, '2023-T1');
    const t2 = adoption(20, '2023-T2');
    const t2again = adoption(30, '2023-T2');
    const changes = adoptedChanges([
      row(t1, 'pagaende_enligt_plan', 'Enligt plan.'),
      row(t2, 'pagaende_enligt_plan', 'Enligt plan.'),
      row(t2again, 'pagaende_ej_enligt_plan', 'Försenat.'),
    ]);
    expect(changes.map((c) => [c.adoption.position, c.tableStatus])).toEqual([
      [30, 'pagaende_ej_enligt_plan'],
      [10, 'pagaende_enligt_plan'],
    ]);
  });

  it('counts a changed kommentar as a change, and keeps nämnder and uppdrag apart', () => {
    const hsn = adoption(10, '2023-T1');
    const rs = adoption(11, '2023-T1', 'rs');
    const later = adoption(20, '2023-T2');
    const changes = adoptedChanges([
      row(hsn, 'pagaende_enligt_plan', 'A'),
      row(rs, 'pagaende_enligt_plan', 'A'),
      row(hsn, 'ej_paborjad', 'B', 'u2'),
      row(later, 'pagaende_enligt_plan', 'A, nu med mer.'),
    ]);
    expect(changes.map((c) => `${c.uppdragId}/${c.organId}/${c.period}`)).toEqual([
      'u1/hsn/2023-T2',
      'u1/rs/2023-T1',
      'u1/hsn/2023-T1',
      'u2/hsn/2023-T1',
    ]);
  });
});
