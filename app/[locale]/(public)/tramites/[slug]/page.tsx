import { pageAlternates } from "@/lib/i18n/alternates";
import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { AtAGlance } from "@/components/procedures/at-a-glance";
import { DeadlineDetails } from "@/components/procedures/deadline-details";
import { Fees } from "@/components/procedures/fees";
import { LegalBasis } from "@/components/procedures/legal-basis";
import { OfficesByState } from "@/components/procedures/offices-by-state";
import { ProcedureSection } from "@/components/procedures/procedure-section";
import { Requirements } from "@/components/procedures/requirements";
import { StepList } from "@/components/procedures/step-list";
import { SourceList } from "@/components/source-list";
import { isLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { listOfficesForProcedure } from "@/lib/offices/queries";
import { getCatalogue, getProcedureBySlug, procedureSlugParams } from "@/lib/procedures/queries";
import { resolveSources } from "@/lib/procedures/sources";
import { hasFactsToVerify } from "@/lib/procedures/verify";

type Props = { params: Promise<{ locale: string; slug: string }> };

export const revalidate = 3600;

export const generateStaticParams = procedureSlugParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const procedure = await getProcedureBySlug(slug);
  if (!procedure) return {};
  return {
    title: localize(procedure.title, locale),
    description: localize(procedure.summary, locale),
    alternates: pageAlternates(locale, `/tramites/${slug}`),
  };
}

/** The procedure page: everything a person needs before going to the office, printable, in their language. */
export default async function ProcedurePage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const catalogue = await getCatalogue();
  const procedure = catalogue.procedures.find((p) => p.slug === slug);
  if (!procedure) notFound();
  const category = catalogue.categories.find((c) => c.slug === procedure.categorySlug);
  const offices = await listOfficesForProcedure(procedure.slug);
  const sources = resolveSources(procedure, catalogue.sources);
  const hasVerify = hasFactsToVerify(procedure);
  const toc = [
    ["what", t("procedure.whatIs")],
    ["requirements", t("procedure.requirements")],
    ["fees", t("procedure.fees")],
    ["deadline", t("procedure.deadline")],
    ["steps", t("procedure.steps")],
    ["offices", t("offices.whereToFile")],
    ["legal", t("procedure.legalBasis")],
    ["sources", t("procedure.sources")],
  ] as const;

  return (
    <article className="space-y-10">
      <nav aria-label={t("procedure.breadcrumb")} className="text-sm print:hidden">
        <ol className="flex flex-wrap gap-x-2 [&_a]:inline-block [&_a]:py-1">
          <li>
            <Link href={`/${locale}`}>{t("site.home")}</Link> <span aria-hidden="true">›</span>
          </li>
          <li>
            <Link href={`/${locale}/tramites`}>{t("site.procedures")}</Link> <span aria-hidden="true">›</span>
          </li>
          {category ? (
            <li>
              <Link href={`/${locale}/tramites?categoria=${category.slug}`}>{localize(category.name, locale)}</Link>
            </li>
          ) : null}
        </ol>
      </nav>

      <header className="space-y-3">
        {category ? <p className="text-muted">{localize(category.name, locale)}</p> : null}
        <h1 className="text-3xl sm:text-4xl">{localize(procedure.title, locale)}</h1>
        <p className="max-w-3xl text-xl">{localize(procedure.summary, locale)}</p>
        {hasVerify ? <p className="max-w-3xl text-sm text-muted">{t("procedure.verifyLegend")}</p> : null}
      </header>

      <AtAGlance procedure={procedure} locale={locale} />

      <div className="max-w-3xl space-y-3 print:hidden">
        <a
          href={`/${locale}/tramites/${procedure.slug}/solicitud`}
          className="inline-block min-h-12 bg-ok px-6 py-3 text-xl font-bold !text-white no-underline shadow-[0_2px_0_var(--color-ok-shadow)] hover:bg-ok-dark"
        >
          {t("procedure.apply")} →
        </a>
        <p className="text-muted">{t("procedure.applyHint")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-2">
          <li>
            <a href={`/${locale}/tramites/${procedure.slug}/requisitos.pdf`} download>
              {t("procedure.checklistPdf")}
            </a>
          </li>
          <li>
            <Link href={`/${locale}/tramites/${procedure.slug}/formato`}>{t("procedure.formHtml")}</Link>
          </li>
        </ul>
      </div>

      <nav aria-labelledby="toc-title" className="border-l-4 border-line pl-4 print:hidden">
        <h2 id="toc-title" className="text-lg">
          {t("procedure.onThisPage")}
        </h2>
        <ul className="mt-1 space-y-1">
          {toc.map(([id, label]) => (
            <li key={id}>
              <a href={`#${id}`}>{label}</a>
            </li>
          ))}
        </ul>
      </nav>

      <ProcedureSection id="what" title={t("procedure.whatIs")}>
        <p className="max-w-3xl">{localize(procedure.description, locale)}</p>
        <h3 className="text-lg">{t("procedure.whoFor")}</h3>
        <p className="max-w-3xl">{localize(procedure.audience, locale)}</p>
      </ProcedureSection>

      <ProcedureSection id="requirements" title={t("procedure.requirements")}>
        <Requirements procedure={procedure} institution={catalogue.institution} locale={locale} />
      </ProcedureSection>

      <ProcedureSection id="fees" title={t("procedure.fees")}>
        <Fees procedure={procedure} institution={catalogue.institution} locale={locale} />
      </ProcedureSection>

      <ProcedureSection id="deadline" title={t("procedure.deadline")}>
        <DeadlineDetails procedure={procedure} institution={catalogue.institution} locale={locale} />
      </ProcedureSection>

      <ProcedureSection id="steps" title={t("procedure.steps")}>
        <StepList steps={procedure.steps} locale={locale} />
      </ProcedureSection>

      <ProcedureSection id="offices" title={t("offices.whereToFile")}>
        <OfficesByState offices={offices} locale={locale} />
      </ProcedureSection>

      <ProcedureSection id="legal" title={t("procedure.legalBasis")}>
        <LegalBasis procedure={procedure} locale={locale} />
      </ProcedureSection>

      <ProcedureSection id="sources" title={t("procedure.sources")}>
        <SourceList sources={sources} locale={locale} />
        <p className="text-muted">
          {t("procedure.lastReviewed", { date: formatDate(procedure.lastReviewed, locale) })}
        </p>
        <p className="hidden text-sm print:block">{t("procedure.printHint")}</p>
      </ProcedureSection>
    </article>
  );
}
