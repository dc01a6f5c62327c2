"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// Authorisation and validation happen inside each lib mutation; these only hand the result to the page.

import { redirect } from "next/navigation";
import { normalizeApplicationNumber } from "@/lib/applications/number";
import { addApplicationNote, assignApplication, transitionApplication } from "@/lib/applications/staff-mutations";
import { getStaff } from "@/lib/auth/session";
import { actionStateFromError, readText, readTexts, type ActionState } from "@/lib/forms/action-state";
import { isLocale } from "@/lib/i18n/config";
import { staffRefusal } from "../../refusals";

/** Back to the detail page after a change, saying it was saved. */
function detailPage(locale: string, number: string, done: string): never {
  redirect(
    `/${locale}/personal/solicitudes/${normalizeApplicationNumber(number) ?? ""}?hecho=${encodeURIComponent(done)}`,
  );
}

/** A step of the status machine (receive, review, request documents, approve, deny, …). */
export async function transition(
  locale: string,
  number: string,
  applicationId: number,
  state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const values = {
    message: readText(formData, "message", 4000),
    evidence: readText(formData, "evidence", 4000),
    requirements: readTexts(formData, "requirements"),
  };
  const to = readText(formData, "to", 40);
  try {
    await transitionApplication(
      { applicationId, expectedVersion: readText(formData, "expectedVersion", 20), to, ...values },
      await getStaff(),
    );
  } catch (error) {
    return actionStateFromError(error, state, values, staffRefusal(locale));
  }
  detailPage(locale, number, to);
}

/** An internal note, or a clerk's proposed resolution. */
export async function addNote(
  locale: string,
  number: string,
  applicationId: number,
  state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const values = { body: readText(formData, "body", 4000), proposal: readText(formData, "proposal", 20) };
  try {
    await addApplicationNote({ applicationId, body: values.body, proposal: values.proposal || null }, await getStaff());
  } catch (error) {
    return actionStateFromError(error, state, values, staffRefusal(locale));
  }
  detailPage(locale, number, "nota");
}

/** Supervisor: who works on it. */
export async function assign(
  locale: string,
  number: string,
  applicationId: number,
  state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const values = { assigneeId: readText(formData, "assigneeId", 40) };
  try {
    await assignApplication(
      { applicationId, expectedVersion: readText(formData, "expectedVersion", 20), assigneeId: values.assigneeId },
      await getStaff(),
    );
  } catch (error) {
    return actionStateFromError(error, state, values, staffRefusal(locale));
  }
  detailPage(locale, number, "asignacion");
}
