/**
 * The condition language of the catalogue: when a requirement, a fee or a discount applies to a person.
 *
 * A condition is a tree of `all` / `any` / `not` over comparisons of one fact:
 *   { "all": [ { "field": "age", "op": "lt", "value": 18 }, { "field": "nationality", "op": "inGroup", "value": "visitante-regional" } ] }
 * The facts are a closed set (FACT_FIELDS). The zod schema here is the only definition: the catalogue schema
 * (prisma/catalogue/schema.ts) and the evaluator below use it, and an unknown field or operator is rejected.
 *
 * Evaluation is three-valued: a fact the person has not given makes a comparison "unknown", and the
 * checklist then shows the item with its condition in words ("only if …") instead of guessing.
 */
import { z } from "zod";

/** Relationship of the applicant TO the sponsor: "spouse" = the applicant is the sponsor's spouse. */
export const RELATIONSHIPS = [
  "spouse",
  "common_law_partner",
  "parent",
  "child",
  "sibling",
  "grandchild",
  "legal_guardian",
  "none",
] as const;
/** Who the sponsor (the relative or employer the case rests on) is. */
export const SPONSOR_STATUSES = [
  "national_by_birth",
  "national",
  "permanent_resident",
  "temporary_resident",
  "employer",
  "none",
] as const;
/** The person's immigration situation on the day they file. */
export const IMMIGRATION_STATUSES = [
  "none_abroad",
  "irregular",
  "visitor",
  "humanitarian_visitor",
  "regional_visitor",
  "border_worker",
  "temporary_resident",
  "temporary_resident_student",
  "permanent_resident",
  "recognised_refugee",
] as const;
/** Where a document the person hands in was issued: in the institution's country ("domestic") or abroad. */
export const DOCUMENT_ORIGINS = ["domestic", "abroad"] as const;

export type Relationship = (typeof RELATIONSHIPS)[number];
export type SponsorStatus = (typeof SPONSOR_STATUSES)[number];
export type ImmigrationStatus = (typeof IMMIGRATION_STATUSES)[number];
export type DocumentOrigin = (typeof DOCUMENT_ORIGINS)[number];

/**
 * The facts a condition may read. `age` is whole years on the filing date; `nationality` an ISO 3166-1
 * alpha-2 code; `route` the id of one of the procedure's routes (its modalities, e.g. "cuatro-anos").
 */
export type Facts = {
  age?: number | null;
  nationality?: string | null;
  route?: string | null;
  relationship?: Relationship | null;
  sponsorStatus?: SponsorStatus | null;
  currentStatus?: ImmigrationStatus | null;
  documentIssued?: DocumentOrigin | null;
};
export type FactField = keyof Required<Facts>;
export const FACT_FIELDS = [
  "age",
  "nationality",
  "route",
  "relationship",
  "sponsorStatus",
  "currentStatus",
  "documentIssued",
] as const satisfies readonly FactField[];

const countryCode = z.string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code, e.g. GT");
const id = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lowercase-kebab id");
const ageNumber = z.number().int().min(0).max(130);

/** One comparison per fact, each a strict object: a misspelt key or an unknown field fails validation. */
const comparisonSchema = z.union([
  z.strictObject({ field: z.literal("age"), op: z.enum(["lt", "lte", "gt", "gte", "eq"]), value: ageNumber }),
  z.strictObject({ field: z.literal("nationality"), op: z.literal("in"), value: z.array(countryCode).min(1) }),
  /** A named group of nationalities from the institution's data (institution.json `nationalityGroups`). */
  z.strictObject({ field: z.literal("nationality"), op: z.literal("inGroup"), value: id }),
  z.strictObject({ field: z.literal("route"), op: z.literal("in"), value: z.array(id).min(1) }),
  z.strictObject({
    field: z.literal("relationship"),
    op: z.literal("in"),
    value: z.array(z.enum(RELATIONSHIPS)).min(1),
  }),
  z.strictObject({
    field: z.literal("sponsorStatus"),
    op: z.literal("in"),
    value: z.array(z.enum(SPONSOR_STATUSES)).min(1),
  }),
  z.strictObject({
    field: z.literal("currentStatus"),
    op: z.literal("in"),
    value: z.array(z.enum(IMMIGRATION_STATUSES)).min(1),
  }),
  z.strictObject({
    field: z.literal("documentIssued"),
    op: z.literal("in"),
    value: z.array(z.enum(DOCUMENT_ORIGINS)).min(1),
  }),
]);
export type Comparison = z.infer<typeof comparisonSchema>;
export type Condition = Comparison | { all: Condition[] } | { any: Condition[] } | { not: Condition };

