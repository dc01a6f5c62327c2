import { describe, expect, it } from "vitest";
import { getMessages } from "./messages";

/**
 * Words that are the same in Spanish and English: proper nouns, codes and a few true cognates. Written by
 * hand; anything else identical in both catalogues is a string someone forgot to translate.
 */
const SAME_IN_BOTH = new Set(["Ventanilla", "Guatemala", "El Salvador", "Honduras", "API", "Original", "Total", "No"]);

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
