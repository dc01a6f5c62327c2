import type { RequirementDTO } from "@/lib/procedures/types";

/**
 * Whether a requirement applies to a person:
 * - "applies": it always does, or its machine-readable condition (age) holds;
 * - "if-applicable": it has a condition the portal cannot evaluate (shown with the condition and
 *   "si aplica a su caso", the person decides);
 * - "not-applicable": its age condition excludes the person (left out of the personal checklist).
 */
export type Applicability = "applies" | "if-applicable" | "not-applicable";

/** Evaluates `appliesWhen` ({minAge?, maxAge?}, maxAge exclusive) against an age; null age = unknown. */
export function requirementApplicability(requirement: Pick<RequirementDTO, "appliesWhen" | "condition">, age: number | null): Applicability {
  const when = requirement.appliesWhen;
  if (when && (when.minAge !== undefined || when.maxAge !== undefined)) {
    if (age === null) return "if-applicable";
    const aboveMin = when.minAge === undefined || age >= when.minAge;
    const belowMax = when.maxAge === undefined || age < when.maxAge;
    return aboveMin && belowMax ? "applies" : "not-applicable";
  }
  return requirement.condition ? "if-applicable" : "applies";
}

export type ChecklistItem = { number: number; requirement: RequirementDTO; applicability: Exclude<Applicability, "not-applicable"> };

/**
 * The requirements to show, numbered 1…n in catalogue order. With an age, those whose age
 * condition excludes the person are left out and counted in `omitted`; without one (the blank
 * checklist of the public page) every requirement is listed with its condition.
 */
export function buildChecklist(requirements: RequirementDTO[], age: number | null): { items: ChecklistItem[]; omitted: number } {
  const items: ChecklistItem[] = [];
  let omitted = 0;
  for (const requirement of [...requirements].sort((a, b) => a.position - b.position)) {
    const applicability = requirementApplicability(requirement, age);
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
export function letterAttachments(requirements: RequirementDTO[], age: number | null): ChecklistItem[] {
  return buildChecklist(requirements, age)
    .items.filter(({ requirement }) => requirement.presentation !== "online")
    .filter(({ requirement }) => !/^firma\b/i.test(requirement.name.es) && !/bajo protesta/i.test(requirement.name.es))
    .map((item, index) => ({ ...item, number: index + 1 }));
}
