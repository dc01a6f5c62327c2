"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { clientKey } from "@/lib/http/request-client";
import { completeEnrolmentPassword } from "@/lib/auth/enrolment";
import { signInWithPassword, signOut, verifySecondFactor } from "@/lib/auth/mutations";
import { clearStaffCookie, readStaffCookie, writeStaffCookie } from "@/lib/auth/session";
import { minutesToWait } from "@/lib/errors";
import { readText, type ActionState } from "@/lib/forms/action-state";
import { isLocale } from "@/lib/i18n/config";

/** Email + password → a pending sign-in and the second-factor page. The same answer for any failure. */
export async function signIn(locale: string, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const email = readText(formData, "email", 254);
  const result = await signInWithPassword({ email, password: formData.get("password") }, await clientKey());
  if (result.ok) {
    await writeStaffCookie("pending", result.pendingToken);
    redirect(`/${locale}/personal/entrar/codigo`);
  }
  const answer = { seq: state.seq + 1, values: { email }, fieldErrors: {} };
  if (result.reason === "RATE_LIMITED")
    return {
      ...answer,
      formError: "staff.signIn.rateLimited",
      params: { minutes: minutesToWait(result.retryAfterSeconds) },
    };
  if (result.reason === "INVALID_INPUT") {
    // Only an empty field is named; any other malformed input gets the same answer as a wrong password.
    const fieldErrors: Record<string, string> = {};
    if (!email.trim()) fieldErrors.email = "staff.signIn.emailRequired";
    if (!readText(formData, "password")) fieldErrors.password = "staff.signIn.passwordRequired";
    if (Object.keys(fieldErrors).length) return { ...answer, fieldErrors };
  }
  return { ...answer, formError: "staff.signIn.failed" };
}

/** The six-digit code of the authenticator app → the staff session (a new token) and the back-office. */
export async function verifyCode(locale: string, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const result = await verifySecondFactor(
    await readStaffCookie("pending"),
    { code: formData.get("code") },
    Date.now(),
    { client: await clientKey(), userAgent: (await headers()).get("user-agent") },
  );
  if (result.ok) {
    await clearStaffCookie("pending");
    await writeStaffCookie("session", result.sessionToken);
    redirect(`/${locale}/personal`);
  }
  if (result.reason === "expired") redirect(`/${locale}/personal/entrar?caducado=1`);
  const answer = { seq: state.seq + 1, values: {}, fieldErrors: {} };
  if (result.reason === "RATE_LIMITED")
    return {
      ...answer,
      formError: "staff.code.rateLimited",
      params: { minutes: minutesToWait(result.retryAfterSeconds) },
    };
  return {
    ...answer,
    fieldErrors: { code: result.reason === "INVALID_INPUT" ? "staff.code.format" : "staff.code.failed" },
  };
}

/** Ends the session on the server and forgets the cookie. */
export async function signOutStaff(locale: string): Promise<void> {
  await signOut(await readStaffCookie("session"), { client: await clientKey() });
  await clearStaffCookie("session");
  redirect(`/${isLocale(locale) ? locale : "es"}/personal/entrar?salida=1`);
}

/**
 * Enrolment link, step 1: the official chooses their password. The link is used up; the second-factor
 * page then shows the new authenticator secret, and its first code completes the sign-in.
 */
export async function enrol(
  locale: string,
  token: string,
  state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const result = await completeEnrolmentPassword(
    token,
    { password: formData.get("password"), confirm: formData.get("confirm") },
    { client: await clientKey() },
  );
  if (result.ok) {
    await writeStaffCookie("pending", result.pendingToken);
    redirect(`/${locale}/personal/entrar/codigo`);
  }
  if (result.reason === "expired") redirect(`/${locale}/personal/alta/caducado`);
  return { seq: state.seq + 1, values: {}, fieldErrors: result.fieldErrors };
}
