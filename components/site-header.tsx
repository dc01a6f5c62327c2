import { Link } from "@/components/link";
import { locales, localeNames, type Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { LanguageSwitch } from "./language-switch";

/** Top bar of every page: skip link, service name, main navigation and the language switch. */
export function SiteHeader({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  const switchLabels = Object.fromEntries(
    locales.map((l) => [l, getTranslator(l)("site.switchTo", { language: localeNames[l] })]),
  ) as Record<Locale, string>;
  return (
    <header className="bg-brand text-white print:bg-white print:text-black">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:p-3"
      >
        {t("site.skipLink")}
      </a>
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <Link href={`/${locale}`} className="!text-white no-underline print:!text-black">
          <span className="block text-2xl font-bold tracking-tight">{t("site.name")}</span>
          <span className="block text-sm opacity-90">{t("site.tagline")}</span>
        </Link>
        <div className="flex flex-wrap items-center gap-x-6 gap-y-2 print:hidden">
          <nav aria-label={t("site.mainNav")}>
            <ul className="flex flex-wrap gap-x-4 gap-y-1">
              <li>
                <Link href={`/${locale}`} className="!text-white">
                  {t("site.home")}
                </Link>
              </li>
              <li>
                <Link href={`/${locale}/tramites`} className="!text-white">
                  {t("site.procedures")}
                </Link>
              </li>
              <li>
                <Link href={`/${locale}/seguimiento`} className="!text-white">
                  {t("site.status")}
                </Link>
              </li>
            </ul>
          </nav>
          <LanguageSwitch locale={locale} label={t("site.language")} switchLabels={switchLabels} />
        </div>
      </div>
    </header>
  );
}
