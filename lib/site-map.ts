import "server-only";
import { locales, type Locale } from "@/lib/i18n/config";
import { pageAlternates } from "@/lib/i18n/alternates";
import { listOffices } from "@/lib/offices/queries";
import { getCatalogue } from "@/lib/procedures/queries";

/**
 * The public pages search engines may list, as paths after the language: the home page, the catalogue
 * and each procedure, the offices and each office, open data, statistics, the recent changes, the privacy
 * notice and the look-up page. Request forms, the status page and the back office are left out (per person;
 * they also answer `noindex` or sit behind sign-in). Past versions are left out too (noindex, canonical to
 * the live page).
 *
 * Retired procedures stay: their page still answers and says what replaces them, and someone who searches
 * for the old name (on a poster, in a letter) is better served by that page than by nothing.
 */
export async function publicPagePaths(): Promise<string[]> {
  const [{ procedures }, offices] = await Promise.all([getCatalogue(), listOffices()]);
  return [
    "",
    "/tramites",
    ...procedures.map((p) => `/tramites/${p.slug}`),
    "/oficinas",
    ...offices.map((o) => `/oficinas/${o.slug}`),
    "/datos",
    "/estadisticas",
    "/cambios",
    "/privacidad",
    "/seguimiento",
  ];
}

/** Paths no crawler should follow: the back office and the per-person parts, in every language. */
export function privatePathPrefixes(): string[] {
  return ["/api/", ...locales.flatMap((l: Locale) => [`/${l}/personal/`, `/${l}/solicitudes/`])];
}

/** Sitemap entries: every public page in every language, each with its language alternates. */
export async function sitemapEntries(origin: string) {
  const paths = await publicPagePaths();
  return paths.flatMap((path) =>
    locales.map((locale) => {
      const { languages } = pageAlternates(locale, path);
      return {
        url: `${origin}/${locale}${path}`,
        alternates: { languages: Object.fromEntries(Object.entries(languages).map(([l, p]) => [l, `${origin}${p}`])) },
      };
    }),
  );
}
