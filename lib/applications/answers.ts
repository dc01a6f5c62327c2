import type { ApplicationAnswers, FormStep } from "./fields";
import type { FormPrefill } from "./prefill";

/** Saved answers of a step as the strings a form shows (dates stay YYYY-MM-DD). */
export function stepValues(answers: Partial<ApplicationAnswers>, step: FormStep): Record<string, string> {
  const saved = (answers[step] ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(saved)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, String(v)]),
  );
}

/**
 * What a step's inputs start with: its saved answers once the person has saved the step (a field they emptied
 * stays empty), until then the draft's prefill. `prefilled` says the page shows proposed values to check.
 */
export function stepStartValues(
  answers: Partial<ApplicationAnswers>,
  prefill: FormPrefill,
  step: FormStep,
): { values: Record<string, string>; prefilled: boolean } {
  if (answers[step]) return { values: stepValues(answers, step), prefilled: false };
  const proposed = prefill[step] ?? {};
  return { values: { ...proposed }, prefilled: Object.keys(proposed).length > 0 };
}
