import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findIds } from '../../../test/support/id-scan';
import { buildGranskningspaket, granskningspaketJson, granskningspaketStreams } from '../src';
import { granskningspaketDocument } from '../src/granskningspaket-document';
import { CUTOFF, LOG } from './granskningspaket.fixture';

const scope = { organId: 'hsn', year: 2023, cutoff: CUTOFF };
const ORGANS = [
  { organId: 'hsn', namn: 'Hälso- och sjukvårdsnämnden' },
  { organId: 'rs', namn: 'Regionstyrelsen' },
  { organId: 'regionfullmaktige', namn: 'Regionfullmäktige' },
];

describe('buildGranskningspaket', () => {
  it('builds the package the log shows at the cutoff, byte for byte', () => {
    // The whole model, keys in their order: the JSON the auditor downloads, which the DOCX and PDF render.
    const expected = readFileSync(join(__dirname, 'granskningspaket.expected.json'), 'utf8');

    expect(granskningspaketJson(buildGranskningspaket(LOG, scope)).toString('utf8')).toBe(expected);
  });

  it("leaves out other organs', other years' and other parts' events, and what came after the cutoff", () => {
    const paket = buildGranskningspaket(LOG, scope);

    expect(paket.organNamn).toBe('Hälso- och sjukvårdsnämnden i Västerbotten');
    // u-a is ordered in the plan, u-b is not: u-a first although registered later; u-c is RS's only.
    expect(paket.uppdrag.map((u) => u.uppdragId)).toEqual(['u-a', 'u-b']);
    expect(paket.uppdrag[0].rapporter.map((r) => [r.period, r.event, r.kommentar])).toEqual([
      ['2023-T1', 'reported', 'HSN:s del'],
      ['2023-T1', 'corrected', 'HSN:s del, rättad'],
    ]);
    expect(paket.uppdrag[0].paminnelser.map((p) => p.period)).toEqual(['2023-T1', '2023-T1', '2023-T2']);
    expect(paket.uppsiktsarenden.map((a) => a.arendeId)).toEqual(['a-1']);
    expect(paket.internkontrollplan?.risker.map((r) => r.riskId)).toEqual(['r-1']);
    expect(paket.internkontrollplan?.risker[0].kontrollmoment[0].paminnelser).toHaveLength(1);
    // Johan's rename came after the cutoff; Per has no PersonRegistered in the log.
    expect(paket.personer).toEqual({
      'person-johan': 'Johan Lindström',
      'person-per': 'person-per',
      'person-sara': 'Sara Berg',
    });
  });

  it('reads the events in position order, whatever order they come in', () => {
    const shuffled = [...LOG].sort((a, b) => ((a.position * 7919) % 41) - ((b.position * 7919) % 41));

    expect(buildGranskningspaket(shuffled, scope)).toEqual(buildGranskningspaket(LOG, scope));
  });

  it('needs only the streams granskningspaketStreams names', () => {
    const { prefixes, streams } = granskningspaketStreams('hsn', 2023);
    const read = LOG.filter(
      (e) => streams.includes(e.stream) || prefixes.some((p) => e.stream.startsWith(p)),
    );

    expect(read.length).toBeLessThan(LOG.length);
    expect(buildGranskningspaket(read, scope)).toEqual(buildGranskningspaket(LOG, scope));
  });

  it('is an empty package for an organ the log has nothing on', () => {
    expect(buildGranskningspaket(LOG, { ...scope, organId: 'run' })).toEqual({
      organId: 'run',
      organNamn: 'run',
      year: 2023,
      cutoff: CUTOFF,
      uppdrag: [],
      uppsiktsarenden: [],
      internkontrollplan: null,
      faststallelser: [],
      andringarEfterFaststallande: [],
      personer: {},
      organer: {},
    });
  });
});

describe('adoptions in the package', () => {
  it("lists the organ's adoptions of the year with their handling, and the reports changed after them with the reason", () => {
    const paket = buildGranskningspaket(LOG, scope);

    expect(paket.faststallelser).toEqual([
      expect.objectContaining({
        period: '2023-T1',
        meetingDate: '2023-05-24',
        paragraf: '45',
        recordedBy: 'person-sara',
        previous: [],
        handlings: [{ by: 'regionstyrelsen', kind: 'received', date: '2023-06-13', paragraf: '112' }],
      }),
    ]);
    expect(paket.andringarEfterFaststallande).toEqual([
      expect.objectContaining({
        uppdragId: 'u-a',
        period: '2023-T1',
        event: 'corrected',
        adoptedOn: '2023-05-24',
        paragraf: '45',
        reason: 'Fel status',
        by: 'person-sara',
      }),
    ]);
    const text = granskningspaketDocument(paket)
      .flatMap((b) => (b.kind === 'table' ? [...b.columns, ...b.rows.flat()] : [b.text]))
      .join('\n');
    expect(text).toContain('Fastställd av hälso- och sjukvårdsnämnden i Västerbotten 2023-05-24 § 45');
    expect(text).toContain('Anmäld i regionstyrelsen 2023-06-13 § 112');
    expect(text).toContain('Rättad: Pågående, delvis enligt plan (fastställd 2023-05-24 § 45)');
    expect(text).toContain('ändrad efter fastställande (skäl: Fel status)');
  });
});

describe('the package as a document', () => {
  it('names the organs and people, says each change in words, and shows no id or key', () => {
    const paket = buildGranskningspaket(LOG, scope);
    const text = granskningspaketDocument(paket)
      .flatMap((b) => (b.kind === 'table' ? [...b.columns, ...b.rows.flat()] : [b.text]))
      .join('\n');

    expect(text).toContain('Givet av Regionfullmäktige, planår 2023');
    expect(text).toContain('Ändring efter fastställelse (risk omvärderad,');
    // Per is not in the log's register: named as unknown, his id only in the JSON.
    expect(text).toContain('Rätta rutinen (okänd person, senast 2023-06-30, pågår)');
    expect(findIds(text, { organs: ORGANS, itemIds: ['a-1', 'r-1'] })).toEqual([]);
  });
});
