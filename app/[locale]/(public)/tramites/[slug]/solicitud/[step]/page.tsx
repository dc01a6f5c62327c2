import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { StepForm } from "@/components/forms/step-form";
import { stepStartValues } from "@/lib/applications/answers";
import { errorMessages, buildFieldDefs } from "@/lib/applications/field-defs";
import { FORM_STEPS, procedureForm, STEP_INTROS, STEP_SLUGS, stepFromSlug } from "@/lib/applications/fields";
import { feeOptionsOf } from "@/lib/applications/steps";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator, type MessageKey } from "@/lib/i18n/messages";
import { getProcedureBySlug } from "@/lib/procedures/queries";
import { saveStep } from "../actions";
import { requireOpenDraft } from "../open-draft";

type Props = {
  params: Promise<{ locale: string; slug: string; step: string }>;
  searchParams: Promise<{ revisar?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, step: segment } = await params;
  const step = stepFromSlug(segment);
  if (!isLocale(locale) || !step) return {};
  return { title: getTranslator(locale)(`form.steps.${step}`), robots: { index: false } };
}

/** One step of the request form, with the answers saved so far. */
export default async function StepPage({ params, searchParams }: Props) {
  const { locale, slug, step: segment } = await params;
  const step = stepFromSlug(segment);
  if (!isLocale(locale) || !step) notFound();
  const procedure = await getProcedureBySlug(slug);
  if (!procedure) notFound();
  const { answers, prefill } = await requireOpenDraft(locale, slug);
  const start = stepStartValues(answers, prefill, step);

  const t = getTranslator(locale);
  const index = FORM_STEPS.indexOf(step);
  const reviewing = (await searchParams).revisar === "1";
  const back = reviewing ? "revisar" : index > 0 ? STEP_SLUGS[FORM_STEPS[index - 1]!] : null;
  const backHref = back ? `/${locale}/tramites/${slug}/solicitud/${back}` : `/${locale}/tramites/${slug}/solicitud`;
  const form = procedureForm(procedure);
  const hasIntro = STEP_INTROS[form.kind]?.includes(step) ?? false;

  return (
    <div className="max-w-3xl">
      <p className="mb-6">
        <Link href={backHref}>← {t("form.back")}</Link>
      </p>
      <p className="text-lg text-muted">{localize(procedure.title, locale)}</p>
      <p className="font-semibold text-muted">{t("form.stepOf", { n: index + 1, total: FORM_STEPS.length + 1 })}</p>
      <h1 className="mb-6 text-3xl sm:text-4xl">{t(`form.steps.${step}`)}</h1>
      {hasIntro ? <p className="mb-6 text-lg">{t(`form.stepIntro.${form.kind}.${step}` as MessageKey)}</p> : null}
      {start.prefilled ? (
        <p className="mb-6 border-l-4 border-brand bg-surface p-4 text-lg" data-testid="prefill-note">
          {t("form.prefillNote")}
        </p>
      ) : null}
      <StepForm
        step={step}
        form={form}
        feeOptions={feeOptionsOf(procedure)}
        fields={buildFieldDefs(step, procedure, locale)}
        defaultValues={start.values}
        action={saveStep.bind(null, locale, slug, segment)}
        hidden={reviewing ? { volver: "revisar" } : undefined}
        texts={{
          submit: t("form.continue"),
          pending: t("form.saving"),
          errorSummary: t("form.errorSummary"),
          optional: t("form.optional"),
          select: t("form.select"),
          errorPrefix: t("form.errorPrefix"),
          messages: errorMessages(locale),
        }}
      />
    </div>
  );
}
