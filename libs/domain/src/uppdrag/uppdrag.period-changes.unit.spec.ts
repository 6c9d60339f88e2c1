import { type PeriodChangeRow, periodChangesOf } from './uppdrag.period-changes';

const green = 'pagaende_enligt_plan' as const;
const red = 'pagaende_ej_enligt_plan' as const;

function reported(uppdragId: string, status: PeriodChangeRow['status']): PeriodChangeRow {
  return { uppdragId, rapportering: 'rapporterad', tableStatus: status!, status };
}
/** A missing report: the row prints Ej rapporterad and carries the last status forward. */
function carried(uppdragId: string, status: PeriodChangeRow['status']): PeriodChangeRow {
  return { uppdragId, rapportering: 'ej_rapporterad', tableStatus: 'ej_rapporterad', status };
}

describe('periodChangesOf: what changed since the period before, as the table tells it', () => {
  const t1 = ['u1', 'u2', 'u3', 'u4'].map((id) => reported(id, green));

  it('says no report came in when every row only carries Tertial 1’s green forward', () => {
    const t2 = ['u1', 'u2', 'u3', 'u4'].map((id) => carried(id, green));
    expect(periodChangesOf(t1, t2)).toEqual({
      news: 0,
      missing: 4,
      changed: [],
      added: 0,
      carried: { [green]: 4 },
    });
  });

  it('lists a reported row whose status differs, and counts the unchanged reports as news', () => {
    const t2 = [reported('u1', red), reported('u2', green), carried('u3', green), carried('u4', green)];
    const changes = periodChangesOf(t1, t2);
    expect(changes.news).toBe(2);
    expect(changes.missing).toBe(2);
    expect(changes.changed).toEqual([{ row: t2[0], from: green }]);
    expect(changes.carried).toEqual({ [green]: 2 });
  });

  it('compares a report with the status the row carried before, not with "Ej rapporterad"', () => {
    const t2 = [carried('u1', green)];
    const t3 = [reported('u1', green)];
    expect(periodChangesOf(t2, t3)).toMatchObject({ news: 1, changed: [] });
    expect(periodChangesOf(t2, [reported('u1', red)]).changed).toEqual([
      { row: { ...reported('u1', red) }, from: green },
    ]);
  });

  it('counts a closed uppdrag as news and as a change, though no report came in', () => {
    const closed: PeriodChangeRow = {
      uppdragId: 'u1',
      rapportering: 'ej_aktuell',
      tableStatus: 'avslutad',
      status: green,
    };
    expect(periodChangesOf([reported('u1', green)], [closed])).toMatchObject({
      news: 1,
      missing: 0,
      changed: [{ row: closed, from: green }],
    });
  });

  it('counts rows not in the table before as added, not as changed; a never reported one from Ej påbörjad', () => {
    const fresh: PeriodChangeRow = {
      uppdragId: 'u9',
      rapportering: 'ej_forfallen',
      tableStatus: 'ej_paborjad',
      status: null,
    };
    expect(periodChangesOf(null, [reported('u1', green), fresh])).toMatchObject({
      news: 1,
      missing: 1,
      changed: [],
      added: 2,
      carried: {},
    });
    const neverBefore: PeriodChangeRow = {
      ...fresh,
      rapportering: 'ej_rapporterad',
      tableStatus: 'ej_rapporterad',
    };
    expect(periodChangesOf([neverBefore], [reported('u9', green)]).changed).toEqual([
      { row: reported('u9', green), from: 'ej_paborjad' },
    ]);
  });
});
