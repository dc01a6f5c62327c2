import type { Metadata } from "next";
import { Link } from "@/components/link";
import { GuideCallout } from "@/components/guide/guide-callout";
import { PageSection } from "@/components/page-section";
import { ProcedureCard } from "@/components/procedure-card";
import { SearchForm } from "@/components/search-form";
import { pageAlternates } from "@/lib/i18n/alternates";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { isOffered } from "@/lib/procedures/offered";
import { getCatalogue } from "@/lib/procedures/queries";
import { notFound } from "next/navigation";

// CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): Next reads this segment option only as a literal.
export const revalidate = 60;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  return isLocale(locale) ? { alternates: pageAlternates(locale, "") } : {};
}

/** Home: what the portal is, a search box, the topics and the most used procedures. */
export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const { categories, procedures: catalogue } = await getCatalogue();
  const procedures = catalogue.filter(isOffered);
  const featured = procedures
    .filter((p) => p.featuredRank !== null)
    .sort((a, b) => (a.featuredRank ?? 0) - (b.featuredRank ?? 0));
  const countByCategory = new Map<string, number>();
  for (const p of procedures) countByCategory.set(p.categorySlug, (countByCategory.get(p.categorySlug) ?? 0) + 1);

  return (
    <div className="space-y-12">
      <section aria-labelledby="home-title" className="space-y-4">
        <h1 id="home-title" className="text-3xl sm:text-4xl">
          {t("home.title")}
        </h1>
        <p className="max-w-3xl text-xl">{t("home.intro")}</p>
        <SearchForm locale={locale} id="home-search" label={t("home.searchLabel")} hint={t("home.searchHint")} large />
        <GuideCallout locale={locale} />
      </section>

      <PageSection id="popular-title" title={t("home.popularHeading")}>
        <ul className="mt-2">
          {featured.map((p) => (
            <ProcedureCard key={p.slug} procedure={p} locale={locale} />
          ))}
        </ul>
        <p className="mt-4">
          <Link href={`/${locale}/tramites`} className="font-semibold">
            {t("home.allProcedures", { count: procedures.length })}
          </Link>
        </p>
      </PageSection>

      <PageSection id="categories-title" title={t("home.categoriesHeading")}>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {categories.map((c) => (
            <li key={c.slug} className="border-t-4 border-brand bg-surface p-4">
              <h3 className="text-lg">
                <Link href={`/${locale}/tramites?categoria=${c.slug}`}>{localize(c.name, locale)}</Link>
              </h3>
              <p className="mt-1 text-muted">{localize(c.description, locale)}</p>
              <p className="mt-1 text-sm text-muted">
                {t("catalogue.procedureCount", { count: countByCategory.get(c.slug) ?? 0 })}
              </p>
            </li>
          ))}
        </ul>
      </PageSection>

      <PageSection id="promise-title" title={t("home.promiseHeading")} className="border-l-4 border-ok pl-4">
        <ul className="mt-3 list-disc space-y-2 pl-6">
          <li>{t("home.promiseRequirements")}</li>
          <li>{t("home.promiseDeadline")}</li>
          <li>{t("home.promiseFees")}</li>
        </ul>
      </PageSection>
    </div>
  );
}
