"use client";

import { useParams } from "next/navigation";
import { defaultLocale, isLocale, type Locale } from "@/lib/i18n/config";
import { GUIDE_PATH } from "@/lib/guide/paths";

export type NotFoundTexts = {
  title: string;
  body: string;
  searchLabel: string;
  searchButton: string;
  home: string;
  all: string;
  guide: string;
};

/**
 * not-found.tsx receives no params, so the language comes from the URL through useParams.
 * All languages' texts arrive as props (a few hundred bytes); the page is server-rendered either way.
 */
export function NotFoundContent({ texts }: { texts: Record<Locale, NotFoundTexts> }) {
  const params = useParams<{ locale?: string }>();
  const locale = isLocale(params?.locale) ? params.locale : defaultLocale;
  const t = texts[locale];
  return (
    <div className="max-w-2xl space-y-6 py-4">
      <h1 className="text-3xl">{t.title}</h1>
      <p>{t.body}</p>
      <form action={`/${locale}/tramites`} method="get" role="search">
        <label htmlFor="not-found-search" className="block font-bold">
          {t.searchLabel}
        </label>
        <div className="mt-2 flex flex-wrap gap-2">
          <input
            id="not-found-search"
            name="q"
            type="search"
            className="min-h-12 min-w-0 flex-1 basis-56 border-2 border-ink px-3 py-2 text-lg"
          />
          <button type="submit" className="min-h-12 bg-ok px-5 py-2 text-lg font-bold text-white">
            {t.searchButton}
          </button>
        </div>
      </form>
      <ul className="list-disc space-y-1 pl-6">
        <li>
          <a href={`/${locale}`}>{t.home}</a>
        </li>
        <li>
          <a href={`/${locale}/tramites`}>{t.all}</a>
        </li>
        <li>
          <a href={`/${locale}${GUIDE_PATH}`}>{t.guide}</a>
        </li>
      </ul>
    </div>
  );
}
