"use client";

import { SchemaForm, type SchemaFormTexts } from "@/components/forms/schema-form";
import { sendFeedbackComment } from "@/app/[locale]/(public)/opinion/actions";
import { feedbackCommentSchema, COMMENT_MAX } from "@/lib/participation/schemas";

// The browser checks only what the person types; the key travels as a hidden field and the server checks it.
const schema = feedbackCommentSchema.pick({ pageComment: true });

export type CommentTexts = SchemaFormTexts & { label: string; hint: string; thanks: string };

/** "What was missing?": one optional comment for the answer `feedbackRef`, redacted on the server. */
export function CommentForm({ feedbackRef, texts }: { feedbackRef: string; texts: CommentTexts }) {
  return (
    <SchemaForm
      schema={schema}
      fields={[{ name: "pageComment", label: texts.label, hint: texts.hint, optional: false, type: "textarea", maxLength: COMMENT_MAX }]}
      defaultValues={{ pageComment: "" }}
      action={sendFeedbackComment}
      hidden={{ ref: feedbackRef }}
      texts={texts}
      done={
        <p role="status" className="font-semibold">
          {texts.thanks}
        </p>
      }
    />
  );
}
