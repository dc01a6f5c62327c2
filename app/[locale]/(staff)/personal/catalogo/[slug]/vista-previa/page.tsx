import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/components/link";
import { DraftProblems } from "@/components/catalogue/draft-problems";
import { AtAGlance } from "@/components/procedures/at-a-glance";
import { DeadlineDetails } from "@/components/procedures/deadline-details";
import { Fees } from "@/components/procedures/fees";
import { LegalBasis } from "@/components/procedures/legal-basis";
import { OfficesByState } from "@/components/procedures/offices-by-state";
import { ProcedureSection } from "@/components/procedures/procedure-section";
import { Requirements } from "@/components/procedures/requirements";
import { StepList } from "@/components/procedures/step-list";
import { SourceList } from "@/components/source-list";
import { requireStaffPage } from "@/lib/auth/session";
import { getDraftPreview } from "@/lib/catalogue/staff-queries";
import { isLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { listOffices } from "@/lib/offices/queries";
import { getCatalogue } from "@/lib/procedures/queries";
import { resolveSources } from "@/lib/procedures/sources";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("catalogueWorkflow.preview.title"), robots: { index: false, follow: false } };
}

/**
 * The draft as the public procedure page will show it once published, rendered by the same conversion and
 * components, under a banner that cannot be mistaken for the public page. Staff only, never cached
 * (next.config.ts sends `private, no-store` for everything under /personal).
 */
export default async function PreviewPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const staff = await requireStaffPage(locale, "catalogue.edit");
  const t = getTranslator(locale);
  const preview = await getDraftPreview(staff, slug);
  if (!preview) notFound();
  const base = `/${locale}/personal/catalogo/${slug}`;
  const procedure = preview.procedure;
  const catalogue = await getCatalogue();
  const offices = procedure ? (await listOffices()).filter((o) => procedure.officeSlugs?.includes(o.slug)) : [];
  return (
    <div className="space-y-8">
      <div role="note" className="space-y-2 border-8 border-error bg-surface p-4" data-testid="preview-banner">
        <p className="text-2xl font-bold">{t("catalogueWorkflow.preview.banner")}</p>
        <p>{t("catalogueWorkflow.preview.bannerHint")}</p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 [&_a]:inline-block [&_a]:py-2">
          <li>
            <Link href={`${base}/editar`}>{t("catalogueWorkflow.review.edit")}</Link>
          </li>
          <li>
            <Link href={`${base}/revision`}>{t("catalogueWorkflow.preview.review")}</Link>
          </li>
          {procedure ? (
            <li>
              <a href={`${base}/vista-previa/requisitos.pdf`} download>
                {t("catalogueWorkflow.preview.pdf")}
              </a>
            </li>
          ) : null}
        </ul>
      </div>
      {preview.problems ? <DraftProblems problems={preview.problems} locale={locale} slug={slug} /> : null}
      {procedure ? (
        <article className="space-y-10">
          <header className="space-y-3">
            <h1 className="text-3xl sm:text-4xl">{localize(procedure.title, locale)}</h1>
            <p className="max-w-3xl text-xl">{localize(procedure.summary, locale)}</p>
          </header>
          <AtAGlance procedure={procedure} locale={locale} />
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
            <SourceList sources={resolveSources(procedure, preview.sources)} locale={locale} />
            <p className="text-muted">
              {t("procedure.lastReviewed", { date: formatDate(procedure.lastReviewed, locale) })}
            </p>
          </ProcedureSection>
        </article>
      ) : (
        <p className="max-w-3xl">{t("catalogueWorkflow.preview.cannotRender")}</p>
      )}
    </div>
  );
}
