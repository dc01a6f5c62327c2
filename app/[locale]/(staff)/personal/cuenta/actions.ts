"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// The official is always the one of the session cookie; the lib functions check it again.

import { redirect } from "next/navigation";
import type { ActionState } from "@/components/staff/action-form";
import { clientKey } from "@/lib/http/request-client";
import { changeOwnPassword, endOwnSessions } from "@/lib/auth/account";
import { clearStaffCookie, getStaff } from "@/lib/auth/session";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator, type MessageKey } from "@/lib/i18n/messages";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");

/** Current password, then the new one twice; every other session of the account ends. */
export async function changePassword(locale: string, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const t = getTranslator(locale);
  const staff = await getStaff();
  if (!staff) redirect(`/${locale}/personal/entrar`);
  const result = await changeOwnPassword(staff, { current: text(formData.get("current")), password: text(formData.get("password")), confirm: text(formData.get("confirm")) }, { client: await clientKey() });
  if (result.ok) return { seq: state.seq + 1, notice: t("staff.account.passwordChanged") };
  if ("retryAfterSeconds" in result) return { seq: state.seq + 1, formError: t("staff.account.rateLimited", { minutes: Math.ceil(result.retryAfterSeconds / 60) }) };
  return { seq: state.seq + 1, fieldErrors: Object.fromEntries(Object.entries(result.fieldErrors).map(([field, key]) => [field, t(key as MessageKey)])) };
}

/** Ends one of the official's own sessions (or every other one); ending the current one signs out. */
export async function endSession(locale: string, id: string, state: ActionState): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const staff = await getStaff();
  if (!staff) redirect(`/${locale}/personal/entrar`);
  await endOwnSessions(staff, id, { client: await clientKey() });
  if (id === staff.sessionId) {
    await clearStaffCookie("session");
    redirect(`/${locale}/personal/entrar?salida=1`);
  }
  redirect(`/${locale}/personal/cuenta?sesiones=1`);
}
