import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { defaultLocale, locales, negotiateLocale } from "./config";
import { fillPlaceholders } from "./fill";
import { getMessages, getTranslator, pickMessages } from "./messages";

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
    for (const header of [null, "", "de-DE", "*", ";;;,,q=abc", "x".repeat(10_000)])
      expect(negotiateLocale(header)).toBe(defaultLocale);
  });
});

describe("proxy matcher", () => {
  it("lists exactly the supported languages, so pages under them skip the redirect", () => {
    const source = readFileSync(path.resolve(__dirname, "../../proxy.ts"), "utf8");
    const inMatcher = [...source.matchAll(/[|!]([a-z]{2})\(\?:\/\|\$\)/g)].map((m) => m[1]);
    expect(inMatcher.sort()).toEqual([...locales].sort());
  });
});

describe("pickMessages", () => {
  it("gives a client form the texts of whole sections and single keys, placeholders left for the answer to fill", () => {
    const picked = pickMessages("en", ["staff.code", "errors.lookupFailed"]);
    expect(picked["errors.lookupFailed"]).toBe(getTranslator("en")("errors.lookupFailed"));
    expect(picked["staff.code.rateLimited"]).toContain("{minutes}");
    expect(fillPlaceholders(picked["staff.code.rateLimited"]!, { minutes: 15 })).toBe(
      getTranslator("en")("staff.code.rateLimited", { minutes: 15 }),
    );
    expect(Object.keys(picked).every((key) => key === "errors.lookupFailed" || key.startsWith("staff.code."))).toBe(
      true,
    );
  });
  it("fails loudly on a section that does not exist", () => {
    expect(() => pickMessages("es", ["staff.nope"])).toThrow(/Missing message section/);
  });
});

describe("message keys the server answers with", () => {
  it("exist in the catalogue, so no form ever shows a raw key", () => {
    // Server actions, and the lib schemas and refusals they pass on (files that also name permissions or
    // log events, which look like keys, are left out).
    const actions = listSources(path.resolve(__dirname, "../../app")).filter((f) =>
      /actions\.ts$|refusals\.ts$/.test(f),
    );
    const lib = [
      "applications/staff-mutations.ts",
      "applications/staff-schemas.ts",
      "participation/schemas.ts",
      "auth/schemas.ts",
      "auth/email.ts",
      "auth/password-policy.ts",
      "auth/step-up.ts",
      "posters/schemas.ts",
    ];
    const sources = [...actions, ...lib.map((f) => path.resolve(__dirname, "..", f))];
    const keys = new Set(
      sources.flatMap((file) =>
        [
          ...readFileSync(file, "utf8").matchAll(
            /"((?:errors|staff|participation|lookup|posters)\.[A-Za-z]+(?:\.[A-Za-z]+)*)"/g,
          ),
        ].map((m) => m[1]!),
      ),
    );
    expect(keys.size).toBeGreaterThan(20);
    const t = getTranslator("es");
    const missing = [...keys].filter((key) => {
      try {
        t(key as never);
        return false;
      } catch {
        // Section names passed to pickMessages are not messages themselves.
        return !sectionExists(key);
      }
    });
    expect(missing).toEqual([]);
  });
});

function sectionExists(key: string): boolean {
  const node = key
    .split(".")
    .reduce<unknown>((n, part) => (n as Record<string, unknown> | undefined)?.[part], getMessages("es"));
  return typeof node === "object" && node !== null;
}

function listSources(target: string): string[] {
  if (statSync(target).isFile()) return [target];
  return readdirSync(target, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) return listSources(full);
    return /\.(ts|tsx)$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}
