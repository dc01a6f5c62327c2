"use client";

import type { Ref } from "react";
import { ERROR_TEXTS } from "@/lib/i18n/error-texts";
import type { Locale } from "@/lib/i18n/config";

/**
 * What both error boundaries say: a heading, a plain sentence, a retry and a way home, in the language
 * of the address. Nothing about the error itself (its digest matches the server's log line instead).
 */
export function ErrorMessage({
  locale,
  onRetry,
  headingRef,
}: {
  locale: Locale;
  onRetry: () => void;
  headingRef?: Ref<HTMLHeadingElement>;
}) {
  const t = ERROR_TEXTS[locale];
  return (
    <>
      <h1 ref={headingRef} tabIndex={headingRef ? -1 : undefined} className="text-3xl focus:outline-none sm:text-4xl">
        {t.title}
      </h1>
      <p className="text-lg">{t.body}</p>
      <div className="flex flex-wrap gap-4">
        <button type="button" onClick={onRetry} className="min-h-12 bg-ok px-6 py-3 text-lg font-bold text-white">
          {t.retry}
        </button>
        <a href={`/${locale}`} className="inline-block py-3 text-lg">
          {t.home}
        </a>
      </div>
    </>
  );
}
