"use client";

import { ERROR_TEXTS, localeOfPath } from "@/lib/i18n/error-texts";
import "./globals.css";

/**
 * Last resort when the root layout itself fails (review finding I7): its own <html>, in the language of
 * the address, with a retry. Nothing about the error is shown.
 */
export default function GlobalError({ retry, reset }: { error: unknown; retry?: () => void; reset?: () => void }) {
  const locale = localeOfPath(typeof window === "undefined" ? null : window.location.pathname);
  const t = ERROR_TEXTS[locale];
  return (
    <html lang={locale}>
      <body className="font-sans">
        <main className="mx-auto max-w-3xl space-y-6 px-4 py-10">
          <h1 className="text-3xl">{t.title}</h1>
          <p className="text-lg">{t.body}</p>
          <p className="flex flex-wrap gap-4">
            <button type="button" onClick={() => (retry ?? reset)?.()} className="min-h-12 bg-ok px-6 py-3 text-lg font-bold text-white">
              {t.retry}
            </button>
            <a href={`/${locale}`} className="inline-block py-3 text-lg">
              {t.home}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
