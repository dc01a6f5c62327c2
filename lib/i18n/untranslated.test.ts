import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { locales } from "./config";
import { getMessages, getTranslator } from "./messages";

/**
 * Words that are the same in Spanish and English: proper nouns, codes and a few true cognates. Written by
 * hand; anything else identical in both catalogues is a string someone forgot to translate.
 */
const SAME_IN_BOTH = new Set([
  "Ventanilla",
  "Guatemala",
  "El Salvador",
  "Honduras",
  "API",
  "Original",
  "Total",
  "No",
  "Error",
]);

function leaves(node: unknown, prefix = ""): [string, string][] {
  if (typeof node === "string") return [[prefix, node]];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

describe("English messages", () => {
  it("are translated: no English text equals its Spanish one, apart from proper nouns and codes", () => {
    const spanish = new Map(leaves(getMessages("es")));
    const untranslated = leaves(getMessages("en"))
      .filter(([key, text]) => spanish.get(key) === text && !SAME_IN_BOTH.has(text.trim()))
      .map(([key, text]) => `${key}: ${text}`);
    expect(untranslated).toEqual([]);
  });
});

/** Every .ts/.tsx file under a folder of the repository, generated code left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "generated" || entry.name === "node_modules" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe("error messages", () => {
  it("every errors.* key written in the code has a text in every language", () => {
    // Read from the source, not from the message files: a schema that starts using a new key fails here.
    const root = path.resolve(__dirname, "../..");
    const keys = new Set(
      ["lib", "components", "app"]
        .flatMap((dir) => sourceFiles(path.join(root, dir)))
        .flatMap((file) =>
          [...readFileSync(file, "utf8").matchAll(/["'`](errors\.[A-Za-z0-9_.]+)["'`]/g)].map((m) => m[1]!),
        ),
    );
    expect(keys.size).toBeGreaterThan(20);
    for (const locale of locales) {
      const t = getTranslator(locale);
      const missing = [...keys].filter((key) => {
        try {
          return t(key as never).trim() === "";
        } catch {
          return true;
        }
      });
      expect(missing, locale).toEqual([]);
    }
  });
});
