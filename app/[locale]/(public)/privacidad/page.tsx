import { pageAlternates } from "@/lib/i18n/alternates";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageSection } from "@/components/page-section";
import { SourceList } from "@/components/source-list";
import { VerifyBadge } from "@/components/verify-badge";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator, type MessageKey } from "@/lib/i18n/messages";
import { getCatalogue } from "@/lib/procedures/queries";
import { RETENTION, periodDays, periodHours, periodMinutes } from "@/lib/privacy/retention-periods";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  return { title: getTranslator(locale)("privacy.title"), alternates: pageAlternates(locale, "/privacidad") };
}

/**
 * The full privacy notice (aviso de privacidad integral, LGPDPPSO). Who is responsible and where ARCO
 * rights are exercised come from the institution's data (prisma/catalogue/institution.json,
 * `contact.privacy`); the retention table from lib/privacy/retention-periods.ts, the same numbers the purge uses.
 */
export default async function PrivacyPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const { institution, sources } = await getCatalogue();
  const privacy = institution.contact.privacy;
  const responsible = localize(privacy.responsible, locale);
  const retention: [MessageKey, string][] = [
    ["privacy.retentionDraft", t("privacy.retentionDraftPeriod", { hours: periodHours(RETENTION.draftMs) })],
    [
      "privacy.retentionConfirmation",
      t("privacy.retentionConfirmationPeriod", { minutes: periodMinutes(RETENTION.confirmationMs) }),
    ],
    [
      "privacy.retentionSession",
      t("privacy.retentionSessionPeriod", { minutes: periodMinutes(RETENTION.applicantSessionMs) }),
    ],
    ["privacy.retentionLimits", t("privacy.retentionLimitsPeriod")],
    [
      "privacy.retentionDocuments",
      t("privacy.retentionDocumentsPeriod", { days: periodDays(RETENTION.documentsAfterCloseMs) }),
    ],
    ["privacy.retentionApplication", t("privacy.retentionApplicationPeriod")],
  ];
  const cited = privacy.sources.map((id) => sources[id]).filter((s) => s !== undefined);

  return (
    <article className="max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl sm:text-4xl">{t("privacy.title")}</h1>
        <p className="text-lg">{t("privacy.intro")}</p>
      </header>

      <PageSection id="privacy-responsible" title={t("privacy.responsibleTitle")} className="space-y-2">
        <p data-testid="privacy-responsible">
          {t("privacy.responsibleBody", { responsible, address: privacy.address })}
          {privacy.verify ? <VerifyBadge locale={locale} /> : null}
        </p>
      </PageSection>

      <PageSection id="privacy-data" title={t("privacy.dataTitle")} className="space-y-2">
        <ul className="list-disc space-y-2 pl-6">
          <li>{t("privacy.dataForm")}</li>
          <li>{t("privacy.dataLookup")}</li>
          <li>{t("privacy.dataParticipation")}</li>
          <li>{t("privacy.dataTechnical")}</li>
        </ul>
        <p>{t("privacy.dataSensitive")}</p>
      </PageSection>

      <PageSection id="privacy-purposes" title={t("privacy.purposesTitle")} className="space-y-2">
        <ol className="list-decimal space-y-1 pl-7">
          {(
            [
              "privacy.purpose1",
              "privacy.purpose2",
              "privacy.purpose3",
              "privacy.purpose4",
              "privacy.purpose5",
            ] as const
          ).map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ol>
        <p>{t("privacy.purposesConsent")}</p>
      </PageSection>

      <PageSection id="privacy-basis" title={t("privacy.legalBasisTitle")} className="space-y-2">
        <p>{localize(privacy.legalBasis, locale)}</p>
      </PageSection>

      <PageSection id="privacy-transfers" title={t("privacy.transfersTitle")} className="space-y-2">
        <p>{localize(privacy.transfers, locale)}</p>
      </PageSection>

      <PageSection id="privacy-retention" title={t("privacy.retentionTitle")} className="space-y-2">
        <table className="w-full border-collapse text-left" data-testid="privacy-retention">
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="py-2 pr-4">
                {t("privacy.retentionWhat")}
              </th>
              <th scope="col" className="py-2">
                {t("privacy.retentionHowLong")}
              </th>
            </tr>
          </thead>
          <tbody>
            {retention.map(([what, period]) => (
              <tr key={what} className="border-b border-line align-top">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {t(what)}
                </th>
                <td className="py-2">{period}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </PageSection>

      <PageSection id="privacy-arco" title={t("privacy.arcoTitle")} className="space-y-2">
        <p>{t("privacy.arcoBody")}</p>
        <p data-testid="privacy-arco">
          {t("privacy.arcoHow", {
            unit: localize(privacy.transparencyUnit, locale),
            unitAddress: privacy.transparencyUnitAddress,
            arcoUrl: privacy.arcoUrl,
          })}
        </p>
        {privacy.transparencyUnitEmail ? (
          <p>{t("privacy.arcoEmail", { email: privacy.transparencyUnitEmail })}</p>
        ) : null}
      </PageSection>

      <PageSection id="privacy-changes" title={t("privacy.changesTitle")} className="space-y-2">
        <p>{t("privacy.changesBody")}</p>
      </PageSection>

      {privacy.verify ? (
        <PageSection
          id="privacy-verify"
          title={t("privacy.verifyTitle")}
          className="space-y-2 border-l-4 border-warn pl-4"
          headingClassName="text-xl"
        >
          <p lang="es">{privacy.verify}</p>
          <h3 className="text-lg">{t("privacy.sources")}</h3>
          <SourceList sources={cited} locale={locale} />
        </PageSection>
      ) : null}
    </article>
  );
}
