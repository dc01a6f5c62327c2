import { pageAlternates } from "@/lib/i18n/alternates";
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { OfficeDetails } from "@/components/office-details";
import { SourceList } from "@/components/source-list";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { getOfficeBySlug, listOffices } from "@/lib/offices/queries";
import { isOffered } from "@/lib/procedures/offered";
import { getCatalogue } from "@/lib/procedures/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

// CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): Next reads this segment option only as a literal.
export const revalidate = 60;

export async function generateStaticParams() {
  return (await listOffices()).map((o) => ({ slug: o.slug }));
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const office = await getOfficeBySlug(slug);
  if (!office) return {};
  return {
    title: localize(office.name, locale),
    description: `${office.city}, ${office.stateName}`,
    alternates: pageAlternates(locale, `/oficinas/${slug}`),
  };
}

/** One office: where it is, when it opens, what it receives (each procedure linked), and its sources. */
export default async function OfficePage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const [office, catalogue] = await Promise.all([getOfficeBySlug(slug), getCatalogue()]);
  if (!office) notFound();
  const procedures = catalogue.procedures.filter((p) => isOffered(p) && office.procedureSlugs.includes(p.slug));
  const sources = office.sourceIds.map((id) => catalogue.sources[id]).filter((s) => s !== undefined);

  return (
    <article className="space-y-8">
      <nav aria-label={t("offices.breadcrumb")} className="text-sm print:hidden">
        <ol className="flex flex-wrap gap-x-2 [&_a]:inline-block [&_a]:py-1">
          <li>
            <Link href={`/${locale}`}>{t("site.home")}</Link> <span aria-hidden="true">›</span>
          </li>
          <li>
            <Link href={`/${locale}/oficinas`}>{t("offices.title")}</Link> <span aria-hidden="true">›</span>
          </li>
          <li>
            <Link href={`/${locale}/oficinas#estado-${office.stateCode.toLowerCase()}`}>{office.stateName}</Link>
          </li>
        </ol>
      </nav>

      <header className="space-y-2">
        <p className="text-muted">
          {office.city}, {office.stateName}
        </p>
        <h1 className="text-3xl sm:text-4xl">{localize(office.name, locale)}</h1>
      </header>

      <OfficeDetails office={office} locale={locale} nationalPhone={catalogue.institution.contact.phone} />

      {office.verify && office.verifyNote ? (
        <section aria-labelledby="verify-title" className="max-w-3xl border-l-4 border-warn pl-4">
          <h2 id="verify-title" className="text-lg">
            {t("offices.toVerify")}
          </h2>
          <p>{localize(office.verifyNote, locale)}</p>
        </section>
      ) : null}

      <section aria-labelledby="receives-title" className="space-y-3">
        <h2 id="receives-title" className="border-b-4 border-brand pb-1 text-2xl">
          {t("offices.receives")}
        </h2>
        <p>{t("offices.receivesCount", { count: procedures.length })}</p>
        <ul className="list-disc space-y-1 pl-6 [&_a]:inline-block [&_a]:py-1">
          {procedures.map((p) => (
            <li key={p.slug}>
              <Link href={`/${locale}/tramites/${p.slug}`}>{localize(p.title, locale)}</Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="sources-title" className="space-y-2">
        <h2 id="sources-title" className="border-b-4 border-brand pb-1 text-2xl">
          {t("offices.sources")}
        </h2>
        <SourceList sources={sources} locale={locale} />
      </section>
    </article>
  );
}