export const conditionSchema: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(conditionSchema).min(1) }),
    z.strictObject({ any: z.array(conditionSchema).min(1) }),
    z.strictObject({ not: conditionSchema }),
    comparisonSchema,
  ]),
);

/** Named groups of nationalities, e.g. { "visitante-regional": ["GT", "BZ", "SV", "HN"] }: institution data. */
export type NationalityGroups = Record<string, string[]>;

/** true / false, or null when a fact the condition needs is not known. */
export type Truth = boolean | null;

function compare(c: Comparison, facts: Facts, groups: NationalityGroups): Truth {
  const fact = facts[c.field];
  if (fact === undefined || fact === null) return null;
  if (c.field === "age") {
    const age = fact as number;
    switch (c.op) {
      case "lt":
        return age < c.value;
      case "lte":
        return age <= c.value;
      case "gt":
        return age > c.value;
      case "gte":
        return age >= c.value;
      case "eq":
        return age === c.value;
    }
  }
  if (c.field === "nationality" && c.op === "inGroup") {
    const members = groups[c.value];
    if (!members) throw new Error(`Unknown nationality group "${c.value}"`);
    return members.includes(fact as string);
  }
  return (c.value as readonly string[]).includes(fact as string);
}

/**
 * Evaluates a condition against what is known about a person. The only evaluator of the portal: the
 * checklists, the fee calculation and the PDFs all call it. Absent condition = applies to everyone.
 */
export function evaluateCondition(
  condition: Condition | null | undefined,
  facts: Facts,
  groups: NationalityGroups = {},
): Truth {
  if (!condition) return true;
  if ("all" in condition) {
    const values = condition.all.map((c) => evaluateCondition(c, facts, groups));
    if (values.includes(false)) return false;
    return values.includes(null) ? null : true;
  }
  if ("any" in condition) {
    const values = condition.any.map((c) => evaluateCondition(c, facts, groups));
    if (values.includes(true)) return true;
    return values.includes(null) ? null : false;
  }
  if ("not" in condition) {
    const value = evaluateCondition(condition.not, facts, groups);
    return value === null ? null : !value;
  }
  return compare(condition, facts, groups);
}

/** The facts a condition reads, e.g. to know which questions the form must ask. */
export function conditionFields(condition: Condition | null | undefined): Set<FactField> {
  const fields = new Set<FactField>();
  const walk = (c: Condition) => {
    if ("all" in c) c.all.forEach(walk);
    else if ("any" in c) c.any.forEach(walk);
    else if ("not" in c) walk(c.not);
    else fields.add(c.field);
  };
  if (condition) walk(condition);
  return fields;
}

/** Every route id a condition names (the catalogue check compares them with the procedure's routes). */
export function conditionRoutes(condition: Condition | null | undefined): string[] {
  if (!condition) return [];
  if ("all" in condition) return condition.all.flatMap(conditionRoutes);
  if ("any" in condition) return condition.any.flatMap(conditionRoutes);
  if ("not" in condition) return conditionRoutes(condition.not);
  return condition.field === "route" ? [...condition.value] : [];
}

/** Every nationality group a condition names. */
export function conditionGroups(condition: Condition | null | undefined): string[] {
  if (!condition) return [];
  if ("all" in condition) return condition.all.flatMap(conditionGroups);
  if ("any" in condition) return condition.any.flatMap(conditionGroups);
  if ("not" in condition) return conditionGroups(condition.not);
  return condition.field === "nationality" && condition.op === "inGroup" ? [condition.value] : [];
}

/** The member lists of the institution's named nationality groups, as the evaluator takes them. */
export function nationalityGroupsOf(groups: Record<string, { members: string[] }> | undefined): NationalityGroups {
  return Object.fromEntries(Object.entries(groups ?? {}).map(([id, g]) => [id, g.members]));
}
