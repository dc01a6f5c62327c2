"use client";

import { useEffect, useRef } from "react";

/** `id` tells summaries apart when a page has several forms; `field` is the id each message links to. */
type Props = { title: string; formError?: string; errors: { field: string; message: string }[]; id?: string };

/**
 * GOV.UK error summary: focused when it appears after a submission, each message links to its field.
 * Only after a submission: the errors also change while the person corrects a field (they are re-checked
 * as they type), and moving focus then would pull it out of the field mid-word and lose keystrokes.
 */
export function ErrorSummary({ title, formError, errors, id = "error-summary" }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // True until the first errors are shown (they come from a submission or from the server's answer), and
  // again after each submit event on the page.
  const submitted = useRef(true);
  const key = `${formError ?? ""}|${errors.map((e) => `${e.field}:${e.message}`).join(",")}`;
  useEffect(() => {
    const mark = () => {
      submitted.current = true;
    };
    document.addEventListener("submit", mark, true);
    return () => document.removeEventListener("submit", mark, true);
  }, []);
  useEffect(() => {
    if (key === "|" || !submitted.current) return;
    submitted.current = false;
    ref.current?.focus();
  }, [key]);
  if (!formError && errors.length === 0) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      aria-labelledby={`${id}-title`}
      className="mb-8 border-4 border-error p-4 focus:outline-4 focus:outline-focus"
    >
      <h2 id={`${id}-title`} className="text-xl">
        {title}
      </h2>
      <div role="alert">
        {formError ? <p className="mt-2 font-semibold">{formError}</p> : null}
        {errors.length ? (
          <ul className="mt-2 list-none space-y-1">
            {errors.map((e) => (
              <li key={e.field}>
                <a href={`#${e.field}`} className="font-semibold !text-error">
                  {e.message}
                </a>
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </div>
  );
}
