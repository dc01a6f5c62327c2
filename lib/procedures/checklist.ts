import { evaluateCondition, type Facts, type NationalityGroups } from "@/lib/procedures/conditions";
import type { RequirementDTO } from "@/lib/procedures/types";

/**
 * Whether a requirement applies to a person:
 * - "applies": it always does, or its condition (appliesWhen) holds for their facts;
 * - "if-applicable": its condition needs a fact the person has not given, or it has a condition in words
 *   the portal cannot evaluate (shown with the condition, the person decides);
 * - "not-applicable": its condition is false for the person (left out of the personal checklist).
 */
export type Applicability = "applies" | "if-applicable" | "not-applicable";

/** Evaluates a requirement's condition against a person's facts (null = the blank checklist: nothing known). */
export function requirementApplicability(
  requirement: Pick<RequirementDTO, "appliesWhen" | "condition">,
  facts: Facts | null,
  groups: NationalityGroups = {},
): Applicability {
  if (requirement.appliesWhen) {
    const truth = evaluateCondition(requirement.appliesWhen, facts ?? {}, groups);
    return truth === true ? "applies" : truth === false ? "not-applicable" : "if-applicable";
  }
  return requirement.condition ? "if-applicable" : "applies";
}

export type ChecklistItem = {
  number: number;
  requirement: RequirementDTO;
  applicability: Exclude<Applicability, "not-applicable">;
};

/**
 * The requirements to show, numbered 1…n in catalogue order. With facts, those whose condition excludes
 * the person are left out and counted in `omitted`; without (the blank checklist of the public page)
 * every requirement is listed with its condition.
 */
export function buildChecklist(
  requirements: RequirementDTO[],
  facts: Facts | null,
  groups: NationalityGroups = {},
): { items: ChecklistItem[]; omitted: number } {
  const items: ChecklistItem[] = [];
  let omitted = 0;
  for (const requirement of [...requirements].sort((a, b) => a.position - b.position)) {
    const applicability = requirementApplicability(requirement, facts, groups);
    if (applicability === "not-applicable") omitted += 1;
    else items.push({ number: items.length + 1, requirement, applicability });
  }
  return { items, omitted };
}

/**
 * Documents to list as attachments of a letter: the applicable requirements minus the ones that are
 * not papers handed in with it — forms filled in online, signatures on the form, and the letter
 * "bajo protesta de decir verdad" itself (recognised by its Spanish name in the catalogue).
 */
export function letterAttachments(
  requirements: RequirementDTO[],
  facts: Facts | null,
  groups: NationalityGroups = {},
): ChecklistItem[] {
  return buildChecklist(requirements, facts, groups)
    .items.filter(({ requirement }) => requirement.presentation !== "online")
    .filter(({ requirement }) => !/^firma\b/i.test(requirement.name.es) && !/bajo protesta/i.test(requirement.name.es))
    .map((item, index) => ({ ...item, number: index + 1 }));
}
