/**
 * The Atom 1.0 feed of published catalogue changes (RFC 4287): one entry per published version, newest first,
 * in one language. Ids are tag: URIs (RFC 4151) built from the portal's host and the version page's path, so
 * an entry keeps its id for as long as the portal keeps its address, whatever else changes.
 */

/** The year the portal's host began minting these ids (part of every tag: URI; never change it). */
export const FEED_TAG_YEAR = "2026";

export type FeedEntry = {
  /** Path of the version page, e.g. /es/tramites/visa/version/3: the entry's link and the root of its id. */
  path: string;
  title: string;
  /** ISO date-time of the publication. */
  published: string;
  /** Plain text: the changes in words and the editor's note. */
  summary: string;
};

export type Feed = {
  /** The portal's public origin (https://host). */
  origin: string;
  /** Path of the feed itself and of the page it mirrors. */
  selfPath: string;
  pagePath: string;
  language: string;
  title: string;
  author: string;
  /** ISO date-time; used when there is no entry (else the newest entry's date). */
  updated: string;
  entries: FeedEntry[];
};

// Characters XML 1.0 does not allow at all (control characters other than tab, newline, carriage return).
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text or an attribute value made safe for XML: the five special characters escaped, forbidden ones dropped. */
export function escapeXml(value: string): string {
  return value
    .replace(NOT_XML, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** A tag: URI for a path on the portal's host. */
export function tagUri(origin: string, path: string): string {
  return `tag:${new URL(origin).hostname},${FEED_TAG_YEAR}:${path}`;
}

function entryXml(origin: string, entry: FeedEntry): string {
  return [
    "  <entry>",
    `    <id>${escapeXml(tagUri(origin, entry.path))}</id>`,
    `    <title>${escapeXml(entry.title)}</title>`,
    `    <published>${escapeXml(entry.published)}</published>`,
    `    <updated>${escapeXml(entry.published)}</updated>`,
    `    <link rel="alternate" type="text/html" href="${escapeXml(origin + entry.path)}"/>`,
    `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
    "  </entry>",
  ].join("\n");
}

/** The whole feed document. Entries are written in the order given (the caller sorts newest first). */
export function buildAtomFeed(feed: Feed): string {
  const updated = feed.entries.reduce((max, e) => (e.published > max ? e.published : max), "") || feed.updated;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${escapeXml(feed.language)}">`,
    `  <id>${escapeXml(tagUri(feed.origin, feed.selfPath))}</id>`,
    `  <title>${escapeXml(feed.title)}</title>`,
    `  <updated>${escapeXml(updated)}</updated>`,
    `  <author><name>${escapeXml(feed.author)}</name></author>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(feed.origin + feed.selfPath)}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(feed.origin + feed.pagePath)}"/>`,
    ...feed.entries.map((e) => entryXml(feed.origin, e)),
    "</feed>",
    "",
  ].join("\n");
}
