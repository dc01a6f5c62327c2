import { VerifyBadge } from "@/components/verify-badge";
import type { GuideResult } from "@/prisma/catalogue/guide-schema";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import type { Translate } from "@/lib/i18n/messages";
import type { InstitutionDTO } from "@/lib/procedures/types";

type Props = {
  result: Extract<GuideResult, { kind: "help" }>;
  institution: Pick<InstitutionDTO, "name" | "contact" | "website">;
  locale: Locale;
  t: Translate;
};

/** The end of a branch the portal does not handle: what to do and who to reach (never a dead end). */
export function GuideHelp({ result, institution, locale, t }: Props) {
  const phoneHref = (phone: string) => `tel:${phone.replace(/[^\d+]/g, "")}`;
  return (
    <section aria-labelledby="guide-help-title" className="max-w-3xl space-y-4" data-testid="guide-help">
      <p>{localize(result.body, locale)}</p>
      <h2 id="guide-help-title" className="text-2xl">
        {t("guide.helpTitle")}
      </h2>
      <ul className="space-y-4">
        {result.contacts.map((c) => (
          <li key={c.name.es} className="border-l-4 border-brand pl-3">
            <p className="font-semibold">
              {localize(c.name, locale)}
              {c.verify ? <VerifyBadge locale={locale} /> : null}
            </p>
            <p>{localize(c.detail, locale)}</p>
            {c.phone ? (
              <p>
                {t("guide.phone")}: <a href={phoneHref(c.phone)}>{c.phone}</a>
              </p>
            ) : null}
            {c.url ? (
              <p>
                {t("guide.website")}: <a href={c.url}>{c.url.replace(/^https?:\/\//, "")}</a>
              </p>
            ) : null}
          </li>
        ))}
        {result.institutionContact ? (
          <li className="border-l-4 border-brand pl-3">
            <p className="font-semibold">{localize(institution.name, locale)}</p>
            <p>
              {t("guide.phone")}: <a href={phoneHref(institution.contact.phone)}>{institution.contact.phone}</a>
            </p>
            <p>
              {t("guide.hours")}: {localize(institution.contact.hours, locale)}
            </p>
            <p>
              {t("guide.website")}: <a href={institution.website}>{institution.website.replace(/^https?:\/\//, "")}</a>
            </p>
          </li>
        ) : null}
      </ul>
      <p>
        <a href={`/${locale}/tramites`}>{t("guide.browseAll")}</a>
      </p>
    </section>
  );
}
