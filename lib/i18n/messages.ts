import { fillInstitution, institutionPlaceholders } from "@/lib/authority";
import type { Locale } from "./config";
import { ERROR_TEXTS } from "./error-texts";
import { fillPlaceholders } from "./fill";
import en from "./messages/en.json";
import es from "./messages/es.json";

/** The Spanish catalogue defines the keys; every other language must have the same shape (unit-tested). */
export type Messages = typeof es & { error: { [K in keyof (typeof ERROR_TEXTS)["es"]]: string } };

/**
 * The message files name the authority, its country, its national ID and its payment form as `{@name}`
 * placeholders (lib/authority.ts `institutionPlaceholders`): they are filled here, once per language, from
 * the institution's data, so no text names one authority or country in code and another authority's data renames them.
 */
function withInstitution<T>(node: T, values: Record<string, string>): T {
  if (typeof node === "string") return fillInstitution(node, values) as T;
  if (Array.isArray(node)) return node.map((item) => withInstitution(item, values)) as T;
  if (node && typeof node === "object")
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, withInstitution(v, values)])) as T;
  return node;
}

const catalogues: Record<Locale, Messages> = {
  es: withInstitution({ ...es, error: ERROR_TEXTS.es }, institutionPlaceholders("es")),
  en: withInstitution({ ...en, error: ERROR_TEXTS.en }, institutionPlaceholders("en")),
};

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;
type Paths<T> = T extends string ? never : { [K in keyof T]: T[K] extends string ? K : Join<K, Paths<T[K]>> }[keyof T];
/** Every translatable key, e.g. "procedure.presentation.copy". */
export type MessageKey = Paths<Messages>;
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** Returns the message catalogue of one language (also used by the tests to compare shapes). */
export function getMessages(locale: Locale): Messages {
  return catalogues[locale];
}

/** A `t(key, values)` function for one language; `{name}` placeholders are replaced by `values.name`. */
export function getTranslator(locale: Locale): Translate {
  const messages = catalogues[locale];
  return (key, values) => {
    const found = key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages);
    if (typeof found !== "string") throw new Error(`Missing message "${key}" for locale "${locale}"`);
    return fillPlaceholders(found, values);
  };
}

const picked = new Map<string, Record<string, string>>();

/**
 * Key → text for every message under the given sections or keys ("errors", "staff.team.emailTaken"),
 * placeholders left in: what a client form needs to show the message keys a server action returns.
 * One object per language and selection, so a page with many forms sends it to the browser once.
 */
export function pickMessages(locale: Locale, paths: readonly string[]): Record<string, string> {
  const cacheKey = `${locale}|${paths.join(",")}`;
  const cached = picked.get(cacheKey);
  if (cached) return cached;
  const out: Record<string, string> = {};
  const walk = (node: unknown, prefix: string) => {
    if (typeof node === "string") out[prefix] = node;
    else if (node && typeof node === "object") for (const [k, v] of Object.entries(node)) walk(v, `${prefix}.${k}`);
  };
  for (const path of paths) {
    const node = path
      .split(".")
      .reduce<unknown>((n, part) => (n as Record<string, unknown>)?.[part], catalogues[locale]);
    if (node === undefined) throw new Error(`Missing message section "${path}" for locale "${locale}"`);
    walk(node, path);
  }
  picked.set(cacheKey, out);
  return out;
}
