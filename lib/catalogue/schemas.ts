/** The inputs of the catalogue back office (one schema each, used by the forms and by lib/catalogue/mutations.ts). */
import { z } from "zod";
import { sourceSchema } from "@/prisma/catalogue/schema";

/** A draft's document is at most this big once serialised (the largest procedure file is ~40 KB). */
export const MAX_DOCUMENT_BYTES = 256 * 1024;
export const MAX_NOTE_LENGTH = 2000;
/** Sources a single draft may add to the catalogue. */
export const MAX_NEW_SOURCES = 20;

const slug = z
  .string({ error: "catalogue.errors.required" })
  .trim()
  .min(1, { error: "catalogue.errors.required" })
  .max(120, { error: "catalogue.errors.tooBig" })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: "catalogue.errors.slug" });

const revision = z.coerce.number({ error: "catalogue.errors.invalid" }).int().min(0);

export const newProcedureSchema = z.object({
  slug,
  /** An existing procedure whose document the new one starts from (the editor then changes what differs). */
  copyFrom: slug.optional(),
});
export type NewProcedureInput = z.infer<typeof newProcedureSchema>;

export const draftSaveSchema = z.object({
  revision,
  document: z
    .record(z.string(), z.unknown(), { error: "catalogue.errors.invalid" })
    .refine((d) => JSON.stringify(d).length <= MAX_DOCUMENT_BYTES, { error: "catalogue.errors.tooBig" }),
  note: z.string().trim().max(MAX_NOTE_LENGTH, { error: "catalogue.errors.tooBig" }).default(""),
  newSources: z.array(sourceSchema).max(MAX_NEW_SOURCES, { error: "catalogue.errors.tooBig" }).default([]),
});
export type DraftSaveInput = z.infer<typeof draftSaveSchema>;

export const draftStepSchema = z.object({ revision });

/** A change note is required to submit: the public history shows it next to the computed summary. */
export const draftSubmitSchema = z.object({ revision });

export const draftReturnSchema = z.object({
  revision,
  comment: z
    .string({ error: "catalogue.errors.required" })
    .trim()
    .min(1, { error: "catalogue.errors.required" })
    .max(MAX_NOTE_LENGTH, { error: "catalogue.errors.tooBig" }),
});

export const publishSchema = z.object({
  revision,
  /** Empty = at once; otherwise when it takes effect (an ISO date-time, or a date = 00:00 in the institution's time zone). */
  effectiveAt: z
    .string()
    .trim()
    .max(40)
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || !Number.isNaN(Date.parse(v)), { error: "catalogue.errors.date" }),
});
