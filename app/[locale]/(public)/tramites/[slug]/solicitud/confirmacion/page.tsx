import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound, redirect } from "next/navigation";
import { AnswersList } from "@/components/answers-list";
import { DocumentLinks } from "@/components/document-links";
import { PageSection } from "@/components/page-section";
import { PersonChecklist } from "@/components/person-checklist";
import { stepValues } from "@/lib/applications/answers";
import { readDraftToken } from "@/lib/applications/cookies";
import { requestOrigin } from "@/lib/http/request-client";
import { buildFieldDefs } from "@/lib/applications/field-defs";
import { getConfirmation, getDraftState } from "@/lib/applications/queries";
import { FORM_STEPS, STEP_SLUGS } from "@/lib/applications/fields";
import { firstIncompleteStep } from "@/lib/applications/steps";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { RETENTION, periodMinutes } from "@/lib/privacy/retention-periods";
import { signOut } from "../../../../seguimiento/actions";

type Props = { params: Promise<{ locale: string; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("confirm.title"), robots: { index: false } };
}

/**
 * Confirmation: number, the password (only on the browser that sent the form, for a few minutes),
 * what happens next, the documents to bring and the downloads. After that window only the number is
 * shown (lib/retention), and "Finish on this device" ends everything at once (a shared device or kiosk).
 */
export default async function ConfirmationPage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const token = await readDraftToken(slug);
  const confirmation = await getConfirmation(token, slug, await requestOrigin());
  if (!confirmation) {
    // Not sent yet: back to the first step still to answer (or the review), never a confirmation of nothing.
    const draft = await getDraftState(token, slug);
    if (draft.status !== "open") redirect(`/${locale}/tramites/${slug}`);
    const missing = firstIncompleteStep(draft.answers);
    redirect(`/${locale}/tramites/${slug}/solicitud/${missing ? STEP_SLUGS[missing] : "revisar"}`);
  }
  const t = getTranslator(locale);
  const finish = (
    <form action={signOut.bind(null, locale)} className="space-y-3 border-l-4 border-warn pl-4">
      <p>{t("confirm.finishHint")}</p>
      <button
        type="submit"
        className="min-h-12 border-2 border-current px-5 py-2 text-lg font-semibold"
        data-testid="finish-on-device"
      >
        {t("confirm.finish")}
      </button>
    </form>
  );
  if (confirmation.mode === "number") {
    return (
      <div className="max-w-3xl space-y-8">
        <h1 className="text-3xl sm:text-4xl">{t("confirm.title")}</h1>
        <dl>
          <dt className="text-lg">{t("confirm.numberLabel")}</dt>
          <dd className="font-mono text-3xl font-bold tracking-wider" data-testid="application-number">
            {confirmation.number}
          </dd>
        </dl>
        <p className="text-lg">{t("confirm.numberOnly", { minutes: periodMinutes(RETENTION.confirmationMs) })}</p>
        <p>
          <Link href={`/${locale}/seguimiento`} className="text-lg font-semibold">
            {t("confirm.viewStatus")} →
          </Link>
        </p>
        {finish}
      </div>
    );
  }
  const { view, password } = confirmation;
  const resolution = view.procedure.deadline.resolution;

  return (
    <div className="max-w-3xl space-y-10">
      <div className="bg-ok p-6 text-center text-white">
        <h1 className="text-3xl sm:text-4xl">{t("confirm.title")}</h1>
        <p className="mt-2 text-lg">{localize(view.procedure.title, locale)}</p>
        <dl className="mt-4 space-y-3">
          <div>
            <dt className="text-lg">{t("confirm.numberLabel")}</dt>
            <dd className="font-mono text-3xl font-bold tracking-wider" data-testid="application-number">
              {view.number}
            </dd>
          </div>
          {password ? (
            <div>
              <dt className="text-lg">{t("confirm.passwordLabel")}</dt>
              <dd className="font-mono text-3xl font-bold tracking-wider" data-testid="application-password">
                {password}
              </dd>
            </div>
          ) : null}
        </dl>
      </div>
      <p className="border-l-4 border-warn pl-4 text-lg font-semibold">
        {password ? t("confirm.passwordOnce") : t("confirm.passwordGone")}
      </p>
      {finish}

      {view.office ? (
        <p className="text-lg" data-testid="application-office">
          {t("offices.yourOffice")}:{" "}
          <Link href={`/${locale}/oficinas/${view.office.slug}`} className="font-semibold">
            {localize(view.office.name, locale)} ({view.office.city})
          </Link>
        </p>
      ) : null}

      <PageSection id="downloads-title" title={t("confirm.downloadsTitle")} className="space-y-3">
        <p>{t("confirm.downloadsIntro")}</p>
        <DocumentLinks locale={locale} number={view.number} />
      </PageSection>

      <p>
        <a href={`/${locale}/seguimiento/estado`} className="text-lg font-semibold">
          {t("confirm.viewStatus")} →
        </a>
      </p>

      <PageSection id="next-title" title={t("confirm.nextTitle")} className="space-y-3">
        <ol className="list-decimal space-y-2 pl-7">
          <li>{t("confirm.next1")}</li>
          <li>{t("confirm.next2")}</li>
          <li>{t("confirm.next3")}</li>
          {resolution ? (
            <li>{t("confirm.next4", { days: resolution.days, unit: t(`units.${resolution.unit}`) })}</li>
          ) : null}
        </ol>
      </PageSection>

      <PersonChecklist view={view} locale={locale} />

      <PageSection id="answers-title" title={t("confirm.answersTitle")} headingClassName="mb-4 text-2xl">
        {FORM_STEPS.map((step) => (
          <AnswersList
            key={step}
            headingLevel={3}
            locale={locale}
            title={t(`form.steps.${step}`)}
            fields={buildFieldDefs(step, view.procedure, locale)}
            values={stepValues(view.answers, step)}
          />
        ))}
      </PageSection>
    </div>
  );
}
