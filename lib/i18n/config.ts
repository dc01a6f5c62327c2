import { COUNTRY } from "@/lib/country";

/**
 * Languages the portal speaks. Spanish is the default and the language of record; English is complete.
 * Adding a language = a messages file in ./messages, its code here, and its keys in the catalogue data.
 * proxy.ts keeps a matching list in its (static) matcher; a unit test checks they agree.
 */
export const locales = ["es", "en"] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale: Locale = "es";

/** Native names, so a person who does not read the current language still finds their own. */
export const localeNames: Record<Locale, string> = { es: "Español", en: "English" };

/**
 * The region whose conventions numbers, money and dates follow (es-MX: "$1,702.00", "12 de abril de 1988"):
 * the institution's country (prisma/catalogue/country.json `code`, read by lib/country.ts).
 */
export const AUTHORITY_REGION = COUNTRY.code;

/** The BCP 47 tag Intl formatters use for a portal language: the language in the authority's region. */
export function intlLocale(locale: Locale): string {
  return `${locale}-${AUTHORITY_REGION}`;
}

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (locales as readonly string[]).includes(value);
}

/**
 * Picks the best supported language from an Accept-Language header (RFC 9110 quality values).
 * Falls back to the default language when nothing matches or the header is malformed.
 */
export function negotiateLocale(acceptLanguage: string | null | undefined): Locale {
  if (!acceptLanguage) return defaultLocale;
  const ranked = acceptLanguage
    .slice(0, 500)
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
      const quality = q ? Number.parseFloat(q.slice(2)) : 1;
      return { base: tag.toLowerCase().split("-")[0] ?? "", quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  return ranked.map((entry) => entry.base).find(isLocale) ?? defaultLocale;
}
