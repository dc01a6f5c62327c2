import type { ApplicationAnswers, FormStep } from "./fields";

/** Saved answers of a step as the strings a form shows (dates stay YYYY-MM-DD). */
export function stepValues(answers: Partial<ApplicationAnswers>, step: FormStep): Record<string, string> {
  const saved = (answers[step] ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    Object.entries(saved)
      .filter(([, v]) => v !== undefined && v !== null)
      .map(([k, v]) => [k, String(v)]),
  );
}
