/**
 * Values a request form starts with when the portal already knows them (the guide's answers): each step page
 * shows them as its inputs' initial values until the person saves that step. Nothing here counts as an answer:
 * the person still sees, checks and sends every step, and only a saved step is stored as answered.
 *
 * No server-only imports: pure checks over the field registry.
 */
import {
  FORM_STEPS,
  STEP_INTROS,
  stepFieldUses,
  type FeeChoiceOptions,
  type FormStep,
  type ProcedureForm,
} from "./fields";

/** Proposed values per step, as the strings a form shows (dates YYYY-MM-DD). */
export type FormPrefill = Partial<Record<FormStep, Record<string, string>>>;

/** Questions never proposed: which fee case applies is the person's choice on the details step. */
const NEVER_PREFILLED = new Set(["feeChoice"]);

/**
 * Keeps only the values the procedure's form asks, each accepted by its field's own schema (a route must be one
 * of the form's routes), and nothing for the steps about someone else (the child of an exit authorisation):
 * what the portal knows is the person's own situation. Anything else is dropped without a word — a proposal
 * the person would have to correct is worse than none.
 */
export function cleanPrefill(raw: unknown, form: ProcedureForm, feeOptions: FeeChoiceOptions): FormPrefill {
  if (!isRecord(raw)) return {};
  const aboutSomeoneElse: readonly FormStep[] = STEP_INTROS[form.kind] ?? [];
  const routes = new Set((form.routes ?? []).map((r) => r.id));
  const clean: FormPrefill = {};
  for (const step of FORM_STEPS) {
    const proposed = raw[step];
    if (!isRecord(proposed) || aboutSomeoneElse.includes(step)) continue;
    const values: Record<string, string> = {};
    for (const { name, spec } of stepFieldUses(step, form, feeOptions !== null)) {
      const value = proposed[name];
      if (typeof value !== "string" || NEVER_PREFILLED.has(name)) continue;
      const parsed = spec.schema.safeParse(value);
      if (!parsed.success || typeof parsed.data !== "string") continue;
      if (name === "route" && !routes.has(parsed.data)) continue;
      values[name] = parsed.data;
    }
    if (Object.keys(values).length > 0) clean[step] = values;
  }
  return clean;
}

/** Whether a prefill proposes anything at all. */
export function hasPrefill(prefill: FormPrefill): boolean {
  return FORM_STEPS.some((step) => Object.keys(prefill[step] ?? {}).length > 0);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
