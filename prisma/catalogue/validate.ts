/** Reads and validates every catalogue data file; used by the seed and by `npx tsx prisma/catalogue/validate.ts`. */
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { hasValidNationalIdCheck } from "../../lib/applications/national-id";
import { checkGuide } from "../../lib/guide/check";
import { formatProcedureProblem, procedureProblems } from "./check-procedure";
import { guideSchema, type GuideData } from "./guide-schema";
import {
  categorySchema,
  countrySchema,
  institutionSchema,
  officeSchema,
  procedureSchema,
  sourceSchema,
  type OfficeData,
} from "./schema";

export type Catalogue = {
  institution: z.infer<typeof institutionSchema>;
  country: z.infer<typeof countrySchema>;
  sources: z.infer<typeof sourceSchema>[];
  categories: z.infer<typeof categorySchema>[];
  procedures: z.infer<typeof procedureSchema>[];
  offices: OfficeData[];
  guide: GuideData;
};

/** The slugs of the procedures an office receives, resolved against the catalogue. */
export function officeProcedureSlugs(office: OfficeData, allSlugs: string[]): string[] {
  const rule = office.procedures;
  if (rule === "all") return [...allSlugs];
  if (Array.isArray(rule)) return [...rule];
  return allSlugs.filter((s) => !rule.except.includes(s));
}

const dataDir = path.join(__dirname);

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, "utf8"));
}

function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`${file}:\n${z.prettifyError(result.error)}`);
  return result.data;
}

/** Loads the catalogue from disk and checks its cross-references (categories, sources, unique slugs). */
export function loadCatalogue(dir = dataDir): Catalogue {
  const institution = parseOrThrow(institutionSchema, readJson(path.join(dir, "institution.json")), "institution.json");
  const country = parseOrThrow(countrySchema, readJson(path.join(dir, "country.json")), "country.json");
  const sources = parseOrThrow(z.array(sourceSchema), readJson(path.join(dir, "sources.json")), "sources.json");
  const categories = parseOrThrow(
    z.array(categorySchema),
    readJson(path.join(dir, "categories.json")),
    "categories.json",
  );
  const procDir = path.join(dir, "procedures");
  const procedures = readdirSync(procDir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const p = parseOrThrow(procedureSchema, readJson(path.join(procDir, f)), `procedures/${f}`);
      if (`${p.slug}.json` !== f) throw new Error(`procedures/${f}: slug "${p.slug}" must match the file name`);
      return p;
    });

  const offices = parseOrThrow(z.array(officeSchema), readJson(path.join(dir, "offices.json")), "offices.json");
  const guide = parseOrThrow(guideSchema, readJson(path.join(dir, "guide.json")), "guide.json");

  const problems: string[] = [];
  const sourceIds = new Set(sources.map((s) => s.id));
  if (sourceIds.size !== sources.length) problems.push("sources.json: duplicate source id");
  const categorySlugs = new Set(categories.map((c) => c.slug));
  const checkSources = (ids: string[], where: string) =>
    ids.filter((id) => !sourceIds.has(id)).forEach((id) => problems.push(`${where}: unknown source "${id}"`));

  checkSources(institution.sources, "institution.json");
  checkSources(institution.contact.privacy.sources, "institution.json contact.privacy");
  const rules = institution.rules;
  Object.entries(rules.nationalityGroups).forEach(([id, g]) => checkSources(g.sources, `nationality group ${id}`));
  rules.forms.forEach((f) => checkSources(f.sources, `form ${f.id}`));
  rules.indexUnits.forEach((u) => checkSources(u.sources, `index unit ${u.code}`));
  const divisionCodes = country.divisions.items.map((d) => d.code);
  if (new Set(divisionCodes).size !== divisionCodes.length) problems.push("country.json: duplicate division code");
  const id = country.nationalId;
  if (id && !hasValidNationalIdCheck(id.example, id))
    problems.push(`country.json: nationalId example ${id.example} does not pass its own pattern and check`);
  if (!new RegExp(country.postalCode.pattern).test(country.postalCode.example))
    problems.push(`country.json: postalCode example ${country.postalCode.example} does not match its pattern`);
  if (!new Set(rules.currencies).has(institution.currency))
    problems.push(`institution.json: currency ${institution.currency} is not in rules.currencies`);
  const context = { sourceIds, categorySlugs, rules };
  for (const p of procedures)
    problems.push(...procedureProblems(p, context).map((problem) => formatProcedureProblem(p.slug, problem)));
  const procedureSlugs = new Set(procedures.map((p) => p.slug));
  const officeSlugs = new Set<string>();
  for (const o of offices) {
    if (officeSlugs.has(o.slug)) problems.push(`offices.json: duplicate office slug "${o.slug}"`);
    officeSlugs.add(o.slug);
    checkSources(o.sources, `office ${o.slug}`);
    const listed = o.procedures === "all" ? [] : Array.isArray(o.procedures) ? o.procedures : o.procedures.except;
    listed
      .filter((s) => !procedureSlugs.has(s))
      .forEach((s) => problems.push(`office ${o.slug}: unknown procedure "${s}"`));
  }
  const positions = new Set(offices.map((o) => `${o.state}:${o.position}`));
  if (positions.size !== offices.length) problems.push("offices.json: two offices of one state share a position");
  for (const state of divisionCodes) {
    if (!offices.some((o) => o.state === state)) problems.push(`offices.json: no office in state ${state}`);
  }
  for (const p of procedures) {
    if (!offices.some((o) => officeProcedureSlugs(o, [...procedureSlugs]).includes(p.slug)))
      problems.push(`${p.slug}: no office receives it`);
  }
  const ranks = procedures.map((p) => p.featuredRank).filter((r) => r !== null);
  if (new Set(ranks).size !== ranks.length) problems.push("featuredRank values must be unique");
  problems.push(
    ...checkGuide(
      guide,
      procedures.map((p) => ({ slug: p.slug, routes: (p.routes ?? []).map((r) => r.id) })),
    ),
  );
  for (const r of guide.results)
    if (r.kind === "help") r.contacts.forEach((c) => checkSources(c.sources, `guide.json result ${r.id}`));
  if (problems.length) throw new Error(`Catalogue data is inconsistent:\n- ${problems.join("\n- ")}`);
  return { institution, country, sources, categories, procedures, offices, guide };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const c = loadCatalogue();
  console.log(
    `catalogue OK: ${c.procedures.length} procedures, ${c.categories.length} categories, ${c.offices.length} offices, ${c.sources.length} sources`,
  );
}
