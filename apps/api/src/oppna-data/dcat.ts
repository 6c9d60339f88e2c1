/**
 * The DCAT-AP-SE 3.0 catalogue (Turtle) that Sveriges dataportal harvests: one catalogue, one dataset
 * (the adopted statuses of fullmäktige's uppdrag) and its distributions (JSON, CSV, Atom), CC0.
 *
 * Which properties are mandatory: DCAT-AP-SE 3.0.1 (https://docs.dataportal.se/dcat/3.0.1/en/, the
 * Swedish profile of DCAT-AP 3.0), read from its machine-readable form, github.com/diggsweden/DCAT-AP-SE
 * 3.0.1/bundle.json (every property with cardinality min ≥ 1): Catalog — dct:title, dct:description,
 * dct:publisher, dct:license, dcat:dataset; Dataset — dct:title, dct:description, dct:publisher;
 * Distribution — dcat:accessURL, dct:format; Agent — foaf:name, dct:type (mandatory since 3.0.1);
 * contact point (vcard:Kind or a subclass) — rdf:type, vcard:fn, vcard:hasEmail. Recommended ones
 * harvesters use are given too (contact point, theme, keyword, language, access rights, media type,
 * licence per distribution). dct:format names the EU file type (publications.europa.eu file-type), which
 * the profile accepts beside the IANA media type in dcat:mediaType (its docs/changes.md).
 * apps/api/test/oppna-data-dcat.e2e.spec.ts parses the document and checks that list per class.
 */
export const CC0 = 'http://creativecommons.org/publicdomain/zero/1.0/';
const EU = 'http://publications.europa.eu/resource/authority';

const literal = (text: string) =>
  `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"@sv`;

export interface CatalogueInput {
  base: string;
  organisation: string;
  contactEmail: string;
  modified: string | null;
}

export function dcatCatalogue({ base, organisation, contactEmail, modified }: CatalogueInput): string {
  const api = `${base}/api/oppna-data`;
  const dataset = `${api}/dcat#uppdrag-statusar`;
  const publisher = `${api}/dcat#utgivare`;
  const contact = `${api}/dcat#kontakt`;
  const distributions = [
    { id: 'json', url: `${api}/uppdrag`, format: 'JSON', media: 'application/json', title: 'JSON' },
    { id: 'csv', url: `${api}/uppdrag.csv`, format: 'CSV', media: 'text/csv', title: 'CSV' },
    {
      id: 'atom',
      url: `${api}/flode.atom`,
      format: 'ATOM',
      media: 'application/atom+xml',
      title: 'Atom-flöde',
    },
  ];
  const modifiedLine = modified ? `  dct:modified "${modified}"^^xsd:dateTime ;\n` : '';
  return `@prefix dcat: <http://www.w3.org/ns/dcat#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix vcard: <http://www.w3.org/2006/vcard/ns#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<${api}/dcat.ttl> a dcat:Catalog ;
  dct:title ${literal(`${organisation}: öppna data om uppdrag`)} ;
  dct:description ${literal('Fastställda statusar och kommentarer för uppdrag från regionfullmäktige, som nämnderna fastställt dem i sina periodrapporter.')} ;
  dct:publisher <${publisher}> ;
  dct:license <${CC0}> ;
  dct:language <${EU}/language/SWE> ;
  foaf:homepage <${base}/oppna-data> ;
${modifiedLine}  dcat:dataset <${dataset}> .

<${publisher}> a foaf:Agent ;
  foaf:name ${literal(organisation)} ;
  dct:type <http://purl.org/adms/publishertype/RegionalAuthority> .

<${contact}> a vcard:Organization ;
  vcard:fn ${literal(organisation)} ;
  vcard:hasEmail <mailto:${contactEmail}> .

<${dataset}> a dcat:Dataset ;
  dct:identifier "${dataset}" ;
  dct:title ${literal('Fastställda statusar för fullmäktiges uppdrag')} ;
  dct:description ${literal('Varje uppdrag från regionfullmäktige med den status och kommentar som nämnden fastställde per period, och uppdragets historik av fastställda statusar. Endast fastställda rapporter publiceras.')} ;
  dct:publisher <${publisher}> ;
  dcat:contactPoint <${contact}> ;
  dcat:theme <${EU}/data-theme/GOVE> ;
  dcat:keyword ${literal('uppdrag')}, ${literal('regionfullmäktige')}, ${literal('uppföljning')}, ${literal('nämnd')} ;
  dct:language <${EU}/language/SWE> ;
  dct:accessRights <${EU}/access-right/PUBLIC> ;
  dcat:landingPage <${base}/oppna-data> ;
${modifiedLine}  dcat:distribution ${distributions.map((d) => `<${api}/dcat#${d.id}>`).join(', ')} .
${distributions
  .map(
    (d) => `
<${api}/dcat#${d.id}> a dcat:Distribution ;
  dct:title ${literal(d.title)} ;
  dcat:accessURL <${d.url}> ;
  dcat:downloadURL <${d.url}> ;
  dct:format <${EU}/file-type/${d.format}> ;
  dcat:mediaType <http://www.iana.org/assignments/media-types/${d.media}> ;
  dct:license <${CC0}> .`,
  )
  .join('\n')}
`;
}
