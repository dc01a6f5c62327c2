"use client";

import { useParams } from "next/navigation";
import { useEffect, useRef } from "react";
import { ErrorMessage } from "@/components/error-message";
import { localeOfPath } from "@/lib/i18n/error-texts";

/**
 * An unexpected error inside a page: a message in the page's language, a retry and a way home, with
 * focus on the heading so a screen reader announces it. Header and footer stay (they belong to the layout).
 */
export default function PageError({ retry, reset }: { error: unknown; retry?: () => void; reset?: () => void }) {
  const params = useParams<{ locale?: string }>();
  const locale = localeOfPath(`/${params?.locale ?? ""}`);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="max-w-3xl space-y-6" data-testid="error-page">
      <ErrorMessage locale={locale} headingRef={heading} onRetry={() => (retry ?? reset)?.()} />
    </div>
  );
}
