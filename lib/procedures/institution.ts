/** Resolves the institution data a procedure refers to by id (the official forms it uses). */
import type { LocalizedText } from "@/lib/i18n/localize";
import { evaluateCondition, nationalityGroupsOf, type Facts } from "./conditions";
import { describeConditionText } from "./describe-condition";
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

/** What to select in an official form; `condition` in words when it depends on the case, `verify` when unconfirmed. */
export type FormSelection = { text: LocalizedText; condition: LocalizedText | null; verify: boolean };

/**
 * Each official form once, in the procedure's order, with what to select in it. Without facts (the page,
 * the blank checklist) every selection is listed with its condition in words; with a person's facts, a
 * selection whose condition is false is left out and one the facts cannot decide keeps its words.
 */
export function officialFormsOf(
  procedure: Pick<ProcedureDTO, "forms" | "routes">,
  institution: { rules?: Pick<InstitutionRulesDTO, "forms" | "nationalityGroups"> | null },
  facts: Facts | null = null,
): { form: InstitutionForm; selections: FormSelection[] }[] {
  const groups = nationalityGroupsOf(institution.rules?.nationalityGroups);
  const words = { routes: procedure.routes, nationalityGroups: institution.rules?.nationalityGroups };
  const result: { form: InstitutionForm; selections: FormSelection[] }[] = [];
  for (const { use, form } of formsUsedBy(procedure, institution)) {
    let entry = result.find((r) => r.form.id === form.id);
    if (!entry) result.push((entry = { form, selections: [] }));
    if (!use.selection) continue;
    const truth = facts ? evaluateCondition(use.appliesWhen, facts, groups) : null;
    if (truth === false) continue;
    entry.selections.push({
      text: use.selection,
      condition: use.appliesWhen && truth !== true ? describeConditionText(use.appliesWhen, words) : null,
      verify: use.verify === true,
    });
  }
  return result;
}
