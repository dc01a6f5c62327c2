"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// The permission check happens inside the lib mutation.

import { redirect } from "next/navigation";
import { getStaff } from "@/lib/auth/session";
import { actionStateFromError, fieldErrorsFromZod, readText, type ActionState } from "@/lib/forms/action-state";
import { isLocale } from "@/lib/i18n/config";
import { getOrCreateShortLink } from "@/lib/posters/mutations";
import { posterRequestSchema } from "@/lib/posters/schemas";
import { staffRefusal } from "../refusals";

/** Creates (or finds) the poster's permanent short code, then shows its downloads. */
export async function generatePoster(locale: string, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const values = {
    kind: readText(formData, "kind", 120),
    procedure: readText(formData, "procedure", 120),
    office: readText(formData, "office", 120),
  };
  const parsed = posterRequestSchema.safeParse(values);
  if (!parsed.success) return { seq: state.seq + 1, values, fieldErrors: fieldErrorsFromZod(parsed.error.issues) };
  let code: string;
  try {
    code = (await getOrCreateShortLink(await getStaff(), parsed.data)).code;
  } catch (error) {
    return actionStateFromError(error, state, values, staffRefusal(locale, { NOT_FOUND: "posters.errors.notFound" }));
  }
  redirect(`/${locale}/personal/carteles?codigo=${code}`);
}
