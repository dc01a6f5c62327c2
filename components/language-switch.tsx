"use client";

import { Suspense } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { locales, localeNames, type Locale } from "@/lib/i18n/config";

type Props = { locale: Locale; label: string; switchLabels: Record<Locale, string> };

/** Same page in another language: replaces the locale segment of the current path. */
function alternateHref(pathname: string, target: Locale, query?: string): string {
  const rest = pathname.split("/").slice(2).join("/");
  return `/${target}${rest ? `/${rest}` : ""}${query ? `?${query}` : ""}`;
}

function Links({ locale, label, switchLabels, withQuery }: Props & { withQuery: boolean }) {
  const pathname = usePathname() ?? `/${locale}`;
  // useSearchParams only runs inside <Suspense>: static pages render the fallback (path only) first.
  // eslint-disable-next-line react-hooks/rules-of-hooks
  const query = withQuery ? useSearchParams()?.toString() : undefined;
  return (
    <nav aria-label={label} className="text-sm">
      <ul className="flex gap-3">
        {locales
          .filter((l) => l !== locale)
          .map((l) => (
            <li key={l}>
              <a
                href={alternateHref(pathname, l, query)}
                hrefLang={l}
                lang={l}
                aria-label={switchLabels[l]}
                className="!text-white underline"
              >
                {localeNames[l]}
              </a>
            </li>
          ))}
      </ul>
    </nav>
  );
}

/** Language switch that keeps the current page (and search), rendered in the server HTML so it works without JavaScript. */
export function LanguageSwitch(props: Props) {
  return (
    <Suspense fallback={<Links {...props} withQuery={false} />}>
      <Links {...props} withQuery />
    </Suspense>
  );
}
