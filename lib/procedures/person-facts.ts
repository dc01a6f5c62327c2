import { ageOn } from "@/lib/pdf/age";
import type { Facts } from "./conditions";

/** The parts of an application's answers the condition facts come from (every part optional). */
export type FactAnswers = {
  personal?: { birthDate?: string; nationality?: string };
  /** Answers of the "your case" questions (lib/applications/case-facts.ts), when the form asked them. */
  case?: Partial<Omit<Facts, "age" | "nationality">>;
};

/**
 * The facts conditions read, from an application's answers: age in whole years on the filing date,
 * nationality, and the case answers. One place, so the checklist page, the staff page and every PDF agree.
 */
export function personFacts(answers: FactAnswers | null | undefined, filingDate: string): Facts {
  const personal = answers?.personal;
  return {
    ...(answers?.case ?? {}),
    age: personal?.birthDate ? ageOn(personal.birthDate, filingDate) : null,
    nationality: personal?.nationality ?? null,
  };
}
