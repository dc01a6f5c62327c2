import { pageAlternates } from "@/lib/i18n/alternates";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LookupForm } from "@/components/lookup-form";
import { ShortPrivacyNotice } from "@/components/privacy-notice";
import { isLocale } from "@/lib/i18n/config";
import { getTranslator, pickMessages } from "@/lib/i18n/messages";
import { lookup } from "./actions";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ fin?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("lookup.title"), alternates: pageAlternates(locale, "/seguimiento") };
}

/** Status look-up: number and password go in a POST body, never in the URL. */
export default async function LookupPage({ params, searchParams }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const finished = (await searchParams).fin === "1";
  return (
    <div className="max-w-3xl space-y-6">
      {finished ? (
        <p
          role="status"
          className="border-l-4 border-ok bg-surface p-4 text-lg font-semibold"
          data-testid="finished-on-device"
        >
          {t("lookup.finished")}
        </p>
      ) : null}
      <h1 className="text-3xl sm:text-4xl">{t("lookup.title")}</h1>
      <p className="text-lg">{t("lookup.intro")}</p>
      <LookupForm
        action={lookup.bind(null, locale)}
        texts={{
          number: t("lookup.number"),
          numberHint: t("lookup.numberHint"),
          password: t("lookup.password"),
          submit: t("lookup.submit"),
          pending: t("lookup.pending"),
          errorTitle: t("form.errorSummary"),
        }}
        messages={pickMessages(locale, ["errors.lookupFailed", "lookup.rateLimited"])}
      />
      <p className="text-muted">{t("lookup.free")}</p>
      <ShortPrivacyNotice locale={locale} point="lookup" />
    </div>
  );
}
