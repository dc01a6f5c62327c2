import { z } from "zod";

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "posters.errors.choose" })
  .max(120);
const optionalSlug = z.preprocess((v) => (v === "" ? undefined : v), slug.optional());

/**
 * What the staff poster generator sends: a poster for a procedure (optionally at one office, whose scans
 * it then counts), for an office (its page lists what it receives) or the general "all procedures" one.
 * Shared by the form and the server; messages are translation keys.
 */
export const posterRequestSchema = z
  .object({
    kind: z.enum(["procedure", "office", "general"], { error: "posters.errors.kind" }),
    procedure: optionalSlug,
    office: optionalSlug,
  })
  .superRefine((value, ctx) => {
    if (value.kind === "procedure" && !value.procedure)
      ctx.addIssue({ code: "custom", path: ["procedure"], message: "posters.errors.procedure" });
    if (value.kind === "office" && !value.office)
      ctx.addIssue({ code: "custom", path: ["office"], message: "posters.errors.office" });
  });

export type PosterRequestInput = z.output<typeof posterRequestSchema>;

/** Files a poster comes in. */
export const POSTER_FILES = ["cartel-a4.pdf", "cartel-a3.pdf", "qr.svg", "qr.png"] as const;
export type PosterFile = (typeof POSTER_FILES)[number];
