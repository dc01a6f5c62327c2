/**
 * What the guide already knows, as answers of a procedure's request form. The result's "start the request" link
 * carries the guide's answers (`?guia=…` on the form's start page); starting the form walks them again here and
 * turns the facts and dates of the path into the values the steps show first. lib/applications/prefill.ts then
 * keeps only what the procedure's form asks, each value checked by its field's schema.
 */
import type { GuideData } from "@/prisma/catalogue/guide-schema";
import { cleanPrefill, type FormPrefill } from "@/lib/applications/prefill";
import { procedureForm } from "@/lib/applications/fields";
import { feeOptionsOf } from "@/lib/applications/steps";
import { ANCHOR_ANSWER_FIELDS } from "@/lib/deadlines/window";
import { FACT_OF_ANSWER } from "@/lib/procedures/person-facts";
import type { ProcedureDTO } from "@/lib/procedures/types";
import { anchorDatesOf, answersFromQuery, factsOf, queryOf, walkGuide, type GuideStep } from "./walk";

/** The start page's query parameter that holds the guide's answers (as the guide's own query string). */
export const GUIDE_PREFILL_PARAM = "guia";
/** Longest guide query read: a whole path's answers take a few hundred characters. */
const MAX_GUIDE_QUERY_LENGTH = 2_000;

/** The form's start page for a procedure of a result, carrying the path's answers. */
export function guidePrefillHref(locale: string, slug: string, steps: GuideStep[]): string {
  return `/${locale}/tramites/${slug}/solicitud?${new URLSearchParams({ [GUIDE_PREFILL_PARAM]: queryOf(steps) })}`;
}

/** The form answer that reads back as `fact` (the first one: "visitor" rather than the FMM, "national"). */
function answerOf(table: Record<string, string>, fact: string | null | undefined): string | undefined {
  return fact ? Object.keys(table).find((answer) => table[answer] === fact) : undefined;
}

/**
 * The values the guide's answers propose for the form of `slug`, unchecked: nothing when the answers do not lead
 * to a result that names the procedure. The current card (the passport step's migration document) is proposed
 * only for the first procedure of a result — a later one (the card after a change of status) is filed once the
 * first has changed it. Someone abroad holds no card of the country: "none".
 */
export function prefillFromGuide(guide: GuideData, query: string, slug: string): FormPrefill {
  if (query.length > MAX_GUIDE_QUERY_LENGTH) return {};
  const walk = walkGuide(guide, answersFromQuery(guide, Object.fromEntries(new URLSearchParams(query))));
  if (walk.kind !== "result" || walk.result.kind !== "procedures") return {};
  const index = walk.result.procedures.findIndex((p) => p.slug === slug);
  if (index < 0) return {};
  const facts = factsOf(walk.steps);
  const route = walk.result.procedures[index]!.route;

  const passport: Record<string, string> = {};
  const document =
    facts.currentStatus === "none_abroad" ? "none" : answerOf(FACT_OF_ANSWER.migrationDocument, facts.currentStatus);
  if (index === 0 && document) passport.migrationDocument = document;

  const details: Record<string, string> = {};
  const relationship = answerOf(FACT_OF_ANSWER.relationship, facts.relationship);
  if (relationship) details.relationship = relationship;
  const relativeStatus = answerOf(FACT_OF_ANSWER.relativeStatus, facts.sponsorStatus);
  if (relativeStatus) details.relativeStatus = relativeStatus;
  if (route) details.route = route;
  // The status-change form asks "on which basis" instead of the route.
  const basis = answerOf(FACT_OF_ANSWER.statusChangeBasis, route);
  if (basis) details.statusChangeBasis = basis;
  // A date the person gave goes to every field that holds its event (card expiry, date of the change).
  for (const [anchor, date] of Object.entries(anchorDatesOf(walk.steps)))
    for (const field of ANCHOR_ANSWER_FIELDS[anchor as keyof typeof ANCHOR_ANSWER_FIELDS] ?? []) details[field] = date;

  const prefill: FormPrefill = {};
  if (Object.keys(passport).length) prefill.passport = passport;
  if (Object.keys(details).length) prefill.details = details;
  return prefill;
}

/** What the form of `procedure` will start with from the guide's answers: proposed, then checked field by field. */
export function guidePrefillFor(
  guide: GuideData,
  query: string,
  procedure: Pick<ProcedureDTO, "slug" | "requestForm" | "routes" | "fees">,
): FormPrefill {
  return cleanPrefill(
    prefillFromGuide(guide, query, procedure.slug),
    procedureForm(procedure),
    feeOptionsOf(procedure),
  );
}
