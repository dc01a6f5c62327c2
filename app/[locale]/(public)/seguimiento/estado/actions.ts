"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.

import { redirect } from "next/navigation";
import { readSessionToken } from "@/lib/applications/cookies";
import { readText, type ActionState } from "@/lib/forms/action-state";
import { isLocale } from "@/lib/i18n/config";
import { setNotifyUpdatesForSession } from "@/lib/notifications/mutations";
import { submitSurvey } from "@/lib/participation/mutations";
import { SURVEY_FIELDS } from "@/lib/participation/schemas";

/**
 * The satisfaction survey: the application comes from the applicant session, never from the form.
 * Sent or already answered → back to the status page, which says so; invalid → what was typed comes back.
 */
export async function sendSurvey(locale: string, state: ActionState, formData: FormData): Promise<ActionState> {
  const lang = isLocale(locale) ? locale : "es";
  const values = Object.fromEntries(SURVEY_FIELDS.map((name) => [name, readText(formData, name, 2000)]));
  const result = await submitSurvey(await readSessionToken(), values);
  if (result.ok) redirect(`/${lang}/seguimiento/estado?encuesta=enviada#encuesta`);
  if (result.reason === "CONFLICT") redirect(`/${lang}/seguimiento/estado?encuesta=contestada#encuesta`);
  if (result.reason === "UNAUTHENTICATED") redirect(`/${lang}/seguimiento`);
  if (result.reason === "INVALID_INPUT") return { seq: state.seq + 1, fieldErrors: result.fieldErrors, values };
  return { seq: state.seq + 1, formError: "participation.survey.unavailable", fieldErrors: {}, values };
}

/** The e-mail updates switch: the application comes from the applicant session, never from the form. */
export async function switchUpdates(locale: string, formData: FormData): Promise<void> {
  const lang = isLocale(locale) ? locale : "es";
  const saved = await setNotifyUpdatesForSession(await readSessionToken(), { updates: formData.get("updates") });
  redirect(saved ? `/${lang}/seguimiento/estado?avisos=1#avisos` : `/${lang}/seguimiento`);
}
