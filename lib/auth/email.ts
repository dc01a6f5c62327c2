import { z } from "zod";

/** A staff email, as every form and the create-admin command read it (trimmed, lower-cased). */
export const staffEmailSchema = z
  .string({ error: "errors.required" })
  .trim()
  .toLowerCase()
  .min(1, { error: "errors.required" })
  .max(254, { error: "errors.email" })
  .email({ error: "errors.email" });
