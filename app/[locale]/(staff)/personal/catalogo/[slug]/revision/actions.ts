"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// The publisher check, the two-person rule, the revision check and the validation happen inside the lib mutations.

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { can } from "@/lib/auth/permissions";
import { getStaff } from "@/lib/auth/session";
import { publishDraft, returnDraft } from "@/lib/catalogue/mutations";
import { revalidateCataloguePages } from "@/lib/catalogue/revalidate";
import { DomainError } from "@/lib/errors";
import { actionStateFromError, readText, type ActionState } from "@/lib/forms/action-state";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { staffRefusal } from "../../../refusals";

/** How a refusal reads on the review page: why, and what to do about it. */
async function refusal(locale: Locale) {
  const staff = await getStaff();
  return staffRefusal(locale, {
    // A publisher refused here edited the draft; anyone else lacks the publisher role.
    FORBIDDEN: can(staff?.role, "catalogue.publish")
      ? "catalogueWorkflow.publish.ownDraft"
      : "catalogueWorkflow.publish.notPublisher",
    CONFLICT: "catalogueWorkflow.publish.conflict",
    NOT_FOUND: "catalogueWorkflow.publish.gone",
  });
}

const reviewPath = (locale: Locale, slug: string) => `/${locale}/personal/catalogo/${slug}/revision`;

/**
 * Publisher: publishes the submitted draft, at once or from the date (and time) given, in the institution's
 * time zone. A problem in the document itself is listed on the page (re-rendered), not in this form.
 */
export async function publish(
  locale: string,
  slug: string,
  draftId: number,
  state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const values = {
    effectiveDate: readText(formData, "effectiveDate", 20).trim(),
    effectiveTime: readText(formData, "effectiveTime", 10).trim(),
  };
  if (values.effectiveTime && !values.effectiveDate)
    return {
      seq: state.seq + 1,
      values,
      fieldErrors: { effectiveDate: "catalogueWorkflow.publish.timeWithoutDate" },
    };
  const effectiveAt = values.effectiveDate
    ? values.effectiveTime
      ? `${values.effectiveDate}T${values.effectiveTime}`
      : values.effectiveDate
    : undefined;
  let number: number;
  try {
    ({ number } = await publishDraft(await getStaff(), draftId, {
      revision: readText(formData, "revision", 12),
      effectiveAt,
    }));
  } catch (error) {
    if (error instanceof DomainError && error.code === "INVALID_INPUT" && error.fieldErrors) {
      const { effectiveAt: dateError, revision, ...documentErrors } = error.fieldErrors;
      if (dateError) return { seq: state.seq + 1, values, fieldErrors: { effectiveDate: dateError } };
      if (Object.keys(documentErrors).length) {
        revalidatePath(reviewPath(locale, slug));
        return { seq: state.seq + 1, values, fieldErrors: {}, formError: "catalogueWorkflow.publish.incomplete" };
      }
      if (revision)
        return { seq: state.seq + 1, values, fieldErrors: {}, formError: "catalogueWorkflow.publish.conflict" };
    }
    return actionStateFromError(error, state, values, await refusal(locale));
  }
  revalidateCataloguePages();
  redirect(`${reviewPath(locale, slug)}?publicada=${number}`);
}

/** Publisher: sends the draft back to its editors with the reason (required). */
export async function sendBack(
  locale: string,
  slug: string,
  draftId: number,
  state: ActionState,
  formData: FormData,
): Promise<ActionState> {
  if (!isLocale(locale)) redirect("/");
  const values = { comment: readText(formData, "comment", 4000) };
  try {
    await returnDraft(await getStaff(), draftId, { revision: readText(formData, "revision", 12), ...values });
  } catch (error) {
    return actionStateFromError(error, state, values, await refusal(locale));
  }
  redirect(`${reviewPath(locale, slug)}?devuelta=1`);
}
