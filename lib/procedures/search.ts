import { locales } from "@/lib/i18n/config";
import type { Locale } from "@/lib/i18n/config";
import type { CategoryDTO, LocalizedText, ProcedureDTO } from "./types";

/**
 * Lower-cases and strips accents so "Trámite", "tramite" and "TRAMITE" compare equal.
 * Keeps letters, digits and spaces only; everything else (quotes, %, emoji, SQL) is a separator.
 */
export function normalizeForSearch(value: string): string {
  return value
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** Words people type that add nothing to a match, in the languages we speak. */
const STOP_WORDS = new Set([
  "de",
  "del",
  "la",
  "las",
  "el",
  "los",
  "y",
  "o",
  "a",
  "en",
  "por",
  "para",
  "un",
  "una",
  "mi",
  "con",
  "que",
  "the",
  "of",
  "and",
  "or",
  "to",
  "for",
  "in",
  "my",
  "an",
  "on",
  "with",
]);

/** Words of a query, normalised, without duplicates or stop words; at most 12 (a search box, not a document). */
export function tokenize(query: string): string[] {
  const words = normalizeForSearch(query)
    .split(" ")
    .filter((w) => w.length > 0 && !STOP_WORDS.has(w));
  return [...new Set(words)].slice(0, 12);
}

/** Spanish and English plurals ("permisos", "visas", "changes") also find the singular. */
function variants(word: string): string[] {
  const forms = [word];
  if (word.length > 4 && word.endsWith("es")) forms.push(word.slice(0, -2));
  if (word.length > 3 && word.endsWith("s")) forms.push(word.slice(0, -1));
  return forms;
}

type Field = { text: string; weight: number };

function allLanguages(text: LocalizedText | null): string {
  if (!text) return "";
  return locales.map((l) => text[l] ?? "").join(" ");
}

/** Normalised fields per procedure and language, computed once per catalogue copy (objects are reused). */
const fieldCache = new WeakMap<ProcedureDTO, Map<string, Field[]>>();

/**
 * Fields searched for one procedure, weighted: title and keywords count most. Text in every
 * language is searched, so "domicilio" finds the change-of-address notice on the English page too.
 */
function searchFields(procedure: ProcedureDTO, category: CategoryDTO | undefined, locale: Locale): Field[] {
  const key = `${locale}:${category?.slug ?? ""}`;
  let perLocale = fieldCache.get(procedure);
  if (!perLocale) fieldCache.set(procedure, (perLocale = new Map()));
  const cached = perLocale.get(key);
  if (cached) return cached;
  const fields = buildFields(procedure, category, locale);
  perLocale.set(key, fields);
  return fields;
}

function buildFields(procedure: ProcedureDTO, category: CategoryDTO | undefined, locale: Locale): Field[] {
  return [
    { text: procedure.title[locale] ?? procedure.title.es, weight: 8 },
    { text: allLanguages(procedure.title), weight: 5 },
    { text: allLanguages(procedure.keywords), weight: 4 },
    { text: [procedure.codes.conamer, procedure.codes.gobMx, procedure.slug.replace(/-/g, " ")].join(" "), weight: 4 },
    { text: allLanguages(category?.name ?? null), weight: 2 },
    { text: allLanguages(procedure.summary), weight: 2 },
    { text: [procedure.audience, procedure.description].map(allLanguages).join(" "), weight: 1 },
    { text: procedure.requirements.map((r) => allLanguages(r.name)).join(" "), weight: 1 },
  ].map((f) => ({ text: ` ${normalizeForSearch(f.text)} `, weight: f.weight }));
}

/** Score of one word against the fields: whole-word hits beat prefix hits beat substring hits. */
function scoreWord(word: string, fields: Field[]): number {
  let best = 0;
  for (const form of variants(word)) {
    for (const field of fields) {
      let score = 0;
      if (field.text.includes(` ${form} `)) score = 3;
      else if (field.text.includes(` ${form}`)) score = 2;
      else if (form.length >= 4 && field.text.includes(form)) score = 1;
      best = Math.max(best, score * field.weight);
    }
  }
  return best;
}

/**
 * Procedures matching every word of the query, best first (ties keep catalogue order).
 * An empty query returns the list unchanged. Pure: runs on the cached catalogue, no database.
 */
export function searchProcedures(
  procedures: ProcedureDTO[],
  categories: CategoryDTO[],
  query: string,
  locale: Locale,
): ProcedureDTO[] {
  const words = tokenize(query);
  if (words.length === 0) return procedures;
  const categoryBySlug = new Map(categories.map((c) => [c.slug, c]));
  return procedures
    .map((procedure, order) => {
      const fields = searchFields(procedure, categoryBySlug.get(procedure.categorySlug), locale);
      const scores = words.map((w) => scoreWord(w, fields));
      return { procedure, order, matched: scores.every((s) => s > 0), score: scores.reduce((a, b) => a + b, 0) };
    })
    .filter((r) => r.matched)
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map((r) => r.procedure);
}
