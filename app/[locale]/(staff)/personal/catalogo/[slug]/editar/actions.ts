"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.
// Authorisation, the revision check and validation happen inside the lib mutations.

import { redirect } from "next/navigation";
import { getStaff } from "@/lib/auth/session";
import { editorPagePath, readEditorPost } from "@/lib/catalogue/editor-form";
import { getDraftStamp } from "@/lib/catalogue/editor-queries";
import { saveFromEditor } from "@/lib/catalogue/editor-save";
import type { AutosaveResult, EditorFormState } from "@/lib/catalogue/editor-types";
import { fieldId } from "@/lib/catalogue/form-data";
import { discardDraft, returnDraft } from "@/lib/catalogue/mutations";
import { DomainError, type ErrorCode } from "@/lib/errors";
import { actionStateFromError, readText } from "@/lib/forms/action-state";
import { formatDateTime } from "@/lib/i18n/format-date";
import { isLocale, type Locale } from "@/lib/i18n/config";
import { staffRefusal } from "../../../refusals";

/** How a refusal reads on the editor: a draft published or discarded meanwhile is not "not found". */
const refusal = (locale: Locale) => staffRefusal(locale, { NOT_FOUND: "catalogue.editor.draftGone" });
const AUTOSAVE_ERRORS: Partial<Record<ErrorCode, string>> = {
  UNAUTHENTICATED: "errors.unauthenticated",
  NOT_FOUND: "catalogue.editor.draftGone",
};

/** The conflict message's words: when the other save happened and who made it. */
async function conflictParams(draftId: number, locale: Locale) {
  const stamp = await getDraftStamp(await getStaff(), draftId).catch(() => null);
  return {
    time: stamp ? formatDateTime(stamp.savedAt, locale) : "",
    name: stamp?.savedBy ?? "",
  };
}

/**
 * Discard (once the editor ticks the confirmation) or take a submitted draft back to editing (a publisher
 * also says why). Neither saves what the form holds.
 */
async function draftStep(
  locale: Locale,
  slug: string,
  draftId: number,
  state: EditorFormState,
  formData: FormData,
  intent: "discard" | "withdraw",
): Promise<EditorFormState> {
  const post = readEditorPost(formData);
  const draft = { document: post.document, note: post.note, newSources: post.newSources };
  const revision = readText(formData, "revision", 12);
  if (intent === "discard" && formData.get("confirm") !== "yes")
    return { seq: state.seq + 1, values: {}, fieldErrors: { confirm: "catalogue.editor.confirmDiscard" }, draft };
  try {
    if (intent === "discard") await discardDraft(await getStaff(), draftId, { revision });
    else await returnDraft(await getStaff(), draftId, { revision, comment: readText(formData, "comment", 2000) });
  } catch (error) {
    return { ...actionStateFromError(error, state, {}, staffRefusal(locale)), draft };
  }
  redirect(
    intent === "discard" ? `/${locale}/personal/catalogo?descartado=1` : `${editorPagePath(locale, slug)}?retirado=1`,
  );
}

/**
 * The editor form: save, a list button (add / remove / move), withdraw the retirement, or submit for review.
 * A save that worked comes back to the page (focus on the row it touched); errors and conflicts stay on the
 * page with everything typed.
 */
export async function editDraft(
  locale: string,
  slug: string,
  draftId: number,
  state: EditorFormState,
  formData: FormData,
): Promise<EditorFormState> {
  if (!isLocale(locale)) redirect("/");
  const seq = state.seq + 1;
  const intent = readText(formData, "intent", 80);
  if (intent === "discard" || intent === "withdraw") return draftStep(locale, slug, draftId, state, formData, intent);
  let result;
  try {
    result = await saveFromEditor(await getStaff(), draftId, formData);
  } catch (error) {
    const post = readEditorPost(formData);
    const draft = { document: post.document, note: post.note, newSources: post.newSources };
    if (error instanceof DomainError && error.code === "CONFLICT") {
      const params = await conflictParams(draftId, locale);
      return {
        seq,
        values: {},
        fieldErrors: {},
        formError: params.name ? "catalogue.editor.conflictBy" : "catalogue.editor.conflict",
        params,
        draft,
      };
    }
    return { ...actionStateFromError(error, state, {}, refusal(locale)), draft };
  }
  // A save stays on the page (focus stays on the button); a row added, moved or removed comes back as a new
  // page, its rows rebuilt from the saved draft (JSON that does not parse stays saved as typed and is reported
  // again on the next save); a submitted draft comes back read-only.
  if (!result.focus && !result.submitted)
    return {
      seq,
      values: {},
      fieldErrors: result.fieldErrors,
      notice: Object.keys(result.fieldErrors).length ? undefined : "catalogue.editor.savedAt",
      params: { time: formatDateTime(new Date().toISOString(), locale) },
      revision: result.revision,
      draft: result.post,
    };
  const query = new URLSearchParams(result.submitted ? { enviado: "1" } : {});
  if (result.focus) query.set("foco", fieldId(result.focus));
  const hash = result.focus ? `#${fieldId(result.focus)}` : "";
  redirect(`${editorPagePath(locale, slug)}${query.size ? `?${query}` : ""}${hash}`);
}

/** The autosave: the same save, a few seconds after the last change, answering with the new revision. */
export async function autosaveDraft(locale: string, draftId: number, formData: FormData): Promise<AutosaveResult> {
  if (!isLocale(locale)) return { status: "error", message: "errors.invalidInput" };
  formData.set("intent", "autosave");
  try {
    const result = await saveFromEditor(await getStaff(), draftId, formData);
    return { status: "saved", revision: result.revision, savedAt: formatDateTime(new Date().toISOString(), locale) };
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    if (error.code === "CONFLICT") {
      const params = await conflictParams(draftId, locale);
      return { status: "conflict", savedAt: params.time || null, savedBy: params.name || null };
    }
    return { status: "error", message: AUTOSAVE_ERRORS[error.code] ?? "catalogue.editor.notSaved" };
  }
}
