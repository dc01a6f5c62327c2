"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// Authorisation happens again inside each lib mutation; these only translate results for the page.

import { redirect } from "next/navigation";
import type { ActionState } from "@/components/staff/action-form";
import { normalizeApplicationNumber } from "@/lib/applications/number";
import { addApplicationNote, assignApplication, transitionApplication } from "@/lib/applications/staff-mutations";
import { getStaff } from "@/lib/auth/session";
import { DomainError } from "@/lib/errors";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";

const text = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : "");

/** Turns a refusal into the page's words, keeping what was typed; anything unexpected is rethrown. */
function refusal(locale: Locale, state: ActionState, error: unknown, values: ActionState["values"]): ActionState {
  if (!(error instanceof DomainError)) throw error;
  const t = getTranslator(locale);
  const seq = state.seq + 1;
  if (error.code === "UNAUTHENTICATED") redirect(`/${locale}/personal/entrar`);
  if (error.code === "CONFLICT") return { seq, values, formError: t("staff.errors.conflict") };
  if (error.code === "FORBIDDEN") return { seq, values, formError: t("staff.errors.forbidden") };
  if (error.code === "NOT_FOUND") return { seq, values, formError: t("staff.errors.notFound") };
  const field = (error.cause as { field?: string } | undefined)?.field;
  if (field === "message") return { seq, values, fieldErrors: { message: t("staff.errors.reasonRequired") } };
  if (field === "requirements") return { seq, values, fieldErrors: { requirements: t("staff.errors.requirementsRequired") } };
  if (field === "evidence") return { seq, values, fieldErrors: { evidence: t("staff.errors.evidenceRequired") } };
  if (field === "transition") return { seq, values, formError: t("staff.errors.conflict") };
  return { seq, values, formError: t("staff.errors.invalid") };
}

/** Back to the detail page after a change, saying it was saved. */
function detailPage(locale: string, number: string, done: string): never {
  redirect(`/${locale}/personal/solicitudes/${normalizeApplicationNumber(number) ?? ""}?hecho=${encodeURIComponent(done)}`);
}

/** A step of the status machine (receive, review, request documents, approve, deny, …). */
export async function transition(locale: string, number: string, applicationId: number, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const values = { message: text(formData.get("message")).slice(0, 4000), evidence: text(formData.get("evidence")).slice(0, 4000), requirements: formData.getAll("requirements").map(String).slice(0, 100) };
  const to = text(formData.get("to"));
  try {
    await transitionApplication({ applicationId, expectedVersion: text(formData.get("expectedVersion")) as never, to, message: values.message, evidence: values.evidence, requirements: values.requirements as never }, await getStaff());
  } catch (error) {
    return refusal(locale, state, error, values);
  }
  detailPage(locale, number, to);
}

/** An internal note, or a clerk's proposed resolution. */
export async function addNote(locale: string, number: string, applicationId: number, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const values = { body: text(formData.get("body")).slice(0, 4000), proposal: text(formData.get("proposal")) };
  const t = getTranslator(locale);
  if (!values.body.trim()) return { seq: state.seq + 1, values, fieldErrors: { body: t("staff.errors.noteRequired") } };
  try {
    await addApplicationNote({ applicationId, body: values.body, proposal: (values.proposal || null) as never }, await getStaff());
  } catch (error) {
    return refusal(locale, state, error, values);
  }
  detailPage(locale, number, "nota");
}

/** Supervisor: who works on it. */
export async function assign(locale: string, number: string, applicationId: number, state: ActionState, formData: FormData): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const values = { assigneeId: text(formData.get("assigneeId")) };
  try {
    await assignApplication({ applicationId, expectedVersion: text(formData.get("expectedVersion")) as never, assigneeId: values.assigneeId }, await getStaff());
  } catch (error) {
    return refusal(locale, state, error, values);
  }
  detailPage(locale, number, "asignacion");
}
