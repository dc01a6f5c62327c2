import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound, redirect } from "next/navigation";
import { AnswersList } from "@/components/answers-list";
import { ErrorSummary } from "@/components/forms/error-summary";
import { SubmitButton } from "@/components/forms/submit-button";
import { NotificationConsent } from "@/components/notifications/consent-fieldset";
import { OfficeChoice } from "@/components/office-choice";
import { stepValues } from "@/lib/applications/answers";
import { buildFieldDefs } from "@/lib/applications/field-defs";
import { FORM_STEPS, STEP_SLUGS } from "@/lib/applications/fields";
import { firstIncompleteStep } from "@/lib/applications/steps";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { listOfficesForProcedure } from "@/lib/offices/queries";
import { getProcedureBySlug } from "@/lib/procedures/queries";
import { todayIn } from "@/lib/dates";
import { checkAnswersWindow } from "@/lib/deadlines/window";
import { formatDate } from "@/lib/i18n/format-date";
import { submitApplication } from "../actions";
import { requireOpenDraft } from "../open-draft";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ error?: string; limite?: string }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("form.steps.revisar"), robots: { index: false } };
}

/** "Check your answers" before sending (GOV.UK pattern). */
export default async function ReviewPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const procedure = await getProcedureBySlug(slug);
  if (!procedure) notFound();
  const { answers } = await requireOpenDraft(locale, slug);
  const missing = firstIncompleteStep(answers);
  if (missing) redirect(`/${locale}/tramites/${slug}/solicitud/${STEP_SLUGS[missing]}`);

  const t = getTranslator(locale);
  const offices = await listOfficesForProcedure(slug);
  const query = await searchParams;
  const officeError = query.error === "oficina" ? t("offices.chooseError") : undefined;
  const notifyError = query.error === "avisos" ? t("notifications.consent.invalid") : undefined;
  const waitMinutes = Math.min(Math.max(Number.parseInt(query.limite ?? "", 10) || 0, 0), 24 * 60);
  const base = `/${locale}/tramites/${slug}/solicitud`;
  // A warning, not an error: the date the person typed falls outside the applicant's window (lib/deadlines/window.ts).
  const windowCheck = checkAnswersWindow(
    procedure.deadline.applicantDeadline,
    answers.details as Record<string, string | undefined> | undefined,
    todayIn(),
  );
  return (
    <div className="max-w-3xl">
      <p className="mb-6">
        <Link href={`${base}/${STEP_SLUGS.details}`}>← {t("form.back")}</Link>
      </p>
      <p className="text-lg text-muted">{localize(procedure.title, locale)}</p>
      <p className="font-semibold text-muted">
        {t("form.stepOf", { n: FORM_STEPS.length + 1, total: FORM_STEPS.length + 1 })}
      </p>
      <h1 className="mb-4 text-3xl sm:text-4xl">{t("form.steps.revisar")}</h1>
      <p className="mb-8 text-lg">{t("form.checkIntro")}</p>
      {windowCheck && windowCheck.state !== "open" ? (
        <div className="mb-8 border-l-4 border-warn bg-surface p-4" data-testid="window-warning">
          <p className="font-semibold">
            {windowCheck.state === "too-early"
              ? t("form.windowTooEarly", { opens: formatDate(windowCheck.opens, locale) })
              : t("form.windowLate", { closes: formatDate(windowCheck.closes, locale) })}
          </p>
        </div>
      ) : null}
      {FORM_STEPS.map((step) => (
        <AnswersList
          key={step}
          locale={locale}
          title={t(`form.steps.${step}`)}
          fields={buildFieldDefs(step, procedure, locale)}
          values={stepValues(answers, step)}
          changeHref={`${base}/${STEP_SLUGS[step]}`}
          changeText={t("form.change")}
          changeLabel={(field) => t("form.reviewChange", { field })}
        />
      ))}
      {waitMinutes > 0 ? (
        <div role="alert" className="mb-6 border-l-4 border-warn bg-surface p-4 font-semibold">
          {t("form.rateLimited", { minutes: waitMinutes })}
        </div>
      ) : null}
      <form action={submitApplication.bind(null, locale, slug)} className="space-y-4">
        <ErrorSummary
          title={t("form.errorSummary")}
          errors={[
            ...(officeError ? [{ field: "office", message: `${t("offices.officeFieldLabel")}: ${officeError}` }] : []),
            ...(notifyError ? [{ field: "notifyLocale-es", message: notifyError }] : []),
          ]}
        />
        <OfficeChoice
          locale={locale}
          offices={offices}
          applicantState={answers.address?.state ?? null}
          error={officeError}
        />
        <NotificationConsent locale={locale} error={notifyError} />
        <p className="font-semibold">{t("form.declaration")}</p>
        <SubmitButton label={t("form.submit")} pendingLabel={t("form.submitting")} />
      </form>
    </div>
  );
}
