import { z } from "zod";

const id = z.coerce.number({ error: "errors.invalidRequest" }).int().positive();
const version = z.coerce.number({ error: "errors.invalidRequest" }).int().min(0);
const text = (max: number) => z.string().trim().max(max, { error: "errors.tooLong" });

/** A step of the status machine, as the detail page sends it. */
export const transitionSchema = z.object({
  applicationId: id,
  expectedVersion: version,
  to: z.string().max(40),
  /** Shown to the applicant: required to deny, optional with a request for documents. */
  message: text(2000).optional().nullable(),
  /** Positions in the procedure's published requirement list (what a request for documents may ask for). */
  requirements: z.array(z.coerce.number().int().positive()).max(100).optional(),
});
export type TransitionInput = z.input<typeof transitionSchema>;

/** An internal note; `proposal` makes it a clerk's proposed resolution for the supervisor. */
export const noteSchema = z.object({
  applicationId: id,
  body: text(4000).pipe(z.string().min(1, { error: "errors.required" })),
  proposal: z.enum(["approved", "denied"]).optional().nullable(),
});
export type NoteInput = z.input<typeof noteSchema>;

export const assignSchema = z.object({
  applicationId: id,
  expectedVersion: version,
  /** null or "" to leave it unassigned. */
  assigneeId: z.union([z.uuid(), z.literal("")]).nullable().transform((v) => v || null),
});
export type AssignInput = z.input<typeof assignSchema>;
