"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// The official is always the one of the session cookie; the lib functions check it again.

import { redirect } from "next/navigation";
import { clientKey } from "@/lib/http/request-client";
import { changeOwnPassword, endOwnSessions } from "@/lib/auth/account";
import { clearStaffCookie, getStaff } from "@/lib/auth/session";
import { actionStateFromError, readText, type ActionState } from "@/lib/forms/action-state";
import { isLocale } from "@/lib/i18n/config";
import { staffRefusal } from "../refusals";

/** Current password, then the new one twice; every other session of the account ends. */
export async function changePassword(locale: string, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const staff = await getStaff();
  if (!staff) redirect(`/${locale}/personal/entrar`);
  const seq = state.seq + 1;
  try {
    const result = await changeOwnPassword(
      staff,
      {
        current: readText(formData, "current"),
        password: readText(formData, "password"),
        confirm: readText(formData, "confirm"),
      },
      { client: await clientKey() },
    );
    if (result.ok) return { seq, values: {}, fieldErrors: {}, notice: "staff.account.passwordChanged" };
    return { seq, values: {}, fieldErrors: result.fieldErrors };
  } catch (error) {
    return actionStateFromError(error, state, {}, staffRefusal(locale, { RATE_LIMITED: "staff.account.rateLimited" }));
  }
}

/** Ends one of the official's own sessions (or every other one); ending the current one signs out. */
export async function endSession(locale: string, id: string, _state: ActionState): Promise<ActionState> {
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
