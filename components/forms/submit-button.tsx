"use client";

import { useFormStatus } from "react-dom";

/** Submit button that disables itself while the form is being sent (a second click does nothing). */
export function SubmitButton({ label, pendingLabel }: { label: string; pendingLabel: string }) {
  const { pending } = useFormStatus();
  return (
    <button
      type="submit"
      disabled={pending}
      aria-disabled={pending}
      className="min-h-12 bg-ok px-6 py-3 text-xl font-bold text-white shadow-[0_2px_0_var(--color-ok-shadow)] hover:bg-ok-dark disabled:opacity-70"
    >
      {pending ? pendingLabel : label}
    </button>
  );
}
