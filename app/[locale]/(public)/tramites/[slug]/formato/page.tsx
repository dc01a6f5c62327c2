import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { buildFieldDefs } from "@/lib/applications/field-defs";
import { FORM_STEPS } from "@/lib/applications/fields";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { buildChecklist } from "@/lib/procedures/checklist";
import { getProcedureBySlug, procedureSlugParams } from "@/lib/procedures/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

// CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): Next reads this segment option only as a literal.
export const revalidate = 60;

export const generateStaticParams = procedureSlugParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const procedure = await getProcedureBySlug(slug);
  if (!isLocale(locale) || !procedure) return {};
  return { title: getTranslator(locale)("procedure.formTitle", { procedure: localize(procedure.title, locale) }) };
}

/**
 * The request form and requirements checklist of a procedure as plain, accessible HTML: what the PDFs
 * contain, for screen-reader users and for printing from the browser.
 */
export default async function FormatoPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const procedure = await getProcedureBySlug(slug);
  if (!procedure) notFound();
  const t = getTranslator(locale);
  const { items } = buildChecklist(procedure.requirements, null);
  return (
    <article className="max-w-3xl space-y-8">
      <p className="print:hidden">
        <Link href={`/${locale}/tramites/${slug}`}>← {localize(procedure.title, locale)}</Link>
      </p>
      <h1 className="text-3xl sm:text-4xl">
        {t("procedure.formTitle", { procedure: localize(procedure.title, locale) })}
      </h1>
      <p className="text-lg">{t("procedure.formIntro")}</p>
      <p className="print:hidden">
        <Link href={`/${locale}/tramites/${slug}/solicitud`} className="font-semibold">
          {t("procedure.formFill")} →
        </Link>
      </p>
      {FORM_STEPS.map((step) => (
        <section key={step} aria-labelledby={`step-${step}`} className="break-inside-avoid-page">
          <h2 id={`step-${step}`} className="border-b-4 border-brand pb-1 text-2xl">
            {t(`form.steps.${step}`)}
          </h2>
          <dl className="mt-2">
            {buildFieldDefs(step, procedure, locale).map((def) => (
              <div key={def.name} className="border-b border-line py-3">
                <dt className="font-bold">
                  {def.label}
                  {def.optional ? <span className="font-normal"> {t("form.optional")}</span> : null}
                </dt>
                <dd className="text-muted">
                  {def.hint ? <p>{def.hint}</p> : null}
                  {def.options && def.options.length <= 8 ? <p>{def.options.map((o) => o.label).join(" · ")}</p> : null}
                  <p aria-hidden="true" className="hidden h-8 border-b border-dotted border-ink print:block" />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <section aria-labelledby="checklist-title">
        <h2 id="checklist-title" className="border-b-4 border-brand pb-1 text-2xl">
          {t("procedure.requirements")}
        </h2>
        <ol className="mt-3 space-y-3">
          {items.map(({ number, requirement }) => (
            <li key={requirement.position} className="flex gap-3">
              <span aria-hidden="true" className="mt-1 inline-block size-5 shrink-0 border-2 border-ink" />
              <div>
                <p className="font-semibold">
                  {number}. {localize(requirement.name, locale)}
                </p>
                <p className="text-sm font-semibold text-brand uppercase">
                  {t(`procedure.presentation.${requirement.presentation}`)}
                </p>
                {requirement.condition ? (
                  <p>
                    <strong>{t("procedure.onlyIf")}</strong> {localize(requirement.condition, locale)}
                  </p>
                ) : null}
              </div>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
