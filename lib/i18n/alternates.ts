import { defaultLocale, locales, type Locale } from "./config";

/**
 * The canonical address of a public page and its versions in every language (hreflang), with
 * `x-default` on the default language. Paths are relative: the root layout's `metadataBase`
 * (PUBLIC_BASE_URL, lib/http/public-origin.ts) makes them absolute, as search engines require.
 * `path` is the page's path after the language, e.g. "/tramites/renovacion" or "" for the home page.
 */
export function pageAlternates(locale: Locale, path: string) {
  return {
    canonical: `/${locale}${path}`,
    languages: {
      ...Object.fromEntries(locales.map((l) => [l, `/${l}${path}`])),
      "x-default": `/${defaultLocale}${path}`,
    },
  };
}
