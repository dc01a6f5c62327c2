import { z } from "zod";
import { singleLineString } from "@/lib/text";
import { STAFF_ROLES } from "./permissions";

/** Staff sign-in. Paste and password managers welcome (no composition rules, ASVS 6.2.5/6.2.7). */
export const signInSchema = z.object({
  email: z.string({ error: "errors.required" }).trim().toLowerCase().min(1, { error: "errors.required" }).max(254, { error: "errors.email" }).email({ error: "errors.email" }),
  password: z.string({ error: "errors.required" }).min(1, { error: "errors.required" }).max(128, { error: "errors.tooLong" }),
});
export type SignInInput = z.infer<typeof signInSchema>;

export const codeSchema = z.object({
  code: z
    .string({ error: "errors.required" })
    .transform((v) => v.replace(/\s/g, ""))
    .pipe(z.string().min(1, { error: "errors.required" }).regex(/^\d{6}$/, { error: "staff.errors.codeFormat" })),
});

/** An official created by an admin; the first password is generated and shown once. */
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
});
