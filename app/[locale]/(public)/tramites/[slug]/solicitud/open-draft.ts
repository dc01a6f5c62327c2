import "server-only";
import { redirect } from "next/navigation";
import { readDraftToken } from "@/lib/applications/cookies";
import { getDraftState } from "@/lib/applications/queries";
import type { ApplicationAnswers } from "@/lib/applications/fields";
import type { FormPrefill } from "@/lib/applications/prefill";
import type { Locale } from "@/lib/i18n/config";

/**
 * Answers and prefill of this browser's open draft for the procedure. A draft already sent goes to its
 * confirmation (e.g. after the back button); none or an expired one goes to the start page.
 */
export async function requireOpenDraft(
  locale: Locale,
  slug: string,
): Promise<{ answers: Partial<ApplicationAnswers>; prefill: FormPrefill }> {
  const token = await readDraftToken(slug);
  const draft = await getDraftState(token, slug);
  if (draft.status === "submitted") redirect(`/${locale}/tramites/${slug}/solicitud/confirmacion`);
  if (draft.status === "none") redirect(`/${locale}/tramites/${slug}/solicitud${token ? "?expirada=1" : ""}`);
  return { answers: draft.answers, prefill: draft.prefill };
}
