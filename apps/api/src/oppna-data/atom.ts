/**
 * The Atom feed of adopted status changes, newest first. An entry's id is the adoption's id with the
 * uppdrag and organ (tag URI), so it never changes once published; its link is the uppdrag's stable URI.
 */
import { type AdoptedEntryView } from './open-data.views';

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function adoptedChangesAtom(options: {
  base: string;
  organisation: string;
  changes: readonly AdoptedEntryView[];
  updated: string | null;
}): string {
  const { base, organisation, changes } = options;
  const updated = options.updated ?? '1970-01-01T00:00:00.000Z';
  const entries = changes.map((c) => {
    const uri = `${base}/api/oppna-data/uppdrag/${encodeURIComponent(c.uppdragId)}`;
    const summary = `${c.organ}, ${c.period}: ${c.statusText}${c.kommentar ? ` – ${c.kommentar}` : ''} (fastställd ${c.meetingDate} § ${c.paragraf})`;
    return [
      '  <entry>',
      `    <id>tag:sparbar,2026:faststallelse/${xml(c.adoptionId)}/${xml(c.uppdragId)}/${xml(c.organId)}</id>`,
      `    <title>${xml(`${c.uppdragId}: ${c.statusText} (${c.period})`)}</title>`,
      `    <updated>${c.adoptedRecordedAt}</updated>`,
      `    <link rel="alternate" href="${xml(uri)}"/>`,
      `    <category term="${xml(c.status)}" label="${xml(c.statusText)}"/>`,
      `    <summary>${xml(summary)}</summary>`,
      '  </entry>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="sv">',
    `  <id>${xml(`${base}/api/oppna-data/flode.atom`)}</id>`,
    `  <title>${xml(`${organisation}: fastställda statusar för uppdrag`)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(organisation)}</name></author>`,
    `  <link rel="self" href="${xml(`${base}/api/oppna-data/flode.atom`)}"/>`,
    '  <rights>CC0 1.0 Universal: http://creativecommons.org/publicdomain/zero/1.0/</rights>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
