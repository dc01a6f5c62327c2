/**
 * How long a copy of a page or API answer built from the catalogue may be served before it is rebuilt: the
 * pre-rendered pages (`export const revalidate`), the shared caches (nginx, a CDN: `s-maxage`) and browsers
 * (`max-age`). A publication marks the publishing server's pages stale at once (lib/catalogue/revalidate.ts)
 * and other servers reload their catalogue copy within CATALOGUE_CHECK_SECONDS, but a copy already held by
 * another server's page cache or by nginx lives until this many seconds have passed. One minute keeps a
 * publication "live within minutes" (worst case: an nginx copy made just before publishing, from a server
 * page copy made just before that, then one stale answer while nginx refreshes in the background) while a
 * busy page is still rendered at most once a minute per server.
 *
 * Next reads `export const revalidate` statically, so each page repeats this number as a literal;
 * freshness.test.ts checks that every one of them says CATALOGUE_FRESH_SECONDS.
 */
export const CATALOGUE_FRESH_SECONDS = 60;

/** How long a shared cache may keep serving an old copy while it fetches a new one, or while the app is down. */
export const CATALOGUE_STALE_SECONDS = 86_400;

/** Cache-Control of a public answer built from the catalogue (the JSON API, the checklist PDF, the feed). */
export function catalogueCacheControl(): string {
  return `public, max-age=${CATALOGUE_FRESH_SECONDS}, s-maxage=${CATALOGUE_FRESH_SECONDS}, stale-while-revalidate=${CATALOGUE_STALE_SECONDS}`;
}
