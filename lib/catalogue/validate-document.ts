/**
 * Checks a draft the way publication will: the zod schema of the data files (procedureDocumentSchema) and
 * then its cross-references (prisma/catalogue/check-procedure.ts). Problems come back as message keys per
 * path ("requirements.2.name.es" → "catalogue.errors.required"), like every other form's field errors.
 */
import type { z } from "zod";
import { procedureProblems, type ProcedureContext } from "@/prisma/catalogue/check-procedure";
import { procedureDocumentSchema, type ProcedureDocument } from "./document";

/** The schema's own rules (refinements) and the key that says each in the editor's language. */
const RULE_KEYS: Record<string, string> = {
  "give either appliesWhen (evaluated) or condition (words), not both": "catalogue.errors.conditionTwice",
  "a fee without an amount must have verify: true": "catalogue.errors.feeWithoutAmount",
  "a fee has a fixed amount or an index range, not both": "catalogue.errors.feeAmountAndRange",
  "indexRange min must not exceed max": "catalogue.errors.rangeOrder",
  "a form selection cites its sources": "catalogue.errors.selectionSources",
  "expected a lowercase-kebab slug": "catalogue.errors.slug",
  "expected a lowercase-kebab id": "catalogue.errors.slug",
  "expected YYYY-MM-DD": "catalogue.errors.date",
};

function keyOfIssue(issue: z.core.$ZodIssue): string {
  if (RULE_KEYS[issue.message]) return RULE_KEYS[issue.message]!;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null
        ? "catalogue.errors.required"
        : "catalogue.errors.invalid";
    case "too_small":
      return issue.origin === "array" ? "catalogue.errors.tooFew" : "catalogue.errors.required";
    case "too_big":
      return "catalogue.errors.tooBig";
    case "unrecognized_keys":
      return "catalogue.errors.unknownField";
    case "invalid_value":
      return "catalogue.errors.choose";
    default:
      return "catalogue.errors.invalid";
  }
}

export type DocumentCheck =
  { ok: true; document: ProcedureDocument } | { ok: false; fieldErrors: Record<string, string> };

/** The whole check: shape, then references. The first problem of each path wins. */
export function checkDocument(raw: unknown, context: ProcedureContext): DocumentCheck {
  const parsed = procedureDocumentSchema.safeParse(raw);
  const fieldErrors: Record<string, string> = {};
  const add = (path: readonly PropertyKey[], key: string) => {
    const at = path.map(String).join(".") || "document";
    fieldErrors[at] ??= key;
  };
  if (!parsed.success) {
    parsed.error.issues.forEach((issue) => add(issue.path, keyOfIssue(issue)));
    return { ok: false, fieldErrors };
  }
  procedureProblems(parsed.data, context).forEach((p) => add(p.path, `catalogue.errors.${p.code}`));
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : { ok: true, document: parsed.data };
}
