/** The public shapes' pure parts: the filter, the CSV's first line and quoting, the Atom's escaping. */
import { adoptedChangesAtom } from './atom';
import { CSV_COLUMNS, uppdragCsv } from './csv';
import { filtered } from './open-data.source';
import { type AdoptedEntryView, type OpenUppdragView } from './open-data.views';

const entry = (period: string, organId: string, status: AdoptedEntryView['status']): AdoptedEntryView => ({
  uppdragId: 'u1',
  period,
  organId,
  organ: organId === 'hsn' ? 'Hälso- och sjukvårdsnämnden' : 'Regionstyrelsen',
  status,
  statusText: status,
  kommentar: 'Enligt plan, "nästan"; klart <snart> & väl',
  reportPeriod: period,
  carriedForward: false,
  meetingDate: '2023-05-24',
  paragraf: '45',
  adoptedRecordedAt: '2023-05-25T08:00:00.000Z',
  adoptionId: 'a1',
});

const uppdrag: OpenUppdragView[] = [
  {
    id: 'u1',
    text: 'Ett uppdrag, med komma',
    planYear: 2023,
    historik: [entry('2023-T1', 'hsn', 'pagaende_enligt_plan'), entry('2024-T1', 'rs', 'ej_paborjad')],
  },
];

describe('the open-data filter', () => {
  it('keeps only the entries that match, and drops an uppdrag left with none', () => {
    expect(filtered(uppdrag, { namnd: 'rs' })[0]?.historik.map((e) => e.period)).toEqual(['2024-T1']);
    expect(filtered(uppdrag, { ar: 2023 })[0]?.historik.map((e) => e.organId)).toEqual(['hsn']);
    expect(filtered(uppdrag, { status: 'pagaende_ej_enligt_plan' })).toEqual([]);
    expect(filtered(uppdrag, {})[0]?.historik).toHaveLength(2);
  });
});

describe('the CSV', () => {
  it('has the headings first and quotes what needs it', () => {
    const lines = uppdragCsv(uppdrag).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(
      'u1,"Ett uppdrag, med komma",2023,2023-T1,hsn,Hälso- och sjukvårdsnämnden,pagaende_enligt_plan,' +
        'pagaende_enligt_plan,"Enligt plan, ""nästan""; klart <snart> & väl",2023-T1,2023-05-24,45',
    );
    expect(lines).toHaveLength(4);
  });
});

describe('the Atom feed', () => {
  it('escapes the text and gives each entry a stable id', () => {
    const xml = adoptedChangesAtom({
      base: 'https://sparbar.example',
      organisation: 'Regionfullmäktige',
      changes: uppdrag[0]!.historik,
      updated: '2023-05-25T08:00:00.000Z',
    });
    expect(xml).toContain('klart &lt;snart&gt; &amp; väl');
    expect(xml).not.toContain('<snart>');
    expect(xml).toContain('<id>tag:sparbar,2026:faststallelse/a1/u1/hsn</id>');
  });
});
