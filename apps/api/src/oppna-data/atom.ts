/**
 * The Atom feed of adopted status changes, newest first. An entry's id is the adoption's id with the
 * uppdrag and organ (tag URI), so it never changes once published; its link is the uppdrag's stable URI.
 *
 * Paged as an archived feed (RFC 5005 §4): the changes only ever grow at the new end (an adoption's
 * entries are final once the period facts have caught up with it, and later adoptions come later in
 * the log), so counted from the oldest, page k holds changes (k-1)·N+1 … k·N for good. The feed itself
 * (the subscription document) carries the newest N and `prev-archive` to the newest full page; each
 * archive page (`?arkiv=k`) carries `fh:archive`, `current`, and `prev-archive`/`next-archive` to its
 * neighbours. A reader that missed entries walks `prev-archive` until it finds one it has.
 */
import { type AdoptedEntryView } from './open-data.views';
import { uppdragUri } from './uris';

/** Entries per page (the subscription document and each archive page). */
export const ATOM_PAGE_SIZE = 50;

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface AtomInput {
  base: string;
  organisation: string;
  /** Every adopted change, newest first. */
  changes: readonly AdoptedEntryView[];
  updated: string | null;
  /** An archive page, numbered from 1 (the oldest); the subscription document when not given. */
  archive?: number;
  pageSize?: number;
}

/** How many full archive pages there are. */
export function archivePages(total: number, pageSize = ATOM_PAGE_SIZE): number {
  return Math.floor(total / pageSize);
}

/** The feed or one of its archive pages; null for an archive page that is not full (not yet there). */
export function adoptedChangesAtom(options: AtomInput): string | null {
  const { base, organisation, changes, archive } = options;
  const size = options.pageSize ?? ATOM_PAGE_SIZE;
  const full = archivePages(changes.length, size);
  const feed = `${base}/api/oppna-data/flode.atom`;
  const page = (k: number) => `${feed}?arkiv=${k}`;
  let entries: readonly AdoptedEntryView[];
  const links: [string, string][] = [];
  if (archive === undefined) {
    entries = changes.slice(0, size);
    links.push(['self', feed]);
    if (full > 0) links.push(['prev-archive', page(full)]);
  } else {
    if (!Number.isSafeInteger(archive) || archive < 1 || archive > full) return null;
    // Newest first in the list: page k from the oldest ends `(k-1)·size` entries before the oldest.
    const end = changes.length - (archive - 1) * size;
    entries = changes.slice(end - size, end);
    links.push(['self', page(archive)], ['current', feed]);
    if (archive > 1) links.push(['prev-archive', page(archive - 1)]);
    if (archive < full) links.push(['next-archive', page(archive + 1)]);
  }
  const updated =
    (archive === undefined ? options.updated : entries[0]?.adoptedRecordedAt) ?? '1970-01-01T00:00:00.000Z';
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:fh="http://purl.org/syndication/history/1.0" xml:lang="sv">',
    `  <id>${xml(feed)}</id>`,
    `  <title>${xml(`${organisation}: fastställda statusar för uppdrag`)}</title>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${xml(organisation)}</name></author>`,
    ...links.map(([rel, href]) => `  <link rel="${rel}" href="${xml(href)}"/>`),
    ...(archive !== undefined ? ['  <fh:archive/>'] : []),
    '  <rights>CC0 1.0 Universal: http://creativecommons.org/publicdomain/zero/1.0/</rights>',
    ...entries.map((c) => entry(base, c)),
    '</feed>',
    '',
  ].join('\n');
}

function entry(base: string, c: AdoptedEntryView): string {
  const summary = `${c.organ}, ${c.period}: ${c.statusText}${c.kommentar ? ` – ${c.kommentar}` : ''} (fastställd ${c.meetingDate} § ${c.paragraf})`;
  return [
    '  <entry>',
    `    <id>tag:sparbar,2026:faststallelse/${xml(c.adoptionId)}/${xml(c.uppdragId)}/${xml(c.organId)}</id>`,
    `    <title>${xml(`${c.uppdragId}: ${c.statusText} (${c.period})`)}</title>`,
    `    <updated>${c.adoptedRecordedAt}</updated>`,
    `    <link rel="alternate" href="${xml(uppdragUri(base, c.uppdragId))}"/>`,
    `    <category term="${xml(c.status)}" label="${xml(c.statusText)}"/>`,
    `    <summary>${xml(summary)}</summary>`,
    '  </entry>',
  ].join('\n');
}
