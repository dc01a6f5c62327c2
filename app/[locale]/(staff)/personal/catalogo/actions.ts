"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// The role check and the validation happen inside the lib mutation.

import { redirect } from "next/navigation";
import { getStaff } from "@/lib/auth/session";
import { startNewProcedure } from "@/lib/catalogue/mutations";
import { actionStateFromError, readText, type ActionState } from "@/lib/forms/action-state";
import { isLocale } from "@/lib/i18n/config";
import { staffRefusal } from "../refusals";

/** Editor: starts the draft of a new procedure (empty or copied from another) and opens it in the editor. */
export async function createProcedure(locale: string, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const values = { slug: readText(formData, "slug", 200), copyFrom: readText(formData, "copyFrom", 200) };
  try {
    await startNewProcedure(await getStaff(), {
      slug: values.slug,
      ...(values.copyFrom ? { copyFrom: values.copyFrom } : {}),
    });
  } catch (error) {
    return actionStateFromError(error, state, values, staffRefusal(locale));
  }
  redirect(`/${locale}/personal/catalogo/${values.slug.trim()}/editar`);
}
