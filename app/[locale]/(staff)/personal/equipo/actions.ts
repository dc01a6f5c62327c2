"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// The admin check and the step-up (the admin's own password again) happen inside each lib mutation.

import { redirect } from "next/navigation";
import type { ActionState } from "@/components/staff/action-form";
import { clientKey, requestOrigin } from "@/lib/http/request-client";
import { ENROLMENT_HOURS, enrolmentUrl } from "@/lib/auth/enrolment-links";
import { staffCreateSchema, type StaffUpdateInput } from "@/lib/auth/schemas";
import { getStaff } from "@/lib/auth/session";
import { createStaffMember, updateStaffMember } from "@/lib/auth/team";
import { DomainError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { getTranslator, type MessageKey } from "@/lib/i18n/messages";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");

/** A refusal in the admin's words; anything unexpected is rethrown. */
function refusal(locale: Locale, state: ActionState, error: unknown, values: ActionState["values"]): ActionState {
  if (!(error instanceof DomainError)) throw error;
  const t = getTranslator(locale);
  const seq = state.seq + 1;
  if (error.code === "UNAUTHENTICATED") redirect(`/${locale}/personal/entrar`);
  if (error.code === "RATE_LIMITED") return { seq, values, formError: t("staff.account.rateLimited", { minutes: Math.ceil(((error.cause as { retryAfterSeconds?: number })?.retryAfterSeconds ?? 60) / 60) }) };
  const cause = error.cause as { field?: string; message?: string } | undefined;
  if (cause?.field === "stepUp") return { seq, values, fieldErrors: { stepUp: t((cause.message ?? "staff.errors.stepUpFailed") as MessageKey) } };
  if (error.code === "CONFLICT") return { seq, values, fieldErrors: { email: t("staff.team.emailTaken") } };
  if (error.code === "INVALID_INPUT") return { seq, values, formError: t("staff.team.cannotChange") };
  return { seq, values, formError: t("staff.errors.forbidden") };
}

/** The link to hand over, and until when it works. */
async function linkNotice(locale: Locale, email: string, token: string, key: "staff.team.created" | "staff.team.resetDone") {
  const t = getTranslator(locale);
  return t(key, { email, link: enrolmentUrl(await requestOrigin(), locale, token), hours: ENROLMENT_HOURS });
}

/** Admin: a new official. No password is shown: the notice carries their one-time enrolment link. */
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
    const created = await createStaffMember(await getStaff(), parsed.data, text(formData.get("stepUp")), { client: await clientKey() });
    return { seq: state.seq + 1, notice: await linkNotice(locale, parsed.data.email, created.token, "staff.team.created") };
  } catch (error) {
    return refusal(locale, state, error, values);
  }
}

/** Admin: role, disable/enable, offices, end sessions, reset access — one form per change. */
export async function updateMember(locale: string, id: string, email: string, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const t = getTranslator(locale);
  const change = text(formData.get("change"));
  const role = text(formData.get("role"));
  const offices = formData.getAll("offices").map((v) => Number(v)).slice(0, 200);
  const input: StaffUpdateInput | null =
    change === "role"
      ? { id, role: role as never }
      : change === "disable"
        ? { id, disabled: true }
        : change === "enable"
          ? { id, disabled: false }
          : change === "reset"
            ? { id, resetAccess: true }
            : change === "sessions"
              ? { id, endSessions: true }
              : change === "offices"
                ? { id, offices, national: formData.get("national") === "1" }
                : null;
  const values = { role, offices: offices.map(String), ...(formData.get("national") === "1" ? { national: ["1"] } : {}) };
  if (!input) return { seq: state.seq + 1, formError: t("staff.errors.invalid") };
  try {
    const result = await updateStaffMember(await getStaff(), input, text(formData.get("stepUp")), { client: await clientKey() });
    if (result.enrolment) return { seq: state.seq + 1, notice: await linkNotice(locale, email, result.enrolment.token, "staff.team.resetDone") };
  } catch (error) {
    return refusal(locale, state, error, values);
  }
  redirect(`/${locale}/personal/equipo?hecho=1`);
}
