import { feeAlternatives } from "@/lib/fees/select";
import { nationalityGroupsOf } from "@/lib/procedures/conditions";
import { personFacts, type FactAnswers } from "@/lib/procedures/person-facts";
import type { FeeDTO, InstitutionDTO, ProcedureDTO } from "@/lib/procedures/types";
import { computeFees, type ComputedFee, type FeeTotal } from "./compute";

/**
 * A person's fees for a procedure, from their answers: the one entry point the submission, the confirmation
 * page and the PDFs use, so they all show the same list and totals. `chosen` = position of the chosen
 * alternative (1–4 years…), null when none was chosen.
 */
export function personFees(
  procedure: Pick<ProcedureDTO, "fees">,
  answers: FactAnswers | null | undefined,
  filingDate: string,
  chosen: number | null,
  institution?: Pick<InstitutionDTO, "rules"> | null,
): { items: ComputedFee<FeeDTO>[]; omitted: number; totals: FeeTotal[] } {
  const alternatives = feeAlternatives(procedure.fees);
  return computeFees(procedure.fees, personFacts(answers, filingDate), {
    groups: nationalityGroupsOf(institution?.rules?.nationalityGroups),
    indexUnits: institution?.rules?.indexUnits ?? [],
    onDate: filingDate,
    choice: alternatives ? { payment: alternatives.payment, chosenPosition: chosen } : null,
  });
}
