import { Link } from "@/components/link";
import { localize } from "@/lib/i18n/localize";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import type { InstitutionDTO } from "@/lib/procedures/types";

/** Footer of every page: what the portal is, the free-service warning, contact, open data and the record of catalogue changes. */
export function SiteFooter({ locale, institution }: { locale: Locale; institution: InstitutionDTO }) {
  const t = getTranslator(locale);
  return (
    <footer className="mt-16 border-t-4 border-brand bg-surface print:hidden">
      <div className="mx-auto max-w-5xl space-y-3 px-4 py-8 text-sm text-muted">
        <p>{t("site.footerAbout")}</p>
        <p className="font-semibold text-ink">{t("site.free")}</p>
        <p>
          {t("site.footerContact", {
            institution: localize(institution.shortName, locale),
            phone: institution.contact.phone,
            hours: localize(institution.contact.hours, locale),
          })}
        </p>
        <ul className="flex flex-wrap gap-x-6 gap-y-1 [&_a]:inline-block [&_a]:py-1">
          <li>
            <Link href={`/${locale}/oficinas`}>{t("offices.navLink")}</Link>
          </li>
          <li>
            <a href={`/${locale}/datos`}>{t("site.footerData")}</a>
          </li>
          <li>
            <a href={`/${locale}/estadisticas`}>{t("site.footerStats")}</a>
          </li>
          <li>
            <a href={`/${locale}/cambios`}>{t("history.footerLink")}</a>
          </li>
          <li>
            <a href={`/${locale}/privacidad`}>{t("site.footerPrivacy")}</a>
          </li>
        </ul>
      </div>
    </footer>
  );
}
