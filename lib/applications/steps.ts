import { feeAlternatives } from "@/lib/fees/select";
import type { ProcedureDTO } from "@/lib/procedures/types";
import { procedureForm } from "./procedure-forms";
import {
  addressStepSchema,
  detailsFields,
  detailsStepSchema,
  FORM_STEPS,
  passportStepSchema,
  personalStepSchema,
  STEP_FIELDS,
  type ApplicationAnswers,
  type FormStep,
} from "./schemas";

/** Where each step's answers live in ApplicationAnswers. */
export const STEP_KEYS = {
  "datos-personales": "personal",
  pasaporte: "passport",
  domicilio: "address",
  detalles: "details",
} as const satisfies Record<FormStep, keyof ApplicationAnswers>;

export function isFormStep(value: string): value is FormStep {
  return (FORM_STEPS as readonly string[]).includes(value);
}

/** Positions of the fees the applicant chooses between, or null when there is no choice to make. */
export function feeOptionsOf(procedure: Pick<ProcedureDTO, "fees">): number[] | null {
  return feeAlternatives(procedure.fees)?.options.map((f) => f.position) ?? null;
}

/** The schema of one step for one procedure: the same call in the browser and on the server. */
export function stepSchema(step: FormStep, slug: string, feeOptions: number[] | null) {
  switch (step) {
    case "datos-personales":
      return personalStepSchema;
    case "pasaporte":
      return passportStepSchema;
    case "domicilio":
      return addressStepSchema;
    case "detalles":
      return detailsStepSchema(procedureForm(slug).kind, feeOptions);
  }
}

/** Field names of a step, in display order. */
export function stepFields(step: FormStep, slug: string, feeOptions: number[] | null): string[] {
  return step === "detalles" ? detailsFields(procedureForm(slug).kind, feeOptions !== null) : [...STEP_FIELDS[step]];
}

/** The first step without saved answers, or null when every step is done. */
export function firstIncompleteStep(answers: Partial<ApplicationAnswers>): FormStep | null {
  return FORM_STEPS.find((step) => !answers[STEP_KEYS[step]]) ?? null;
}
