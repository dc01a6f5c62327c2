"use client";

import { SchemaForm, type SchemaFormTexts } from "@/components/forms/schema-form";
import type { ActionState } from "@/lib/forms/action-state";
import { feedbackCommentSchema, COMMENT_MAX } from "@/lib/participation/schemas";

// The browser checks only what the person types; the key travels as a hidden field and the server checks it.
const schema = feedbackCommentSchema.pick({ pageComment: true });

export type CommentTexts = SchemaFormTexts & { label: string; hint: string; thanks: string };

/** The server action that stores the comment, handed down by the server parent that renders this form. */
export type CommentAction = (state: ActionState, formData: FormData) => Promise<ActionState>;

/** "What was missing?": one optional comment for the answer `feedbackRef`, redacted on the server. */
export function CommentForm({
  feedbackRef,
  texts,
  action,
}: {
  feedbackRef: string;
  texts: CommentTexts;
  action: CommentAction;
}) {
  return (
    <SchemaForm
      schema={schema}
      fields={[
        {
          name: "pageComment",
          label: texts.label,
          hint: texts.hint,
          optional: false,
          type: "textarea",
          maxLength: COMMENT_MAX,
        },
      ]}
      defaultValues={{ pageComment: "" }}
      action={action}
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
