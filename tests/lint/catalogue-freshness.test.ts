// Next reads `export const revalidate` only as a literal, so each page built from the catalogue repeats the
// number lib/cache/freshness.ts names. This keeps the copies equal to it: change the constant, and every page
// that still says the old number fails here.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CATALOGUE_FRESH_SECONDS } from "@/lib/cache/freshness";

const APP = path.resolve(__dirname, "../../app");
const CATALOGUE_READS = /@\/lib\/(procedures\/queries|catalogue\/|site-map|offices\/queries|guide\/)/;
/** Pages that read the catalogue only for names next to their own figures, and keep their own period. */
const OWN_PERIOD = new Set([path.join("[locale]", "(public)", "estadisticas", "page.tsx")]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx)$/.test(entry.name) ? [full] : [];
  });
}

const revalidated = sourceFiles(APP)
  .map((file) => ({ file: path.relative(APP, file), text: readFileSync(file, "utf8") }))
  .map(({ file, text }) => ({ file, text, value: /^export const revalidate = (\d+);/m.exec(text)?.[1] }))
  .filter((f) => f.value !== undefined && CATALOGUE_READS.test(f.text) && !OWN_PERIOD.has(f.file));

describe("pages and answers built from the catalogue", () => {
  it("are found (the scan reads the app folder)", () => {
    expect(revalidated.map((f) => f.file)).toContain(
      path.join("[locale]", "(public)", "tramites", "[slug]", "page.tsx"),
    );
  });

  it.each(revalidated.map((f) => [f.file, f.value]))("%s is rebuilt after CATALOGUE_FRESH_SECONDS", (_file, value) => {
    expect(Number(value)).toBe(CATALOGUE_FRESH_SECONDS);
  });
});
