/**
 * The cross-references of one procedure that its zod schema cannot see: every source, category, legal
 * instrument, authority, form, currency, index unit, nationality group, route, office and replacement it
 * names must exist. Used by `loadCatalogue` for the data files and by the back office before a draft is
 * submitted or published, so a file and an edited version obey the same rules.
 */
import { conditionGroups, conditionRoutes, type Condition } from "../../lib/procedures/conditions";
import type { InstitutionData, ProcedureData } from "./schema";

/** Every rule a cross-reference check can break; the back office has a message for each (catalogue.errors.*). */
export const PROCEDURE_PROBLEM_CODES = [
  "unknownSource",
  "unknownCategory",
  "unknownInstrument",
  "unknownAuthority",
  "unknownForm",
  "unknownCurrency",
  "unknownIndexUnit",
  "unknownGroup",
  "unknownRoute",
  "unknownOffice",
  "unknownReplacement",
  "featuredRankTaken",
  "routeInGuide",
] as const;
export type ProcedureProblemCode = (typeof PROCEDURE_PROBLEM_CODES)[number];

/** One broken reference: where in the document (a path like zod's), which rule, and the value it named. */
export type ProcedureProblem = { path: (string | number)[]; code: ProcedureProblemCode; value: string };

export type ProcedureContext = {
  sourceIds: ReadonlySet<string>;
  categorySlugs: ReadonlySet<string>;
  rules: InstitutionData["rules"];
  /** Offices that exist (checked when the document lists its offices). */
  officeSlugs?: ReadonlySet<string>;
  /** Procedures that exist (checked against `retired.replacedBy`). */
  procedureSlugs?: ReadonlySet<string>;
  /** Featured ranks other procedures hold (rank → slug): a rank is one place on the home page. */
  featuredRanks?: ReadonlyMap<number, string>;
  /** The routes of this procedure the guide's results name (guide.json): they must stay among its routes. */
  guideRoutes?: ReadonlySet<string>;
};

/** Every broken reference of `p`, in document order; [] when it is consistent. */
export function procedureProblems(
  p: ProcedureData & { offices?: string[] },
  ctx: ProcedureContext,
): ProcedureProblem[] {
  const problems: ProcedureProblem[] = [];
  const { rules } = ctx;
  const instruments = new Set(rules.legalInstruments.map((i) => i.id));
  const authorities = new Set(rules.authorities.map((a) => a.id));
  const forms = new Set(rules.forms.map((f) => f.id));
  const units = new Set(rules.indexUnits.map((u) => u.code));
  const currencies = new Set(rules.currencies);
  const routeIds = new Set((p.routes ?? []).map((r) => r.id));
  const add = (path: (string | number)[], code: ProcedureProblemCode, value: string) =>
    problems.push({ path, code, value });
  const sources = (ids: string[], path: (string | number)[]) =>
    ids.forEach((id, i) => {
      if (!ctx.sourceIds.has(id)) add([...path, i], "unknownSource", id);
    });
  const refs = (list: { instrument: string }[], path: (string | number)[]) =>
    list.forEach((r, i) => {
      if (!instruments.has(r.instrument)) add([...path, i, "instrument"], "unknownInstrument", r.instrument);
    });
  const condition = (c: Condition | undefined, path: (string | number)[]) => {
    conditionGroups(c)
      .filter((g) => !(g in rules.nationalityGroups))
      .forEach((g) => add(path, "unknownGroup", g));
    conditionRoutes(c)
      .filter((r) => !routeIds.has(r))
      .forEach((r) => add(path, "unknownRoute", r));
  };

  if (!ctx.categorySlugs.has(p.category)) add(["category"], "unknownCategory", p.category);
  p.requirements.forEach((r, i) => {
    condition(r.appliesWhen, ["requirements", i, "appliesWhen"]);
    sources(r.sources, ["requirements", i, "sources"]);
  });
  p.fees.forEach((f, i) => {
    const at = ["fees", i];
    if (!currencies.has(f.currency)) add([...at, "currency"], "unknownCurrency", f.currency);
    if (f.indexRange && !units.has(f.indexRange.unit))
      add([...at, "indexRange", "unit"], "unknownIndexUnit", f.indexRange.unit);
    refs(f.legalBasis, [...at, "legalBasis"]);
    condition(f.appliesWhen, [...at, "appliesWhen"]);
    sources(f.sources, [...at, "sources"]);
    (f.discounts ?? []).forEach((d, j) => {
      refs(d.legalBasis, [...at, "discounts", j, "legalBasis"]);
      condition(d.appliesWhen, [...at, "discounts", j, "appliesWhen"]);
      sources(d.sources, [...at, "discounts", j, "sources"]);
    });
  });
  p.forms.forEach((f, i) => {
    if (!forms.has(f.form)) add(["forms", i, "form"], "unknownForm", f.form);
    condition(f.appliesWhen, ["forms", i, "appliesWhen"]);
    if (f.sources) sources(f.sources, ["forms", i, "sources"]);
  });
  const d = p.deadline;
  if (d.resolution && !authorities.has(d.resolution.authority))
    add(["deadline", "resolution", "authority"], "unknownAuthority", d.resolution.authority);
  (d.more ?? []).forEach((m, i) => {
    if (m.authority && !authorities.has(m.authority))
      add(["deadline", "more", i, "authority"], "unknownAuthority", m.authority);
    refs(m.legalBasis, ["deadline", "more", i, "legalBasis"]);
  });
  sources(d.sources, ["deadline", "sources"]);
  sources(p.sources, ["sources"]);
  if (ctx.officeSlugs && p.offices)
    p.offices.forEach((o, i) => {
      if (!ctx.officeSlugs!.has(o)) add(["offices", i], "unknownOffice", o);
    });
  if (p.featuredRank !== null && ctx.featuredRanks) {
    const holder = ctx.featuredRanks.get(p.featuredRank);
    if (holder && holder !== p.slug) add(["featuredRank"], "featuredRankTaken", holder);
  }
  const routes = new Set((p.routes ?? []).map((r) => r.id));
  [...(ctx.guideRoutes ?? [])].filter((r) => !routes.has(r)).forEach((r) => add(["routes"], "routeInGuide", r));
  if (ctx.procedureSlugs && p.retired)
    p.retired.replacedBy.forEach((s, i) => {
      if (!ctx.procedureSlugs!.has(s) || s === p.slug) add(["retired", "replacedBy", i], "unknownReplacement", s);
    });
  return problems;
}

/** A problem as one line for developers reading a data file's error ("slug fees.0.currency: unknownCurrency EUR"). */
export function formatProcedureProblem(slug: string, problem: ProcedureProblem): string {
  return `${slug} ${problem.path.join(".")}: ${problem.code} "${problem.value}"`;
}
