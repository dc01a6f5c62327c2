import { Link } from "@/components/link";
import { AtAGlance } from "@/components/procedures/at-a-glance";
import { DeadlineDetails } from "@/components/procedures/deadline-details";
import { Fees } from "@/components/procedures/fees";
import { LegalBasis } from "@/components/procedures/legal-basis";
import { OfficesByState } from "@/components/procedures/offices-by-state";
import { ProcedureSection } from "@/components/procedures/procedure-section";
import { Requirements } from "@/components/procedures/requirements";
import { RetiredNotice } from "@/components/procedures/retired-notice";
import { StepList } from "@/components/procedures/step-list";
import { SourceList } from "@/components/source-list";
import { dayOf } from "@/lib/catalogue/history";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import type { OfficeDTO } from "@/lib/offices/types";
import { isOffered, replacementsOf } from "@/lib/procedures/offered";
import { resolveSources } from "@/lib/procedures/sources";
import type { CatalogueDTO, ProcedureDTO, SourceDTO } from "@/lib/procedures/types";
import { hasFactsToVerify } from "@/lib/procedures/verify";

/**
 * Which procedure record the view shows: the one in force (with the apply button and downloads), a past or
 * scheduled version as it was published, or a staff preview of a draft. Only the live page of an offered procedure
 * offers to apply: the others describe a record that is not (or not yet) the one a person files under.
 */
export type ProcedureViewMode = "live" | "version" | "preview";

export type ProcedureViewProps = {
  procedure: ProcedureDTO;
  /** The live catalogue: the institution, the procedure's topic and what replaces it when retired come from it. */
  catalogue: CatalogueDTO;
  /** Every source the record may cite, by id (the catalogue's, or the version's snapshot). */
  sources: Record<string, SourceDTO>;
  offices: OfficeDTO[];
  locale: Locale;
  mode: ProcedureViewMode;
  /** Shown above the title: which version this is, or that it is a preview. */
  notice?: React.ReactNode;
  /** On the live page: a version published to take effect later. */
  scheduled?: { number: number; effectiveAt: string } | null;
};

/** The procedure page's body: everything a person needs before going to the office, printable, in their language. */
export function ProcedureView({
  procedure,
  catalogue,
  sources,
  offices,
  locale,
  mode,
  notice,
  scheduled = null,
}: ProcedureViewProps) {
  const { institution } = catalogue;
  const category = catalogue.categories.find((c) => c.slug === procedure.categorySlug);
  const replacements = replacementsOf(procedure, catalogue.procedures);
  const t = getTranslator(locale);
  const day = (iso: string) => formatDate(dayOf(iso), locale);
  const history = `/${locale}/tramites/${procedure.slug}/historial`;
  const cited = resolveSources(procedure, sources);
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

      {notice}

      <header className="space-y-3">
        {category ? <p className="text-muted">{localize(category.name, locale)}</p> : null}
        <h1 className="text-3xl sm:text-4xl">{localize(procedure.title, locale)}</h1>
        <p className="max-w-3xl text-xl">{localize(procedure.summary, locale)}</p>
        {hasVerify ? <p className="max-w-3xl text-sm text-muted">{t("procedure.verifyLegend")}</p> : null}
        {mode === "live" && procedure.version ? (
          <p className="max-w-3xl text-muted" data-testid="last-updated">
            {t("history.lastUpdated", { date: day(procedure.version.effectiveAt), number: procedure.version.number })}{" "}
            <Link href={history} className="print:hidden">
              {t("history.historyLink")}
            </Link>
          </p>
        ) : null}
        {mode === "live" && scheduled ? (
          <p className="max-w-3xl border-l-4 border-brand bg-surface p-3" data-testid="scheduled-notice">
            {t("history.scheduledNotice", { date: day(scheduled.effectiveAt), number: scheduled.number })}{" "}
            <Link href={`/${locale}/tramites/${procedure.slug}/version/${scheduled.number}`}>
              {t("history.scheduledLink")}
            </Link>
          </p>
        ) : null}
      </header>

      {procedure.retired ? (
        <RetiredNotice retired={procedure.retired} replacements={replacements} locale={locale} />
      ) : null}

      <AtAGlance procedure={procedure} locale={locale} />

      {mode === "live" && isOffered(procedure) ? (
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
      ) : null}

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
        <Requirements procedure={procedure} institution={institution} locale={locale} />
      </ProcedureSection>

      <ProcedureSection id="fees" title={t("procedure.fees")}>
        <Fees procedure={procedure} institution={institution} locale={locale} />
      </ProcedureSection>

      <ProcedureSection id="deadline" title={t("procedure.deadline")}>
        <DeadlineDetails procedure={procedure} institution={institution} locale={locale} />
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
        <SourceList sources={cited} locale={locale} />
        <p className="text-muted">
          {t("procedure.lastReviewed", { date: formatDate(procedure.lastReviewed, locale) })}
        </p>
        <p className="hidden text-sm print:block">{t("procedure.printHint")}</p>
      </ProcedureSection>
    </article>
  );
}
