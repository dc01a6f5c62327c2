import { z } from "zod";

/**
 * The office the applicant will present the filing at, on the "check your answers" page. `allowed` are
 * the slugs of the offices that receive the procedure: anything else is an error, never stored.
 * The message is a translation key.
 */
export function officeChoiceSchema(allowed: readonly string[]) {
  const slugs = new Set(allowed);
  return z.object({
    office: z.preprocess(
      (v) => (typeof v === "string" && v.trim() !== "" ? v.trim() : undefined),
      z.string({ error: "offices.chooseError" }).refine((v) => slugs.has(v), { error: "offices.chooseError" }),
    ),
  });
}

export type OfficeChoiceInput = z.output<ReturnType<typeof officeChoiceSchema>>;
