"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.

import { redirect } from "next/navigation";
import type { StepActionState } from "@/lib/forms/types";
import { readDraftToken, writeDraftToken, writeSessionToken } from "@/lib/applications/cookies";
import { clientKey } from "@/lib/http/request-client";
import { createApplicantSession, saveDraftStep, startDraft, submitDraft } from "@/lib/applications/mutations";
import { isFormStep } from "@/lib/applications/steps";
import { isLocale } from "@/lib/i18n/config";

function formValues(formData: FormData): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION")) continue;
    // A repeated field or a file is not something this form sends: keep it as a non-string so it fails validation.
    values[key] = key in values || typeof value !== "string" ? [value] : value;
  }
  return values;
}

/** Starts a request form: a new draft and its cookie, then the first step. */
export async function startApplication(locale: string, slug: string): Promise<void> {
  if (!isLocale(locale)) redirect("/");
  const draft = await startDraft(slug, locale, await clientKey());
  if (!draft) redirect(`/${locale}/tramites`);
  if (!("token" in draft)) redirect(`/${locale}/tramites/${slug}/solicitud?limite=${Math.ceil(draft.retryAfterSeconds / 60)}`);
  await writeDraftToken(slug, draft.token);
  redirect(`/${locale}/tramites/${slug}/solicitud/datos-personales`);
}

/** Saves one step (validated by the step's schema), then goes to the next step or back to the review. */
export async function saveStep(locale: string, slug: string, step: string, state: StepActionState, formData: FormData): Promise<StepActionState> {
  if (!isLocale(locale) || !isFormStep(step)) return { seq: state.seq + 1, formError: "errors.invalidRequest", fieldErrors: {}, values: {} };
  const returnToReview = formData.get("volver") === "revisar";
  const result = await saveDraftStep(await readDraftToken(slug), slug, step, formValues(formData), returnToReview);
  if (result.ok) redirect(`/${locale}/tramites/${slug}/solicitud/${result.next}`);
  if (result.formError === "expired") redirect(`/${locale}/tramites/${slug}/solicitud?expirada=1`);
  return {
    seq: state.seq + 1,
    formError: result.formError ? `errors.${result.formError}` : undefined,
    fieldErrors: result.fieldErrors,
    values: result.values,
  };
}

/**
 * Sends the application. The draft is the idempotency key: a second click, a retry or the back
 * button lands on the same confirmation, never on a second application.
 */
export async function submitApplication(locale: string, slug: string, formData: FormData): Promise<void> {
  if (!isLocale(locale)) redirect("/");
  const values = formValues(formData);
  const result = await submitDraft(await readDraftToken(slug), slug, await clientKey(), { office: values.office, notify: values.notify, notifyLocale: values.notifyLocale ?? "" });
  if (!result.ok) {
    if (result.formError === "rate-limited") redirect(`/${locale}/tramites/${slug}/solicitud/revisar?limite=${Math.ceil(result.retryAfterSeconds / 60)}`);
    if (result.formError === "office") redirect(`/${locale}/tramites/${slug}/solicitud/revisar?error=oficina`);
    if (result.formError === "notifications") redirect(`/${locale}/tramites/${slug}/solicitud/revisar?error=avisos`);
    if (result.formError === "incomplete") redirect(`/${locale}/tramites/${slug}/solicitud/${result.step}?revisar=1`);
    redirect(`/${locale}/tramites/${slug}/solicitud?expirada=1`);
  }
  const session = await createApplicantSession(result.applicationId);
  await writeSessionToken(session.token, session.expiresAt);
  redirect(`/${locale}/tramites/${slug}/solicitud/confirmacion`);
}
