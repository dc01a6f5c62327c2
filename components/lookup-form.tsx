"use client";

import { useActionState } from "react";
import { ErrorSummary } from "@/components/forms/error-summary";
import { initialActionState, type ActionState } from "@/lib/forms/action-state";
import { fillPlaceholders } from "@/lib/i18n/fill";

type Texts = {
  number: string;
  numberHint: string;
  password: string;
  submit: string;
  pending: string;
  errorTitle: string;
};

type Props = {
  action: (state: ActionState, formData: FormData) => Promise<ActionState>;
  texts: Texts;
  /** Texts of the message keys the look-up answers with (key → text). */
  messages: Record<string, string>;
};

/** Number + password form; a plain POST without JavaScript. The password is never sent back. */
export function LookupForm({ action, texts, messages }: Props) {
  const [state, formAction, pending] = useActionState(action, initialActionState);
  const formError = state.formError
    ? fillPlaceholders(messages[state.formError] ?? state.formError, state.params)
    : undefined;
  const number = state.values.number;
  return (
    <form action={formAction} className="max-w-xl space-y-6">
      <ErrorSummary id="lookup-error" title={texts.errorTitle} formError={formError} errors={[]} />
      <div>
        <label htmlFor="number" className="block text-lg font-bold">
          {texts.number}
        </label>
        <p id="number-hint" className="mt-1 text-muted">
          {texts.numberHint}
        </p>
        <input
          id="number"
          name="number"
          defaultValue={typeof number === "string" ? number : ""}
          required
          maxLength={40}
          autoComplete="off"
          spellCheck={false}
          aria-describedby="number-hint"
          className="mt-1 block min-h-12 w-full border-2 border-ink px-3 py-2 font-mono text-lg uppercase"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-lg font-bold">
          {texts.password}
        </label>
        <input
          id="password"
          name="password"
          type="password"
          required
          maxLength={64}
          autoComplete="current-password"
          className="mt-1 block min-h-12 w-full border-2 border-ink px-3 py-2 font-mono text-lg"
        />
      </div>
      <button
        type="submit"
        disabled={pending}
        className="min-h-12 bg-ok px-6 py-2 text-lg font-bold text-white shadow-[0_2px_0_var(--color-ok-shadow)] disabled:opacity-70"
      >
        {pending ? texts.pending : texts.submit}
      </button>
    </form>
  );
}
