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
    const lines = uppdragCsv(uppdrag, 'https://sparbar.example').split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[1]).toBe(
      'u1,"Ett uppdrag, med komma",2023,2023-T1,hsn,Hälso- och sjukvårdsnämnden,pagaende_enligt_plan,' +
        'pagaende_enligt_plan,"Enligt plan, ""nästan""; klart <snart> & väl",2023-T1,2023-05-24,45,' +
        'https://sparbar.example/api/oppna-data/uppdrag/u1',
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

describe('the Atom feed paged as an archived feed (RFC 5005)', () => {
  // Seven changes, newest first: c7 … c1 (c1 the oldest), two to a page.
  const changes = [7, 6, 5, 4, 3, 2, 1].map((n) => ({
    ...entry('2023-T1', 'hsn', 'pagaende_enligt_plan'),
    adoptionId: `c${n}`,
    adoptedRecordedAt: `2023-05-0${n}T08:00:00.000Z`,
  }));
  const page = (archive?: number, list = changes) =>
    adoptedChangesAtom({
      base: 'https://sparbar.example',
      organisation: 'Regionfullmäktige',
      changes: list,
      updated: '2023-05-07T08:00:00.000Z',
      pageSize: 2,
      ...(archive !== undefined ? { archive } : {}),
    });
  const ids = (xml: string | null) => [...(xml ?? '').matchAll(/faststallelse\/(c\d)\//g)].map((m) => m[1]);
  const links = (xml: string | null) =>
    Object.fromEntries(
      [...(xml ?? '').matchAll(/^ {2}<link rel="([a-z-]+)" href="([^"]+)"\/>$/gm)].map((m) => [m[1], m[2]]),
    );
  const FEED = 'https://sparbar.example/api/oppna-data/flode.atom';

  it('gives the newest page in the feed and links the newest full archive page', () => {
    expect(ids(page())).toEqual(['c7', 'c6']);
    expect(links(page())).toEqual({ self: FEED, 'prev-archive': `${FEED}?arkiv=3` });
    expect(page()).not.toContain('<fh:archive/>');
  });

  it('numbers archive pages from the oldest, each full, linked both ways and to the feed', () => {
    expect([1, 2, 3].map((k) => ids(page(k)))).toEqual([
      ['c2', 'c1'],
      ['c4', 'c3'],
      ['c6', 'c5'],
    ]);
    expect(links(page(1))).toEqual({
      self: `${FEED}?arkiv=1`,
      current: FEED,
      'next-archive': `${FEED}?arkiv=2`,
    });
    expect(links(page(2))).toMatchObject({
      'prev-archive': `${FEED}?arkiv=1`,
      'next-archive': `${FEED}?arkiv=3`,
    });
    expect(links(page(3))).not.toHaveProperty('next-archive');
    expect(page(2)).toContain('<fh:archive/>');
    expect(page(2)).toContain('<updated>2023-05-04T08:00:00.000Z</updated>');
  });

  // What a page says stays; only the newest page gains a next-archive link when a newer one fills.
  const entriesOf = (xml: string | null) => (xml ?? '').slice((xml ?? '').indexOf('  <entry>'));

  it("keeps an archive page's entries when newer changes come, and has no page that is not full", () => {
    const later = [
      { ...changes[0]!, adoptionId: 'c9', adoptedRecordedAt: '2023-05-09T08:00:00.000Z' },
      { ...changes[0]!, adoptionId: 'c8', adoptedRecordedAt: '2023-05-08T08:00:00.000Z' },
      ...changes,
    ];
    for (const k of [1, 2, 3]) expect(entriesOf(page(k, later))).toBe(entriesOf(page(k)));
    expect(links(page(3, later))['next-archive']).toBe(`${FEED}?arkiv=4`);
    expect(ids(page(4, later))).toEqual(['c8', 'c7']);
    expect(page(4)).toBeNull();
    expect(page(0)).toBeNull();
  });
});
