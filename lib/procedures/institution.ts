/** Resolves the institution data a procedure refers to by id (the official forms it uses). */
import type { InstitutionRulesDTO, ProcedureDTO, ProcedureFormDTO } from "./types";

export type InstitutionForm = InstitutionRulesDTO["forms"][number];

/**
 * The official forms a procedure uses, in the procedure's order, each with how it is used there.
 * A form id the institution does not list is left out rather than shown without a name.
 */
export function formsUsedBy(
  procedure: Pick<ProcedureDTO, "forms">,
  institution: { rules?: Pick<InstitutionRulesDTO, "forms"> | null },
): { use: ProcedureFormDTO; form: InstitutionForm }[] {
  return procedure.forms.flatMap((use) => {
    const form = institution.rules?.forms.find((f) => f.id === use.form);
    return form ? [{ use, form }] : [];
  });
}
