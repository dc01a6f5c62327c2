import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/components/link";
import { VersionChanges } from "@/components/procedures/version-changes";
import { VersionDates } from "@/components/procedures/version-dates";
import { changeNames, changeSentences } from "@/lib/catalogue/history";
import { listProcedureVersions } from "@/lib/catalogue/versions";
import { pageAlternates } from "@/lib/i18n/alternates";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { listOffices } from "@/lib/offices/queries";
import { getCatalogue, getProcedureBySlug, procedureSlugParams } from "@/lib/procedures/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

// CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): Next reads this segment option only as a literal.
export const revalidate = 60;

export const generateStaticParams = procedureSlugParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const procedure = await getProcedureBySlug(slug);
  if (!procedure) return {};
  return {
    title: getTranslator(locale)("history.historyTitle", { procedure: localize(procedure.title, locale) }),
    alternates: pageAlternates(locale, `/tramites/${slug}/historial`),
  };
}

/** A procedure's published record: every version, newest first, with its dates, its changes in words and its note. */
export default async function HistoryPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const [catalogue, offices, versions] = await Promise.all([
    getCatalogue(),
    listOffices(),
    listProcedureVersions(slug),
  ]);
  const procedure = catalogue.procedures.find((p) => p.slug === slug);
  if (!procedure || !versions) notFound();
  const names = changeNames(catalogue, offices);
  const title = localize(procedure.title, locale);

  return (
    <article className="max-w-3xl space-y-8">
      <p className="print:hidden">
        <Link href={`/${locale}/tramites/${slug}`}>← {title}</Link>
      </p>
      <header className="space-y-3">
        <h1 className="text-3xl sm:text-4xl">{t("history.historyTitle", { procedure: title })}</h1>
        <p className="text-lg">{t("history.historyIntro")}</p>
      </header>
      <ol className="space-y-8" data-testid="versions">
        {versions.map((v) => (
          <li key={v.number} className="space-y-3 border-t-4 border-brand pt-3">
            <h2 id={`version-${v.number}`} className="text-2xl">
              {t("history.versionNumber", { number: v.number })}
            </h2>
            <VersionDates version={v} locale={locale} />
            <h3 className="text-lg">{t("history.changesHeading")}</h3>
            <VersionChanges sentences={changeSentences(v, locale, names)} note={v.note} locale={locale} />
            <p>
              <Link href={`/${locale}/tramites/${slug}/version/${v.number}`}>
                {t("history.viewVersion", { number: v.number })}
              </Link>
            </p>
          </li>
        ))}
      </ol>
    </article>
  );
}
