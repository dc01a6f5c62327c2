import { z } from "zod";
import { singleLineString } from "@/lib/text";
import { staffEmailSchema } from "./email";
import { PASSWORD_MAX_LENGTH, passwordProblem } from "./password-policy";
import { STAFF_ROLES } from "./permissions";

/** Staff sign-in. Paste and password managers welcome (no composition rules, ASVS 6.2.5/6.2.7). */
export const signInSchema = z.object({
  email: staffEmailSchema,
  password: z
    .string({ error: "errors.required" })
    .min(1, { error: "errors.required" })
    .max(PASSWORD_MAX_LENGTH, { error: "errors.tooLong" }),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const codeSchema = z.object({
  code: z
    .string({ error: "errors.required" })
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(
      z
        .string()
        .min(1, { error: "errors.required" })
        .regex(/^\d{6}$/, { error: "staff.errors.codeFormat" }),
    ),
});

/**
 * A password an official chooses (enrolment link, password change): the policy of password-policy.ts,
 * checked against the account's email, and typed twice.
 */
export function newPasswordSchema(email?: string) {
  return z
    .object({
      password: z.string({ error: "errors.required" }).min(1, { error: "errors.required" }),
      confirm: z.string({ error: "errors.required" }).min(1, { error: "errors.required" }),
    })
    .superRefine((value, ctx) => {
      const problem = passwordProblem(value.password, { email });
      if (problem) ctx.addIssue({ code: "custom", path: ["password"], message: problem });
      else if (value.confirm !== value.password)
        ctx.addIssue({ code: "custom", path: ["confirm"], message: "staff.errors.passwordMismatch" });
    });
}

/** Changing one's own password: the current one, then the new one twice. */
export function passwordChangeSchema(email?: string) {
  return z
    .object({
      current: z
        .string({ error: "errors.required" })
        .min(1, { error: "errors.required" })
        .max(PASSWORD_MAX_LENGTH, { error: "errors.tooLong" }),
    })
    .and(newPasswordSchema(email));
}

/** An official created by an admin; they choose their own password through the enrolment link. */
export const staffCreateSchema = z.object({
  email: signInSchema.shape.email,
  name: singleLineString().trim().min(1, { error: "errors.required" }).max(120, { error: "errors.tooLong" }),
  role: z.enum(STAFF_ROLES, { error: "staff.errors.role" }),
});
export type StaffCreateInput = z.infer<typeof staffCreateSchema>;

export const staffUpdateSchema = z.object({
  id: z.string().uuid({ error: "errors.invalidRequest" }),
  role: z.enum(STAFF_ROLES, { error: "staff.errors.role" }).optional(),
  disabled: z.boolean().optional(),
  /** Ends every session and issues a new enrolment link: new password and new second factor. */
  resetAccess: z.boolean().optional(),
  endSessions: z.boolean().optional(),
  /** The offices whose applications the official handles (ids), and whether they see every office. */
  offices: z.array(z.number().int().positive()).max(200).optional(),
  national: z.boolean().optional(),
});
export type StaffUpdateInput = z.input<typeof staffUpdateSchema>;

/** The admin's own password, asked again before any team change (step-up, ASVS 7.5.1 / L11). */
export const stepUpSchema = z
  .string({ error: "staff.errors.stepUpRequired" })
  .min(1, { error: "staff.errors.stepUpRequired" })
  .max(PASSWORD_MAX_LENGTH, { error: "errors.tooLong" });
