"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.

import { readText, type ActionState } from "@/lib/forms/action-state";
import { addFeedbackComment } from "@/lib/participation/mutations";

/**
 * Adds the optional comment to a page-feedback answer (the `ref` the vote gave back). Used by the
 * in-page form (with JavaScript) and by /{locale}/opinion (without). What was typed comes back on error.
 */
export async function sendFeedbackComment(state: ActionState, formData: FormData): Promise<ActionState> {
  const values = { pageComment: readText(formData, "pageComment", 2000) };
  const result = await addFeedbackComment({ ref: formData.get("ref"), pageComment: values.pageComment });
  if (result.ok) return { seq: state.seq + 1, fieldErrors: {}, values: {}, done: true };
  if (result.reason === "expired")
    return { seq: state.seq + 1, formError: "participation.feedback.expired", fieldErrors: {}, values };
  return { seq: state.seq + 1, fieldErrors: result.fieldErrors, values };
}
