"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.

import { redirect } from "next/navigation";
import { takeApplicantCookies, writeSessionToken } from "@/lib/applications/cookies";
import { clientKey } from "@/lib/http/request-client";
import { lookupApplication } from "@/lib/applications/lookup";
import { endApplicantVisit } from "@/lib/applications/mutations";
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

/**
 * "Sign out" on the status page and "Finish on this device" on the confirmation page: ends the session on
 * the server, deletes this browser's drafts and clears every applicant cookie, so the next person at a
 * shared device finds nothing of this one.
 */
export async function signOut(locale: string): Promise<void> {
  const taken = await takeApplicantCookies();
  await endApplicantVisit({ ...taken, client: await clientKey() });
  redirect(`/${isLocale(locale) ? locale : "es"}/seguimiento?fin=1`);
}
