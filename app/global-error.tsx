"use client";

import { ErrorMessage } from "@/components/error-message";
import { localeOfPath } from "@/lib/i18n/error-texts";
import "./globals.css";

/**
 * Last resort when the root layout itself fails: its own <html>, in the language of the address, with
 * a retry. Nothing about the error is shown.
 */
export default function GlobalError({ retry, reset }: { error: unknown; retry?: () => void; reset?: () => void }) {
  const locale = localeOfPath(typeof window === "undefined" ? null : window.location.pathname);
  return (
    <html lang={locale}>
      <body className="font-sans">
        <main className="mx-auto max-w-3xl space-y-6 px-4 py-10">
          <ErrorMessage locale={locale} onRetry={() => (retry ?? reset)?.()} />
        </main>
      </body>
    </html>
  );
}
