import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { guidePathLengths } from "@/lib/guide/data";
import { isLocale, locales } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { GUIDE_QUESTIONS_PATH } from "@/lib/guide/paths";

type Props = { params: Promise<{ locale: string }> };

// CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): Next reads this segment option only as a literal.
export const revalidate = 60;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return {
    title: t("guide.title"),
    description: t("guide.intro"),
    alternates: { languages: Object.fromEntries(locales.map((l) => [l, `/${l}/guia`])) },
  };
}

/** Start page of the guide (GOV.UK "start page"): what it does, how long it is, that nothing is stored. */
export default async function GuideStartPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const { shortest, longest } = guidePathLengths();
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-3xl sm:text-4xl">{t("guide.title")}</h1>
      <p className="text-xl">{t("guide.intro")}</p>
      <p>{t("guide.startPoints", { shortest, longest })}</p>
      <p className="text-muted">{t("guide.privacy")}</p>
      <a
        href={`/${locale}${GUIDE_QUESTIONS_PATH}`}
        className="inline-block min-h-12 bg-ok px-6 py-3 text-xl font-bold !text-white no-underline shadow-[0_2px_0_var(--color-ok-shadow)] hover:bg-ok-dark"
      >
        {t("guide.start")} →
      </a>
      <p>
        <a href={`/${locale}/tramites`}>{t("guide.browseAll")}</a>
      </p>
    </div>
  );
}
