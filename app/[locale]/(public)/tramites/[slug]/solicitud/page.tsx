import type { Metadata } from "next";
import { Link } from "@/components/link";
import { notFound } from "next/navigation";
import { ShortPrivacyNotice } from "@/components/privacy-notice";
import { FORM_STEPS } from "@/lib/applications/fields";
import { hasPrefill } from "@/lib/applications/prefill";
import { getGuide } from "@/lib/guide/data";
import { GUIDE_PREFILL_PARAM, guidePrefillFor } from "@/lib/guide/prefill";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { RetiredNotice } from "@/components/procedures/retired-notice";
import { replacementsOf } from "@/lib/procedures/offered";
import { getCatalogue, getProcedureBySlug } from "@/lib/procedures/queries";
import { startApplication } from "./actions";

type Props = {
  params: Promise<{ locale: string; slug: string }>;
  searchParams: Promise<{ expirada?: string; limite?: string; [GUIDE_PREFILL_PARAM]?: string | string[] }>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  const procedure = await getProcedureBySlug(slug);
  if (!isLocale(locale) || !procedure) return {};
  return {
    title: getTranslator(locale)("form.title", { procedure: localize(procedure.title, locale) }),
    robots: { index: false },
  };
}

/** Start page of the request form: what you need, the steps, and a button that opens a new draft. */
export default async function StartPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const catalogue = await getCatalogue();
  const procedure = catalogue.procedures.find((p) => p.slug === slug);
  if (!procedure) notFound();
  const t = getTranslator(locale);
  if (procedure.retired) {
    return (
      <div className="max-w-3xl space-y-6">
        <p>
          <Link href={`/${locale}/tramites/${slug}`}>← {localize(procedure.title, locale)}</Link>
        </p>
        <h1 className="text-3xl sm:text-4xl">{t("form.title", { procedure: localize(procedure.title, locale) })}</h1>
        <p className="text-lg font-semibold" data-testid="retired-refusal">
          {t("history.retiredNoApplication")}
        </p>
        <RetiredNotice
          retired={procedure.retired}
          replacements={replacementsOf(procedure, catalogue.procedures)}
          locale={locale}
        />
      </div>
    );
  }
  const { expirada, limite, [GUIDE_PREFILL_PARAM]: fromGuide } = await searchParams;
  // Coming from the guide's result: its answers ride along to the start button, which fills the steps with them.
  const guideQuery =
    typeof fromGuide === "string" && hasPrefill(guidePrefillFor(getGuide(), fromGuide, procedure)) ? fromGuide : null;
  const waitMinutes = Math.min(Math.max(Number.parseInt(limite ?? "", 10) || 0, 0), 24 * 60);
  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={`/${locale}/tramites/${slug}`}>← {localize(procedure.title, locale)}</Link>
      </p>
      <h1 className="text-3xl sm:text-4xl">{t("form.title", { procedure: localize(procedure.title, locale) })}</h1>
      {expirada ? (
        <div role="alert" className="border-l-4 border-warn bg-surface p-4 font-semibold">
          {t("form.expired")}
        </div>
      ) : null}
      {waitMinutes > 0 ? (
        <div role="alert" className="border-l-4 border-warn bg-surface p-4 font-semibold">
          {t("form.rateLimited", { minutes: waitMinutes })}
        </div>
      ) : null}
      <h2 className="text-2xl">{t("form.startTitle")}</h2>
      <p className="text-lg">{t("form.startIntro")}</p>
      <h3 className="text-xl">{t("form.stepsHeading")}</h3>
      <ol className="list-decimal space-y-1 pl-7">
        {[...FORM_STEPS, "revisar" as const].map((step) => (
          <li key={step}>{t(`form.steps.${step}`)}</li>
        ))}
      </ol>
      <p>{t("form.startSaved")}</p>
      <p className="font-semibold">{t("form.startPrivacy")}</p>
      <ShortPrivacyNotice locale={locale} point="form" />
      {guideQuery ? (
        <p className="border-l-4 border-brand bg-surface p-4" data-testid="prefill-start">
          {t("form.prefillStart")}
        </p>
      ) : null}
      <form action={startApplication.bind(null, locale, slug)}>
        {guideQuery ? <input type="hidden" name={GUIDE_PREFILL_PARAM} value={guideQuery} /> : null}
        <button
          type="submit"
          className="min-h-12 bg-ok px-6 py-3 text-xl font-bold text-white shadow-[0_2px_0_var(--color-ok-shadow)] hover:bg-ok-dark"
        >
          {t("form.startButton")} →
        </button>
      </form>
    </div>
  );
}
