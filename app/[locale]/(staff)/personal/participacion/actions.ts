"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// Authorisation happens inside the lib mutation; this only translates the result for the page.

import { redirect } from "next/navigation";
import type { ActionState } from "@/components/staff/action-form";
import { getStaff } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { markFeedbackHandled } from "@/lib/participation/mutations";
import { NOTE_MAX } from "@/lib/participation/schemas";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");

/** Marks a page comment or a survey answer as handled with a note; back to the same filters and item. */
export async function markHandled(locale: string, backQuery: string, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const t = getTranslator(locale);
  const values = { note: text(formData.get("note")).slice(0, 4000) };
  const seq = state.seq + 1;
  if (!values.note.trim()) return { seq, values, fieldErrors: { note: t("participation.staff.noteRequired") } };
  if (values.note.length > NOTE_MAX) return { seq, values, fieldErrors: { note: t("participation.staff.noteTooLong") } };
  const kind = text(formData.get("kind"));
  const id = text(formData.get("id"));
  try {
    await markFeedbackHandled({ kind, id, version: text(formData.get("version")), note: values.note }, await getStaff());
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "UNAUTHENTICATED") redirect(`/${locale}/personal/entrar`);
    if (error.code === "CONFLICT") return { seq, values, formError: t("participation.staff.conflict") };
    if (error.code === "FORBIDDEN") return { seq, values, formError: t("staff.errors.forbidden") };
    if (error.code === "NOT_FOUND") return { seq, values, formError: t("participation.staff.notFound") };
    return { seq, values, formError: t("staff.errors.invalid") };
  }
  // Only the filters the page itself understands go back into the address.
  const back = new URLSearchParams();
  for (const [key, value] of new URLSearchParams(backQuery)) if (["procedure", "office", "from", "to"].includes(key) && value.length <= 120) back.set(key, value);
  back.set("hecho", `${kind}-${id}`);
  redirect(`/${locale}/personal/participacion?${back}#${kind}-${id}`);
}
