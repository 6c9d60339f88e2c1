import { isoDateLabel } from '../period/period.labels';
import {
  countTableStatuses,
  currentStatusOf,
  rapporteringOf,
  tableStatusOf,
  tableStatusText,
  UPPDRAG_TABLE_STATUS_PRESENTATION,
} from './uppdrag.table-status';

/** T1 2023's report is due by 15 May 2023 (10 working days after 30 April). */
const T1 = { due: true, deadline: '2023-05-15' };

describe('rapporteringOf: whether the period’s report is in, on the day the table is read', () => {
  it('is rapporterad once the report is in, whatever the day', () => {
    expect(rapporteringOf({ ...T1, reported: true, on: '2023-04-20' })).toBe('rapporterad');
    expect(rapporteringOf({ ...T1, reported: true, on: '2024-01-10' })).toBe('rapporterad');
  });

  it('is not yet due up to and on the deadline day, and ej rapporterad the day after', () => {
    expect(rapporteringOf({ ...T1, reported: false, on: '2023-04-20' })).toBe('ej_forfallen');
    expect(rapporteringOf({ ...T1, reported: false, on: '2023-05-15' })).toBe('ej_forfallen');
    expect(rapporteringOf({ ...T1, reported: false, on: '2023-05-16' })).toBe('ej_rapporterad');
  });

  it('counts every deadline as passed when the table is read without a day', () => {
    expect(rapporteringOf({ ...T1, reported: false, on: null })).toBe('ej_rapporterad');
  });

  it('is ej aktuell when nothing was due in the period', () => {
    expect(rapporteringOf({ due: false, deadline: null, reported: false, on: '2023-04-20' })).toBe(
      'ej_aktuell',
    );
  });
});

describe('tableStatusOf: what the row prints and is counted as', () => {
  it('prints Avslutad and Inte längre aktuellt for an ended uppdrag, over its last reported status', () => {
    const reported = { rapportering: 'rapporterad', status: 'pagaende_enligt_plan' } as const;
    expect(tableStatusOf({ ...reported, lifecycle: 'avslutat' })).toBe('avslutad');
    expect(tableStatusOf({ ...reported, lifecycle: 'aterkallat' })).toBe('aterkallad');
    expect(tableStatusOf({ ...reported, lifecycle: 'aktivt' })).toBe('pagaende_enligt_plan');
  });

  it('reads Ej påbörjad for an uppdrag never reported while its first report is not yet due', () => {
    expect(tableStatusOf({ lifecycle: 'aktivt', rapportering: 'ej_forfallen', status: null })).toBe(
      'ej_paborjad',
    );
  });

  it('reads Ej rapporterad ännu for one reported before, not the earlier status', () => {
    expect(
      tableStatusOf({ lifecycle: 'aktivt', rapportering: 'ej_forfallen', status: 'pagaende_enligt_plan' }),
    ).toBe('ej_forfallen');
  });

  it('reads Ej rapporterad once the deadline has passed, reported before or not', () => {
    for (const status of [null, 'pagaende_ej_enligt_plan'] as const)
      expect(tableStatusOf({ lifecycle: 'aktivt', rapportering: 'ej_rapporterad', status })).toBe(
        'ej_rapporterad',
      );
  });

  it('reads Ingen rapport denna period when nothing was due, or Ej påbörjad if never reported', () => {
    const row = { lifecycle: 'aktivt', rapportering: 'ej_aktuell', status: 'pagaende_enligt_plan' } as const;
    expect(UPPDRAG_TABLE_STATUS_PRESENTATION[tableStatusOf(row)].label).toBe('Ingen rapport denna period');
    expect(tableStatusOf({ ...row, status: null })).toBe('ej_paborjad');
  });
});

describe('currentStatusOf: where an uppdrag stands now, in the lists', () => {
  it('is Ej påbörjad until the first report, then the latest status, and Avslutad once closed', () => {
    expect(currentStatusOf({ lifecycle: 'aktivt', latestStatus: null })).toBe('ej_paborjad');
    expect(currentStatusOf({ lifecycle: 'aktivt', latestStatus: 'pagaende_ej_enligt_plan' })).toBe(
      'pagaende_ej_enligt_plan',
    );
    expect(currentStatusOf({ lifecycle: 'avslutat', latestStatus: 'pagaende_enligt_plan' })).toBe('avslutad');
    expect(currentStatusOf({ lifecycle: 'aterkallat', latestStatus: null })).toBe('aterkallad');
  });
});

describe('tableStatusText and the counts', () => {
  it('names the deadline of a report not yet due, as the table prints it', () => {
    expect(tableStatusText('ej_forfallen', '2023-05-15')).toBe(
      'Ej rapporterad ännu – rapporteras senast 15 maj 2023',
    );
    expect(tableStatusText('ej_paborjad', '2023-05-15')).toBe('Ej påbörjad');
    expect(tableStatusText('avslutad', null)).toBe('Avslutad');
    expect(isoDateLabel('2024-01-02')).toBe('2 januari 2024');
  });

  it('counts each printed status apart, Avslutad included, every key present', () => {
    expect(countTableStatuses(['avslutad', 'avslutad', 'pagaende_enligt_plan', 'ej_paborjad'])).toEqual({
      ej_paborjad: 1,
      pagaende_enligt_plan: 1,
      pagaende_delvis_enligt_plan: 0,
      pagaende_ej_enligt_plan: 0,
      avslutad: 2,
      aterkallad: 0,
      ej_forfallen: 0,
      ej_rapporterad: 0,
      ej_aktuell: 0,
      totalt: 4,
    });
  });
});
