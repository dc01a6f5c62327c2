import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultLocale, locales, negotiateLocale } from "./config";
import { getMessages, getTranslator } from "./messages";

function shape(node: unknown, prefix = ""): string[] {
  if (typeof node === "string") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => shape(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it("every language has exactly the keys of Spanish, none empty", () => {
    const spanish = shape(getMessages("es")).sort();
    for (const locale of locales) {
      expect(shape(getMessages(locale)).sort()).toEqual(spanish);
      const t = getTranslator(locale);
      for (const key of spanish) expect(t(key as never).trim()).not.toBe("");
    }
  });
  it("fills placeholders and leaves unknown ones visible", () => {
    const t = getTranslator("en");
    expect(t("catalogue.resultCount", { count: 3 })).toBe("3 procedures found");
    expect(t("catalogue.resultCount")).toBe("{count} procedures found");
  });
  it("fails loudly on a missing key instead of printing nothing", () => {
    expect(() => getTranslator("es")("nope.missing" as never)).toThrow(/Missing message/);
  });
});

describe("negotiateLocale", () => {
  it("prefers the browser's best supported language", () => {
    expect(negotiateLocale("en-US,en;q=0.9")).toBe("en");
    expect(negotiateLocale("fr-FR,fr;q=0.9,en;q=0.8,es;q=0.7")).toBe("en");
    expect(negotiateLocale("es-MX")).toBe("es");
    expect(negotiateLocale("en;q=0.2, es;q=0.8")).toBe("es");
  });
  it("falls back to Spanish for nothing, garbage or unsupported languages", () => {
    for (const header of [null, "", "de-DE", "*", ";;;,,q=abc", "x".repeat(10_000)]) expect(negotiateLocale(header)).toBe(defaultLocale);
  });
});

describe("proxy matcher", () => {
  it("lists exactly the supported languages, so pages under them skip the redirect", () => {
    const source = readFileSync(path.resolve(__dirname, "../../proxy.ts"), "utf8");
    const inMatcher = [...source.matchAll(/[|!]([a-z]{2})\(\?:\/\|\$\)/g)].map((m) => m[1]);
    expect(inMatcher.sort()).toEqual([...locales].sort());
  });
});
