/**
 * The DCAT-AP-SE 3.0 catalogue, parsed back with an RDF library (n3) and checked for the profile's
 * mandatory properties per class (the list and its source below: DCAT-AP-SE 3.0.1's bundle.json), with
 * CC0 as the licence of the catalogue and of every distribution. Public: no token.
 */
import { type NamedNode, Parser, type Quad, Store } from 'n3';
import { type ApiHarness, startTestApi } from './support/api-harness';
import { expectStatus } from './support/fixtures';

const NS = {
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
};
const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';

/**
 * DCAT-AP-SE 3.0.1's mandatory properties per class: every property with `cardinality.min` ≥ 1 in the
 * profile's machine-readable specification, github.com/diggsweden/DCAT-AP-SE, file 3.0.1/bundle.json
 * (commit 6b5124b), templates dcat:Catalog, dcat:Dataset, dcat:Distribution, dcat:foaf:Agent and
 * dcat:contactPoint. For the distribution the profile's "format" group (dcat:format-group_di, min 1)
 * is met by dct:format; the agent's type (adms:publishertype → dct:type) became mandatory in 3.0.1
 * (docs/changes.md). dcat:DataService and dcat:DatasetSeries are not used. The contact point's class
 * (rdf:type vcard:Organization) is what finds it here, so it is checked by being found.
 */
const MANDATORY: Record<string, string[]> = {
  [`${NS.dcat}Catalog`]: [
    `${NS.dct}title`,
    `${NS.dct}description`,
    `${NS.dct}publisher`,
    `${NS.dct}license`,
    `${NS.dcat}dataset`,
  ],
  [`${NS.dcat}Dataset`]: [`${NS.dct}title`, `${NS.dct}description`, `${NS.dct}publisher`],
  [`${NS.dcat}Distribution`]: [`${NS.dcat}accessURL`, `${NS.dct}format`],
  [`${NS.foaf}Agent`]: [`${NS.foaf}name`, `${NS.dct}type`],
  [`${NS.vcard}Organization`]: [`${NS.vcard}fn`, `${NS.vcard}hasEmail`],
};

/**
 * Recommended in the same file (`cardinality.pref` ≥ 1) and given, as harvesters use them (dct:modified
 * too, once something is adopted: nothing is here).
 */
const RECOMMENDED: Record<string, string[]> = {
  [`${NS.dcat}Catalog`]: [`${NS.dct}language`, `${NS.foaf}homepage`],
  [`${NS.dcat}Dataset`]: [
    `${NS.dcat}contactPoint`,
    `${NS.dcat}keyword`,
    `${NS.dcat}theme`,
    `${NS.dct}accessRights`,
  ],
  [`${NS.dcat}Distribution`]: [`${NS.dct}license`],
};

let api: ApiHarness;
let store: Store;
beforeAll(async () => {
  api = await startTestApi();
  const answer = await api.request('GET', '/api/oppna-data/dcat.ttl');
  expectStatus(answer, 200);
  expect(answer.headers.get('content-type')).toMatch(/^text\/turtle/);
  store = new Store(new Parser({ format: 'text/turtle' }).parse(answer.text));
});
afterAll(() => api?.close());

const ofType = (type: string) => store.getSubjects(`${NS.rdf}type`, type, null);
const objects = (subject: Quad['subject'] | Quad['object'], predicate: string) =>
  store.getObjects(subject as NamedNode, predicate, null);

describe('the DCAT-AP-SE catalogue', () => {
  it('has one catalogue, a dataset and distributions for JSON, CSV and Atom', () => {
    expect(ofType(`${NS.dcat}Catalog`)).toHaveLength(1);
    expect(ofType(`${NS.dcat}Dataset`)).toHaveLength(1);
    const media = ofType(`${NS.dcat}Distribution`).flatMap((d) =>
      objects(d, `${NS.dcat}mediaType`).map((m) => m.value),
    );
    expect(media.sort()).toEqual([
      'http://www.iana.org/assignments/media-types/application/atom+xml',
      'http://www.iana.org/assignments/media-types/application/json',
      'http://www.iana.org/assignments/media-types/text/csv',
    ]);
  });

  it.each(Object.entries(RECOMMENDED))(
    'gives every %s the recommended properties it has',
    (type, properties) => {
      const missing = ofType(type).flatMap((s) =>
        properties.filter((p) => objects(s, p).length === 0).map((p) => `${s.value} ${p}`),
      );
      expect(missing).toEqual([]);
    },
  );

  it.each(Object.entries(MANDATORY))('gives every %s its mandatory properties', (type, properties) => {
    const subjects = ofType(type);
    expect(subjects.length).toBeGreaterThan(0);
    const missing = subjects.flatMap((s) =>
      properties.filter((p) => objects(s, p).length === 0).map((p) => `${s.value} ${p}`),
    );
    expect(missing).toEqual([]);
  });

  it('states CC0 on the catalogue and every distribution, titles in Swedish', () => {
    const [catalog] = ofType(`${NS.dcat}Catalog`);
    expect(objects(catalog, `${NS.dct}license`).map((l) => l.value)).toEqual([CC0]);
    for (const d of ofType(`${NS.dcat}Distribution`))
      expect(objects(d, `${NS.dct}license`).map((l) => l.value)).toEqual([CC0]);
    const [dataset] = ofType(`${NS.dcat}Dataset`);
    const [title] = objects(dataset, `${NS.dct}title`);
    expect(title.termType === 'Literal' && title.language).toBe('sv');
  });

  it('points the catalogue at the dataset and the distributions at answering URLs', async () => {
    const [catalog] = ofType(`${NS.dcat}Catalog`);
    const [dataset] = ofType(`${NS.dcat}Dataset`);
    expect(objects(catalog, `${NS.dcat}dataset`).map((d) => d.value)).toEqual([dataset.value]);
    for (const d of objects(dataset, `${NS.dcat}distribution`)) {
      const [url] = objects(d, `${NS.dcat}accessURL`);
      expect((await fetch(url.value)).status).toBe(200);
    }
  });
});
