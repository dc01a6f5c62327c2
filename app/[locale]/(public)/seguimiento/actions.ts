"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.

import { redirect } from "next/navigation";
import { takeApplicantCookies, writeSessionToken } from "@/lib/applications/cookies";
import { clientKey } from "@/lib/http/request-client";
import { lookupApplication } from "@/lib/applications/lookup";
import { endApplicantVisit } from "@/lib/applications/mutations";
import { minutesToWait } from "@/lib/errors";
import { readText, type ActionState } from "@/lib/forms/action-state";
import { isLocale } from "@/lib/i18n/config";

/**
 * Number + password → an applicant session and the status page. Unknown number, wrong password and a
 * malformed pair get the same answer, so the form never tells which numbers exist.
 */
export async function lookup(locale: string, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const result = await lookupApplication(
    { number: formData.get("number"), password: formData.get("password") },
    await clientKey(),
  );
  if (result.ok) {
    await writeSessionToken(result.sessionToken, result.expiresAt);
    redirect(`/${locale}/seguimiento/estado`);
  }
  // Only the number comes back to the form (never the password), capped like the schema.
  const answer = { seq: state.seq + 1, values: { number: readText(formData, "number", 40) }, fieldErrors: {} };
  if (result.reason === "RATE_LIMITED")
    return { ...answer, formError: "lookup.rateLimited", params: { minutes: minutesToWait(result.retryAfterSeconds) } };
  return { ...answer, formError: "errors.lookupFailed" };
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
