import { defaultLocale, type Locale } from "./config";

/** Text stored per language, e.g. { es: "Visa", en: "Visa" }. es and en are always present. */
export type LocalizedText = { es: string; en: string } & Record<string, string>;

/** The text in the person's language, or in Spanish (the language of record) when it is missing. */
export function localize(text: LocalizedText, locale: Locale): string;
export function localize(text: LocalizedText | null, locale: Locale): string | null;
export function localize(text: LocalizedText | null, locale: Locale): string | null {
  if (!text) return null;
  return text[locale] ?? text[defaultLocale];
}
