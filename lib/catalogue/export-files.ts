/**
 * `npm run catalogue:export`: the published catalogue written back as the JSON data files, so a repository can
 * keep them as a record and `npm run catalogue:import` can read them again. Each procedure's newest published
 * version is written, a scheduled one included: it is what the next draft starts from and what an import
 * compares with, so exporting and importing again changes nothing.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { z } from "zod";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import {
  officeSchema,
  procedureSchema,
  sourceSchema,
  type OfficeData,
  type SourceData,
} from "@/prisma/catalogue/schema";
import { citedSourceIds, type ProcedureDocument } from "./document";
import { catalogueFileText, fileOfDocument, officeRuleFor } from "./file-format";

/** Where the data files live in the repository (the seed's first versions come from here). */
export const CATALOGUE_DATA_DIR = path.join(process.cwd(), "prisma", "catalogue");
/** Files the export does not write (no editor changes them): copied as they are when writing elsewhere. */
const UNCHANGED_FILES = ["institution.json", "country.json", "categories.json", "guide.json"];

export type ExportReport = { dir: string; written: string[]; unchanged: string[] };

/** Prettier, as `npm run lint` checks the data files (loaded on demand: only this maintainer command needs it). */
async function formatted(value: unknown, schema: z.ZodType, file: string): Promise<string> {
  const prettier = await import("prettier");
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(catalogueFileText(value, schema), { ...options, filepath: file });
}

function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, "utf8")) as T;
}

/**
 * Writes `procedures/<slug>.json` for every procedure with a published version, the `procedures` rule of
 * every office in offices.json, and sources.json with the source records versions cite (editors may add
 * sources). Into `outDir` (the repository's data directory by default); writing elsewhere copies the files
 * the catalogue does not change, so the directory is a whole catalogue `catalogue:import --dir` can read.
 * A file whose content is already the same is not touched.
 */
export async function exportCatalogueFiles(
  db: PrismaClient,
  options: { outDir?: string; dataDir?: string } = {},
): Promise<ExportReport> {
  const dataDir = options.dataDir ?? CATALOGUE_DATA_DIR;
  const outDir = path.resolve(options.outDir ?? dataDir);
  mkdirSync(path.join(outDir, "procedures"), { recursive: true });
  const report: ExportReport = { dir: outDir, written: [], unchanged: [] };
  const write = async (name: string, value: unknown, schema: z.ZodType) => {
    const file = path.join(outDir, name);
    // Formatted with the repository's Prettier settings wherever the file goes.
    const text = await formatted(value, schema, path.join(CATALOGUE_DATA_DIR, name));
    if (existsSync(file) && readFileSync(file, "utf8") === text) report.unchanged.push(name);
    else {
      writeFileSync(file, text);
      report.written.push(name);
    }
  };

  const procedures = await db.procedure.findMany({
    orderBy: { slug: "asc" },
    select: {
      slug: true,
      versions: { orderBy: { number: "desc" }, take: 1, select: { document: true } },
    },
  });
  const documents = procedures
    .filter((p) => p.versions.length > 0)
    .map((p) => p.versions[0]!.document as ProcedureDocument);
  for (const document of documents)
    await write(path.join("procedures", `${document.slug}.json`), fileOfDocument(document), procedureSchema);

  const allSlugs = documents.map((d) => d.slug);
  const offices = readJson<OfficeData[]>(path.join(dataDir, "offices.json")).map((office) => ({
    ...office,
    procedures: officeRuleFor(
      documents.filter((d) => d.offices.includes(office.slug)).map((d) => d.slug),
      allSlugs,
      office.procedures,
    ),
  }));
  await write("offices.json", offices, z.array(officeSchema));

  const fileSources = readJson<SourceData[]>(path.join(dataDir, "sources.json"));
  const cited = new Set(documents.flatMap((d) => citedSourceIds(d)));
  const rows = await db.source.findMany({
    where: { id: { in: [...cited] } },
    orderBy: { id: "asc" },
    select: { id: true, title: true, publisher: true, url: true, kind: true, accessedOn: true },
  });
  const stored = new Map<string, SourceData>(
    rows.map((s) => [s.id, { ...s, accessedOn: s.accessedOn.toISOString().slice(0, 10) }]),
  );
  // The file's records in their order (as the database has them now), then the ones editors added.
  const sources = [
    ...fileSources.map((s) => {
      const now = stored.get(s.id);
      return now && !isDeepStrictEqual(now, s) ? now : s;
    }),
    ...[...stored.values()].filter((s) => !fileSources.some((f) => f.id === s.id)),
  ];
  await write("sources.json", sources, z.array(sourceSchema));

  if (outDir !== path.resolve(dataDir))
    for (const name of UNCHANGED_FILES) copyFileSync(path.join(dataDir, name), path.join(outDir, name));
  return report;
}
