import { feeAlternatives } from "@/lib/fees/select";
import type { ProcedureDTO } from "@/lib/procedures/types";
import {
  addressStepSchema,
  detailsStepSchema,
  FORM_STEPS,
  passportStepSchema,
  personalStepSchema,
  stepFieldUses,
  type ApplicationAnswers,
  type FormStep,
  type ProcedureForm,
} from "./fields";

/** Positions of the fees the applicant chooses between, or null when there is no choice to make. */
export function feeOptionsOf(procedure: Pick<ProcedureDTO, "fees">): number[] | null {
  return feeAlternatives(procedure.fees)?.options.map((f) => f.position) ?? null;
}

/** The schema of one step for one procedure: the same call in the browser and on the server. */
export function stepSchema(step: FormStep, form: ProcedureForm, feeOptions: readonly number[] | null) {
  switch (step) {
    case "personal":
      return personalStepSchema;
    case "passport":
      return passportStepSchema;
    case "address":
      return addressStepSchema;
    case "details":
      return detailsStepSchema(form, feeOptions);
  }
}

/** Field names of a step, in display order. */
export function stepFields(step: FormStep, form: ProcedureForm, feeOptions: readonly number[] | null): string[] {
  return stepFieldUses(step, form, feeOptions !== null).map((f) => f.name);
}

/** The first step without saved answers, or null when every step is done. */
export function firstIncompleteStep(answers: Partial<ApplicationAnswers>): FormStep | null {
  return FORM_STEPS.find((step) => !answers[step]) ?? null;
}
