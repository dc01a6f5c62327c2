"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// The permission check happens inside the lib mutation.

import { redirect } from "next/navigation";
import type { ActionState } from "@/components/staff/action-form";
import { getStaff } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator, type MessageKey } from "@/lib/i18n/messages";
import { getOrCreateShortLink } from "@/lib/posters/mutations";
import { posterRequestSchema } from "@/lib/posters/schemas";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v.slice(0, 120) : "");

/** Creates (or finds) the poster's permanent short code, then shows its downloads. */
export async function generatePoster(locale: string, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const t = getTranslator(locale);
  const values = { kind: text(formData.get("kind")), procedure: text(formData.get("procedure")), office: text(formData.get("office")) };
  const parsed = posterRequestSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= t(issue.message as MessageKey);
    return { seq: state.seq + 1, values, fieldErrors };
  }
  let code: string;
  try {
    code = (await getOrCreateShortLink(await getStaff(), parsed.data)).code;
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "UNAUTHENTICATED") redirect(`/${locale}/personal/entrar`);
    if (error.code === "NOT_FOUND") return { seq: state.seq + 1, values, formError: t("posters.errors.notFound") };
    return { seq: state.seq + 1, values, formError: t("staff.errors.forbidden") };
  }
  redirect(`/${locale}/personal/carteles?codigo=${code}`);
}
