import "server-only";
import type { StaffActor } from "@/lib/auth/permissions";
import { DomainError } from "@/lib/errors";
import { sourceSchema } from "@/prisma/catalogue/schema";
import { EDITOR_LISTS, FIRST_FIELD, readEditorPost, type EditorPost } from "./editor-form";
import { applyListIntent, parseListIntent } from "./form-data";
import { saveDraft, submitDraft } from "./mutations";

/**
 * What one post of the catalogue editor does: read the form, apply the button pressed (a list operation,
 * withdrawing the retirement), save the draft with the revision the page was read at, and on "submit" send
 * it for review. Shared by the form's server action and the autosave.
 */

export type EditorIntent = "save" | "autosave" | "submit" | "unretire" | `${string}:${string}`;

export type EditorSaveResult = {
  revision: number;
  /** The document path the next page should focus (a row, or a list after a removal); null = the top. */
  focus: string | null;
  /** Field errors by document path: JSON that does not parse, incomplete new sources, the submission's check. */
  fieldErrors: Record<string, string>;
  submitted: boolean;
  /** What was saved, as the form shows it. */
  post: EditorPost;
};

const isEmptyRow = (row: Record<string, unknown>) => Object.keys(row).length === 0;

/**
 * New sources: empty rows are dropped; an incomplete row is an error on an explicit save (the autosave
 * leaves it out and saves the rest, so typing a source never blocks saving the rest of the draft).
 */
function checkNewSources(rows: Record<string, unknown>[], strict: boolean) {
  const errors: Record<string, string> = {};
  const kept: Record<string, unknown>[] = [];
  rows.forEach((row, i) => {
    if (isEmptyRow(row)) return;
    const parsed = sourceSchema.safeParse(row);
    if (parsed.success) kept.push(parsed.data);
    else if (strict) {
      for (const issue of parsed.error.issues) {
        const path = `newSources.${i}.${issue.path.map(String).join(".")}`;
        errors[path] ??=
          row[String(issue.path[0])] === undefined ? "catalogue.errors.required" : "catalogue.errors.invalid";
      }
      kept.push(row);
    }
  });
  return { errors, kept };
}

/**
 * Saves one post of the editor form.
 * @throws DomainError CONFLICT when someone saved since `revision`; INVALID_INPUT for a post that cannot be saved at all.
 */
export async function saveFromEditor(
  actor: StaffActor | null,
  draftId: number,
  formData: FormData,
): Promise<EditorSaveResult> {
  const intent = String(formData.get("intent") ?? "save").slice(0, 80) as EditorIntent;
  const revision = Number(formData.get("revision"));
  if (!Number.isInteger(revision) || revision < 0) throw new DomainError("INVALID_INPUT", "No revision");
  const post = readEditorPost(formData);
  let { document, newSources } = post;
  let focus: string | null = null;

  const list = parseListIntent(intent, EDITOR_LISTS);
  if (list) {
    const target = list.list === "newSources" ? { newSources } : document;
    const applied = applyListIntent(target, list);
    if (list.list === "newSources") newSources = applied.value.newSources as Record<string, unknown>[];
    else document = applied.value;
    const row = /\.\d+$/.test(applied.focus);
    focus = row ? `${applied.focus}.${FIRST_FIELD[list.list as keyof typeof FIRST_FIELD]}` : applied.focus;
  } else if (intent === "unretire") {
    delete document.retired;
    focus = "retired";
  }

  const sources = checkNewSources(newSources, intent !== "autosave" && !list);
  // A row just added stays on the page (empty) until it is filled or removed.
  const keptSources = list?.list === "newSources" ? newSources : sources.kept;
  const saved = await saveDraft(actor, draftId, {
    revision,
    document,
    note: post.note,
    newSources: keptSources.filter((row) => !isEmptyRow(row) && sourceSchema.safeParse(row).success),
  });
  const shown: EditorPost = { ...post, document, newSources: keptSources };
  const fieldErrors = { ...sources.errors, ...post.errors };
  if (intent !== "submit" || Object.keys(fieldErrors).length)
    return { revision: saved.revision, focus, fieldErrors, submitted: false, post: shown };
  try {
    const submitted = await submitDraft(actor, draftId, { revision: saved.revision });
    return { revision: submitted.revision, focus, fieldErrors: {}, submitted: true, post: shown };
  } catch (error) {
    if (error instanceof DomainError && error.code === "INVALID_INPUT" && error.fieldErrors)
      return { revision: saved.revision, focus, fieldErrors: error.fieldErrors, submitted: false, post: shown };
    throw error;
  }
}
