import { z } from "zod";
import { INVALID_CHARACTERS, isMultiLineText, normalizeLineBreaks } from "@/lib/text";
import { STATUS_FILTERS } from "./statuses";

/** Longest message to the applicant, or basis of a withdrawal, an official may write on a step. */
export const STEP_TEXT_MAX = 2000;
/** Longest internal note. */
export const NOTE_MAX = 4000;
/** Longest search of the applications list (an application number or part of a name). */
export const LIST_QUERY_MAX = 40;

const id = z.coerce
  .number({ error: "errors.invalidRequest" })
  .int({ error: "errors.invalidRequest" })
  .positive({ error: "errors.invalidRequest" });
/** A whole number ≥ 0 sent by the page itself (a version, a requirement position): a bad one means a tampered or stale form. */
const wholeNumber = z.coerce
  .number({ error: "errors.invalidRequest" })
  .int({ error: "errors.invalidRequest" })
  .min(0, { error: "errors.invalidRequest" });
const version = wholeNumber;
/** Free text of officials: line breaks allowed, other control and format characters (a NUL byte) refused (lib/text.ts). */
const text = (max: number) =>
  z.preprocess(
    normalizeLineBreaks,
    z.string().trim().max(max, { error: "errors.tooLong" }).refine(isMultiLineText, { error: INVALID_CHARACTERS }),
  );

/** A step of the status machine, as the detail page sends it. */
export const transitionSchema = z.object({
  applicationId: id,
  expectedVersion: version,
  to: z.string({ error: "errors.invalidRequest" }).max(40, { error: "errors.invalidRequest" }),
  /** Shown to the applicant: required to deny, optional with a request for documents. */
  message: text(STEP_TEXT_MAX).optional().nullable(),
  /** Positions in the procedure's published requirement list (what a request for documents may ask for). */
  requirements: z
    .array(wholeNumber, { error: "errors.invalidRequest" })
    .max(100, { error: "errors.invalidRequest" })
    .optional(),
  /** Staff only, never shown to the applicant: the basis of a withdrawal (the applicant's request, or the supervisor's reason). */
  evidence: text(STEP_TEXT_MAX).optional().nullable(),
});
export type TransitionInput = z.input<typeof transitionSchema>;

/** An internal note; `proposal` makes it a clerk's proposed resolution for the supervisor. */
export const noteSchema = z.object({
  applicationId: id,
  body: text(NOTE_MAX).pipe(z.string().min(1, { error: "staff.errors.noteRequired" })),
  proposal: z.enum(["approved", "denied"]).optional().nullable(),
});
export type NoteInput = z.input<typeof noteSchema>;

export const assignSchema = z.object({
  applicationId: id,
  expectedVersion: version,
  /** null or "" to leave it unassigned. */
  assigneeId: z
    .union([z.uuid(), z.literal("")])
    .nullable()
    .transform((v) => v || null),
});
export type AssignInput = z.input<typeof assignSchema>;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v));

/**
 * The filters of the applications list, read from the query string. Each field is checked on its
 * own: a bad value is dropped and named (`invalid`) so the page can say which filter it ignored.
 */
export const listFilterFields = {
  q: z.string().trim().max(LIST_QUERY_MAX),
  procedure: z.string().regex(/^[a-z0-9-]{1,120}$/),
  office: z.string().regex(/^[a-z0-9-]{1,120}$/),
  status: z.enum(STATUS_FILTERS),
  due: z.enum(["overdue", "week"]),
  assigned: z.enum(["me", "none"]),
  from: isoDate,
  to: isoDate,
  sort: z.enum(["due", "-due", "submitted", "-submitted"]),
  page: z.coerce.number().int().min(1).max(100_000),
} as const;

export type ListFilters = { [K in keyof typeof listFilterFields]?: z.infer<(typeof listFilterFields)[K]> };

export function parseListFilters(params: Record<string, string | string[] | undefined>): {
  filters: ListFilters;
  invalid: string[];
} {
  const filters: Record<string, unknown> = {};
  const invalid: string[] = [];
  for (const [key, schema] of Object.entries(listFilterFields)) {
    const raw = params[key];
    const value = Array.isArray(raw) ? raw[0] : raw;
    if (value === undefined || value === "") continue;
    const parsed = schema.safeParse(value);
    if (parsed.success) filters[key] = parsed.data;
    else invalid.push(key);
  }
  if (filters.from && filters.to && (filters.from as string) > (filters.to as string)) {
    invalid.push("to");
    delete filters.to;
  }
  return { filters: filters as ListFilters, invalid };
}
