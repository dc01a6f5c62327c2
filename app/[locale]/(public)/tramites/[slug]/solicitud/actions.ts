"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.

import { redirect } from "next/navigation";
import type { ActionState } from "@/lib/forms/action-state";
import { readDraftToken, writeDraftToken, writeSessionToken } from "@/lib/applications/cookies";
import { STEP_SLUGS, stepFromSlug, type FormStep } from "@/lib/applications/fields";
import { clientKey } from "@/lib/http/request-client";
import { createApplicantSession, saveDraftStep, startDraft, submitDraft } from "@/lib/applications/mutations";
import { getGuide } from "@/lib/guide/data";
import { GUIDE_PREFILL_PARAM, prefillFromGuide } from "@/lib/guide/prefill";
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

/**
 * Starts a request form: a new draft and its cookie, then the first step. Coming from the guide, its answers
 * (walked again here, never taken as values) give the values the steps start with.
 */
export async function startApplication(locale: string, slug: string, formData?: FormData): Promise<void> {
  if (!isLocale(locale)) redirect("/");
  const guideQuery = formData?.get(GUIDE_PREFILL_PARAM);
  const prefill = typeof guideQuery === "string" ? prefillFromGuide(getGuide(), guideQuery, slug) : undefined;
  const draft = await startDraft(slug, locale, await clientKey(), prefill);
  if (!draft) redirect(`/${locale}/tramites`);
  // The start page explains why (it shows the retirement notice instead of the button).
  if ("retired" in draft) redirect(`/${locale}/tramites/${slug}/solicitud`);
  if (!("token" in draft)) {
    // Back to the start page, still carrying the guide's answers so a later start keeps them.
    const query = new URLSearchParams({ limite: String(Math.ceil(draft.retryAfterSeconds / 60)) });
    if (typeof guideQuery === "string") query.set(GUIDE_PREFILL_PARAM, guideQuery);
    redirect(`/${locale}/tramites/${slug}/solicitud?${query}`);
  }
  await writeDraftToken(slug, draft.token);
  redirect(stepPath(locale, slug, "personal"));
}

/** The URL of a step (or of the review page) of a procedure's form. */
function stepPath(locale: string, slug: string, step: FormStep | "review"): string {
  return `/${locale}/tramites/${slug}/solicitud/${step === "review" ? "revisar" : STEP_SLUGS[step]}`;
}

/**
 * Saves one step (validated by the step's schema), then goes to the next step or back to the review.
 * `step` is the URL segment the form was posted from; a draft already sent or gone goes to the start page.
 */
export async function saveStep(
  locale: string,
  slug: string,
  segment: string,
  state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  const step = stepFromSlug(segment);
  if (!isLocale(locale) || !step)
    return { seq: state.seq + 1, formError: "errors.invalidRequest", fieldErrors: {}, values: {} };
  const returnToReview = formData.get("volver") === "revisar";
  const result = await saveDraftStep(await readDraftToken(slug), slug, step, formValues(formData), returnToReview);
  if (result.ok) redirect(stepPath(locale, slug, result.next));
  if (result.reason === "NOT_FOUND") redirect(`/${locale}/tramites/${slug}/solicitud?expirada=1`);
  return {
    seq: state.seq + 1,
    formError: Object.keys(result.fieldErrors).length === 0 ? "errors.invalidRequest" : undefined,
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
  const result = await submitDraft(await readDraftToken(slug), slug, await clientKey(), {
    office: values.office,
    notify: values.notify,
    notifyLocale: values.notifyLocale ?? "",
  });
  if (!result.ok) {
    const review = stepPath(locale, slug, "review");
    if (result.reason === "RATE_LIMITED") redirect(`${review}?limite=${Math.ceil(result.retryAfterSeconds / 60)}`);
    // The review page shows the office question and the e-mail consent: the refused one is marked there.
    if (result.reason === "INVALID_INPUT")
      redirect(`${review}?error=${"office" in result.fieldErrors ? "oficina" : "avisos"}`);
    if (result.reason === "incomplete") redirect(`${stepPath(locale, slug, result.step)}?revisar=1`);
    if (result.reason === "RETIRED") redirect(`/${locale}/tramites/${slug}/solicitud`);
    redirect(`/${locale}/tramites/${slug}/solicitud?expirada=1`);
  }
  const session = await createApplicantSession(result.applicationId);
  await writeSessionToken(session.token, session.expiresAt);
  redirect(`/${locale}/tramites/${slug}/solicitud/confirmacion`);
}
