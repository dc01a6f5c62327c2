"use server";
// Every export of this file is a public HTTP endpoint (a server action): it trusts nothing it receives.

import type { StepActionState } from "@/lib/forms/types";
import { addFeedbackComment } from "@/lib/participation/mutations";

/**
 * Adds the optional comment to a page-feedback answer (the `ref` the vote gave back). Used by the
 * in-page form (with JavaScript) and by /{locale}/opinion (without). What was typed comes back on error.
 */
export async function sendFeedbackComment(state: StepActionState, formData: FormData): Promise<StepActionState> {
  const ref = formData.get("ref");
  const comment = formData.get("pageComment");
  const typed = typeof comment === "string" ? comment.slice(0, 2000) : "";
  const result = await addFeedbackComment({ ref, pageComment: comment });
  if (result.ok) return { seq: state.seq + 1, fieldErrors: {}, values: {}, done: true };
  if (result.reason === "expired") return { seq: state.seq + 1, formError: "participation.feedback.expired", fieldErrors: {}, values: { pageComment: typed } };
  return { seq: state.seq + 1, fieldErrors: result.fieldErrors, values: { pageComment: typed } };
}
