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

/** The procedures of a result, in order, evaluated for the person (an unknown slug is skipped: the validator forbids it). */
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
  return result.procedures.flatMap(({ slug, route }) => {
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
