"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// The admin check happens inside each lib mutation.

import { redirect } from "next/navigation";
import type { ActionState } from "@/components/staff/action-form";
import { createStaffMember, updateStaffMember } from "@/lib/auth/mutations";
import { staffCreateSchema } from "@/lib/auth/schemas";
import { getStaff } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator, type MessageKey } from "@/lib/i18n/messages";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");

/** Admin: a new official; the first password is shown once, here. */
export async function createMember(locale: string, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const t = getTranslator(locale);
  const values = { email: text(formData.get("email")).slice(0, 254), name: text(formData.get("name")).slice(0, 120), role: text(formData.get("role")) };
  const parsed = staffCreateSchema.safeParse(values);
  if (!parsed.success) {
    const fieldErrors: Record<string, string> = {};
    for (const issue of parsed.error.issues) fieldErrors[String(issue.path[0])] ??= t(issue.message as MessageKey);
    return { seq: state.seq + 1, values, fieldErrors };
  }
  try {
    const { password } = await createStaffMember(await getStaff(), parsed.data);
    return { seq: state.seq + 1, notice: t("staff.team.created", { email: parsed.data.email, password }) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "UNAUTHENTICATED") redirect(`/${locale}/personal/entrar`);
    if (error.code === "CONFLICT") return { seq: state.seq + 1, values, fieldErrors: { email: t("staff.team.emailTaken") } };
    return { seq: state.seq + 1, values, formError: t("staff.errors.forbidden") };
  }
}

/** Admin: role, disable/enable, reset second factor, end sessions — one button per change. */
export async function updateMember(locale: string, id: string, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const t = getTranslator(locale);
  const change = text(formData.get("change"));
  const role = text(formData.get("role"));
  const input =
    change === "role" ? { id, role } : change === "disable" ? { id, disabled: true } : change === "enable" ? { id, disabled: false } : change === "reset" ? { id, resetSecondFactor: true } : change === "sessions" ? { id, endSessions: true } : null;
  if (!input) return { seq: state.seq + 1, formError: t("staff.errors.invalid") };
  try {
    await updateStaffMember(await getStaff(), input);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "UNAUTHENTICATED") redirect(`/${locale}/personal/entrar`);
    return { seq: state.seq + 1, values: { role }, formError: t(error.code === "INVALID_INPUT" ? "staff.team.cannotChange" : "staff.errors.forbidden") };
  }
  redirect(`/${locale}/personal/equipo?hecho=1`);
}
