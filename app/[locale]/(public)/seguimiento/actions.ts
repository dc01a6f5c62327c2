"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.

import { redirect } from "next/navigation";
import { clearSessionToken, clientKey, writeSessionToken } from "@/lib/applications/cookies";
import { lookupApplication } from "@/lib/applications/lookup";
import { isLocale } from "@/lib/i18n/config";

export type LookupState = { seq: number; error?: "errors.lookupFailed" | "rateLimited"; retryAfterMinutes?: number; number: string };

/** Number + password → an applicant session and the status page; the same answer for any failure. */
export async function lookup(locale: string, state: LookupState, formData: FormData): Promise<LookupState> {
  if (!isLocale(locale)) redirect("/");
  const number = formData.get("number");
  const result = await lookupApplication({ number, password: formData.get("password") }, await clientKey());
  // Only the number comes back to the form (never the password), capped like the schema.
  const typed = typeof number === "string" ? number.slice(0, 40) : "";
  if (result.ok) {
    await writeSessionToken(result.sessionToken, result.expiresAt);
    redirect(`/${locale}/seguimiento/estado`);
  }
  if (result.reason === "rate-limited") return { seq: state.seq + 1, error: "rateLimited", retryAfterMinutes: Math.ceil(result.retryAfterSeconds / 60), number: typed };
  return { seq: state.seq + 1, error: "errors.lookupFailed", number: typed };
}

/** Ends the applicant session on this browser. */
export async function signOut(locale: string): Promise<void> {
  await clearSessionToken();
  redirect(`/${isLocale(locale) ? locale : "es"}/seguimiento`);
}
