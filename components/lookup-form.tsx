"use client";

import { useActionState, useEffect, useRef } from "react";
import type { LookupState } from "@/app/[locale]/(public)/seguimiento/actions";

type Texts = { number: string; numberHint: string; password: string; submit: string; pending: string; errorTitle: string; failed: string; rateLimited: string };

/** Number + password form; a plain POST without JavaScript. The password is never sent back. */
export function LookupForm({ action, texts }: { action: (state: LookupState, formData: FormData) => Promise<LookupState>; texts: Texts }) {
  const [state, formAction, pending] = useActionState(action, { seq: 0, number: "" });
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.error) summary.current?.focus();
  }, [state.seq, state.error]);
  const message = state.error === "rateLimited" ? texts.rateLimited.replace("{minutes}", String(state.retryAfterMinutes ?? 15)) : state.error ? texts.failed : null;
  return (
    <form action={formAction} className="max-w-xl space-y-6">
      {message ? (
        <div ref={summary} tabIndex={-1} aria-labelledby="lookup-error-title" className="border-4 border-[#d4351c] p-4">
          <h2 id="lookup-error-title" className="text-xl">
            {texts.errorTitle}
          </h2>
          <p role="alert" className="mt-2 font-semibold">
            {message}
          </p>
        </div>
      ) : null}
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
          defaultValue={state.number}
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
        <input id="password" name="password" type="password" required maxLength={64} autoComplete="current-password" className="mt-1 block min-h-12 w-full border-2 border-ink px-3 py-2 font-mono text-lg" />
      </div>
      <button type="submit" disabled={pending} className="min-h-12 bg-ok px-6 py-2 text-lg font-bold text-white shadow-[0_2px_0_#002d18] disabled:opacity-70">
        {pending ? texts.pending : texts.submit}
      </button>
    </form>
  );
}
