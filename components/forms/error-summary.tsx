"use client";

import { useEffect, useRef } from "react";

/** `id` tells summaries apart when a page has several forms; `field` is the id each message links to. */
type Props = { title: string; formError?: string; errors: { field: string; message: string }[]; id?: string };

/** GOV.UK error summary: focused when it appears, each message links to its field. */
export function ErrorSummary({ title, formError, errors, id = "error-summary" }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const key = `${formError ?? ""}|${errors.map((e) => `${e.field}:${e.message}`).join(",")}`;
  useEffect(() => {
    if (key !== "|") ref.current?.focus();
  }, [key]);
  if (!formError && errors.length === 0) return null;
  return (
    <div ref={ref} tabIndex={-1} aria-labelledby={`${id}-title`} className="mb-8 border-4 border-[#d4351c] p-4 focus:outline-4 focus:outline-[#ffdd00]">
      <h2 id={`${id}-title`} className="text-xl">
        {title}
      </h2>
      <div role="alert">
        {formError ? <p className="mt-2 font-semibold">{formError}</p> : null}
        {errors.length ? (
          <ul className="mt-2 list-none space-y-1">
            {errors.map((e) => (
              <li key={e.field}>
                <a href={`#${e.field}`} className="font-semibold !text-[#d4351c]">
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
