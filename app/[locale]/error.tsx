"use client";

import { useParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { ERROR_TEXTS, localeOfPath } from "@/lib/i18n/error-texts";

/**
 * An unexpected error inside a page (review finding I7): a message in the page's language, a retry and
 * a way home. Header and footer stay (they belong to the layout). No detail of the error is shown; the
 * digest Next attaches matches the server log line.
 */
export default function PageError({ retry, reset }: { error: unknown; retry?: () => void; reset?: () => void }) {
  const params = useParams<{ locale?: string }>();
  const locale = localeOfPath(`/${params?.locale ?? ""}`);
  const t = ERROR_TEXTS[locale];
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="max-w-3xl space-y-6" data-testid="error-page">
      <h1 ref={heading} tabIndex={-1} className="text-3xl focus:outline-none sm:text-4xl">
        {t.title}
      </h1>
      <p className="text-lg">{t.body}</p>
      <div className="flex flex-wrap gap-4">
        <button type="button" onClick={() => (retry ?? reset)?.()} className="min-h-12 bg-ok px-6 py-3 text-lg font-bold text-white">
          {t.retry}
        </button>
        <a href={`/${locale}`} className="inline-block py-3 text-lg">
          {t.home}
        </a>
      </div>
    </div>
  );
}
