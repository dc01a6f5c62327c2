import { pageAlternates } from "@/lib/i18n/alternates";
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { GuideCallout } from "@/components/guide/guide-callout";
import { ProcedureCard } from "@/components/procedure-card";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { getOfficeBySlug } from "@/lib/offices/queries";
import { getCatalogue } from "@/lib/procedures/queries";
import { catalogueSearchSchema, MAX_QUERY_LENGTH } from "@/lib/procedures/schemas";
import { isOffered } from "@/lib/procedures/offered";
import { searchProcedures } from "@/lib/procedures/search";

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("catalogue.title"), alternates: pageAlternates(locale, "/tramites") };
}

/**
 * Every procedure grouped by topic, with accent-insensitive search (?q=) and a topic filter (?categoria=).
 * Renders per request because of the query string, but reads the cached catalogue: no database round-trip.
 */
export default async function CataloguePage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const { q, categoria, oficina } = catalogueSearchSchema.parse(await searchParams);
  const [{ categories, procedures: allProcedures }, office] = await Promise.all([
    getCatalogue(),
    oficina ? getOfficeBySlug(oficina) : Promise.resolve(null),
  ]);
  const unknownOffice = oficina !== "" && !office;
  const procedures = office ? allProcedures.filter((p) => office.procedureSlugs.includes(p.slug)) : allProcedures;

  const category = categories.find((c) => c.slug === categoria);
  const unknownCategory = categoria !== "" && !category;
  const inCategory = category ? procedures.filter((p) => p.categorySlug === category.slug) : procedures;
  const matches = searchProcedures(inCategory, categories, q.query, locale);
  // Retired procedures leave the list, but a search still finds them in a group of their own: someone
  // looking up an old name (from a poster, a letter) learns it is gone and what replaces it.
  const results = matches.filter(isOffered);
  const isSearching = q.query !== "";
  const retired = isSearching ? matches.filter((p) => !isOffered(p)) : [];
  const groups = categories
    .filter((c) => !category || c.slug === category.slug)
    .map((c) => ({ category: c, procedures: results.filter((p) => p.categorySlug === c.slug) }))
    .filter((g) => g.procedures.length > 0);
  const categoryName = new Map(categories.map((c) => [c.slug, localize(c.name, locale)]));

  return (
    <div className="space-y-8">
      <div className="space-y-3">
        <h1 className="text-3xl sm:text-4xl">{t("catalogue.title")}</h1>
        <p className="max-w-3xl text-lg">{t("catalogue.intro")}</p>
        <GuideCallout locale={locale} />
      </div>

      <form action={`/${locale}/tramites`} method="get" role="search" className="space-y-4 bg-surface p-4 print:hidden">
        <div>
          <label htmlFor="q" className="block font-bold">
            {t("catalogue.searchLabel")}
          </label>
          <input
            id="q"
            name="q"
            type="search"
            defaultValue={q.query}
            maxLength={MAX_QUERY_LENGTH * 4}
            autoComplete="off"
            enterKeyHint="search"
            className="mt-1 min-h-12 w-full max-w-2xl border-2 border-ink bg-white px-3 py-2 text-lg"
          />
        </div>
        <div>
          <label htmlFor="categoria" className="block font-bold">
            {t("catalogue.categoryLabel")}
          </label>
          <select
            id="categoria"
            name="categoria"
            defaultValue={category?.slug ?? ""}
            className="mt-1 min-h-12 w-full max-w-2xl border-2 border-ink bg-white px-3 py-2 text-lg"
          >
            <option value="">{t("catalogue.allCategories")}</option>
            {categories.map((c) => (
              <option key={c.slug} value={c.slug}>
                {localize(c.name, locale)}
              </option>
            ))}
          </select>
        </div>
        {office ? <input type="hidden" name="oficina" value={office.slug} /> : null}
        <div className="flex flex-wrap items-center gap-4">
          <button
            type="submit"
            className="min-h-12 bg-ok px-5 py-2 text-lg font-bold text-white shadow-[0_2px_0_var(--color-ok-shadow)]"
          >
            {t("catalogue.apply")}
          </button>
          {isSearching || category || unknownCategory || office ? (
            <Link href={`/${locale}/tramites`}>{t("catalogue.clear")}</Link>
          ) : null}
        </div>
      </form>

      <div role="status" className="space-y-2">
        {q.truncated ? (
          <p className="border-l-4 border-warn pl-3">{t("catalogue.queryTruncated", { max: MAX_QUERY_LENGTH })}</p>
        ) : null}
        {unknownCategory ? <p className="border-l-4 border-warn pl-3">{t("catalogue.unknownCategory")}</p> : null}
        {unknownOffice ? <p className="border-l-4 border-warn pl-3">{t("offices.unknownOffice")}</p> : null}
        {office ? (
          <p className="text-lg font-semibold">
            <Link href={`/${locale}/oficinas/${office.slug}`}>
              {t("offices.filteredBy", { office: localize(office.name, locale) })}
            </Link>
          </p>
        ) : null}
        {isSearching ? <p className="text-lg font-semibold">{t("catalogue.resultsFor", { query: q.query })}</p> : null}
        <p>
          {results.length === 1 ? t("catalogue.resultCountOne") : t("catalogue.resultCount", { count: results.length })}
        </p>
      </div>

      {results.length === 0 ? (
        <div className="space-y-2">
          <p className="text-lg font-semibold">{t("catalogue.noResults")}</p>
          <p>{t("catalogue.noResultsHint")}</p>
          <p>
            <Link href={`/${locale}/tramites`}>{t("notFound.all")}</Link>
          </p>
        </div>
      ) : isSearching ? (
        <ol aria-label={t("catalogue.resultsFor", { query: q.query })}>
          {results.map((p) => (
            <li key={p.slug} className="border-b border-line py-4">
              <p className="text-sm text-muted">{categoryName.get(p.categorySlug)}</p>
              <h2 className="text-lg">
                <Link href={`/${locale}/tramites/${p.slug}`}>{localize(p.title, locale)}</Link>
              </h2>
              <p className="mt-1 text-muted">{localize(p.summary, locale)}</p>
            </li>
          ))}
        </ol>
      ) : (
        groups.map((g) => (
          <section key={g.category.slug} aria-labelledby={`cat-${g.category.slug}`}>
            <h2 id={`cat-${g.category.slug}`} className="border-b-4 border-brand pb-1 text-2xl">
              {localize(g.category.name, locale)}
            </h2>
            <p className="mt-2 text-muted">{localize(g.category.description, locale)}</p>
            <ul>
              {g.procedures.map((p) => (
                <ProcedureCard key={p.slug} procedure={p} locale={locale} />
              ))}
            </ul>
          </section>
        ))
      )}

      {retired.length > 0 ? (
        <section aria-labelledby="retired-heading" className="space-y-2" data-testid="retired-procedures">
          <h2 id="retired-heading" className="border-b-4 border-line pb-1 text-2xl">
            {t("history.retiredGroupHeading")}
          </h2>
          <p className="text-muted">{t("history.retiredGroupIntro")}</p>
          <ul>
            {retired.map((p) => (
              <ProcedureCard key={p.slug} procedure={p} locale={locale} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
