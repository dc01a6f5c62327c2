/**
 * What a guide result shows for one person: each procedure with their own requirements and fees (the catalogue's
 * conditions evaluated on the facts their answers establish) and the applicant's deadline dated from the date they
 * gave. Pure: the page passes the catalogue and today's date.
 */
import type { GuideResult } from "@/prisma/catalogue/guide-schema";
import { computeFees, costOfTotals, type ComputedFee, type FeeTotal } from "@/lib/fees/compute";
import type { CostSummary } from "@/lib/fees/summary";
import { checkApplicantWindow, type WindowCheck } from "@/lib/deadlines/window";
import { buildChecklist, type ChecklistItem } from "@/lib/procedures/checklist";
import { nationalityGroupsOf, type Facts } from "@/lib/procedures/conditions";
import { isOffered } from "@/lib/procedures/offered";
import type { CatalogueDTO, FeeDTO, ProcedureDTO } from "@/lib/procedures/types";
import { anchorDatesOf, factsOf, type GuideStep } from "./walk";

export type GuideProcedure = {
  procedure: ProcedureDTO;
  facts: Facts;
  checklist: { items: ChecklistItem[]; omitted: number };
  fees: { items: ComputedFee<FeeDTO>[]; omitted: number; totals: FeeTotal[]; cost: CostSummary };
  /** The applicant's window dated from the person's own date; null when the procedure has none or no date was given. */
  window: (WindowCheck & { anchorDate: string }) | null;
};

/**
 * The procedures a result names, as the catalogue stands now: a retired procedure gives way to what replaces it (a
 * replacement already listed is not repeated; its route, if any, is dropped: routes are per procedure), and one
 * retired without a replacement, or unknown, is skipped. The guide's data is written for the files; the catalogue
 * changes with every publication.
 */
export function offeredEntries(
  entries: { slug: string; route?: string }[],
  procedures: Pick<ProcedureDTO, "slug" | "retired">[],
): { slug: string; route?: string }[] {
  const bySlug = new Map(procedures.map((p) => [p.slug, p]));
  const out: { slug: string; route?: string }[] = [];
  const add = (entry: { slug: string; route?: string }) => {
    if (!out.some((e) => e.slug === entry.slug)) out.push(entry);
  };
  for (const entry of entries) {
    const procedure = bySlug.get(entry.slug);
    if (!procedure) continue;
    if (isOffered(procedure)) add(entry);
    else
      procedure
        .retired!.replacedBy.filter((slug) => bySlug.has(slug) && isOffered(bySlug.get(slug)!))
        .forEach((slug) => add({ slug }));
  }
  return out;
}

/** The procedures of a result, in order, evaluated for the person (see offeredEntries for retired ones). */
export function guideProcedures(
  result: Extract<GuideResult, { kind: "procedures" }>,
  steps: GuideStep[],
  catalogue: Pick<CatalogueDTO, "procedures" | "institution">,
  today: string,
): GuideProcedure[] {
  const base = factsOf(steps);
  const dates = anchorDatesOf(steps);
  const rules = catalogue.institution.rules;
  const groups = nationalityGroupsOf(rules?.nationalityGroups);
  return offeredEntries(result.procedures, catalogue.procedures).flatMap(({ slug, route }) => {
    const procedure = catalogue.procedures.find((p) => p.slug === slug);
    if (!procedure) return [];
    const facts: Facts = { ...base, route: route ?? null };
    const fees = computeFees(procedure.fees, facts, { groups, indexUnits: rules?.indexUnits ?? [], onDate: today });
    const deadline = procedure.deadline.applicantDeadline;
    const anchorDate = deadline ? dates[deadline.anchor] : undefined;
    const check = deadline && anchorDate ? checkApplicantWindow(deadline, anchorDate, today) : null;
    return [
      {
        procedure,
        facts,
        checklist: buildChecklist(procedure.requirements, facts, groups),
        fees: { ...fees, cost: costOfTotals(fees.totals) },
        window: check && anchorDate ? { ...check, anchorDate } : null,
      },
    ];
  });
}
