"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// Authorisation and validation happen inside the lib mutation; this only hands the result to the page.

import { redirect } from "next/navigation";
import { getStaff } from "@/lib/auth/session";
import { actionStateFromError, readText, type ActionState } from "@/lib/forms/action-state";
import { isLocale } from "@/lib/i18n/config";
import { markFeedbackHandled } from "@/lib/participation/mutations";
import { staffRefusal } from "../refusals";

/** Marks a page comment or a survey answer as handled with a note; back to the same filters and item. */
export async function markHandled(
  locale: string,
  backQuery: string,
  state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const values = { note: readText(formData, "note", 4000) };
  const kind = readText(formData, "kind", 20);
  const id = readText(formData, "id", 20);
  try {
    await markFeedbackHandled(
      { kind, id, version: readText(formData, "version", 20), note: values.note },
      await getStaff(),
    );
  } catch (error) {
    return actionStateFromError(
      error,
      state,
      values,
      staffRefusal(locale, { CONFLICT: "participation.staff.conflict", NOT_FOUND: "participation.staff.notFound" }),
    );
  }
  // Only the filters the page itself understands go back into the address.
  const back = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(backQuery))
    if (["procedure", "office", "from", "to"].includes(key) && value.length <= 120) back.set(key, value);
  back.set("hecho", `${kind}-${id}`);
  redirect(`/${locale}/personal/participacion?${back}#${kind}-${id}`);
}
