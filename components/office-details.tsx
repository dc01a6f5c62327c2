import { VerifyBadge } from "@/components/verify-badge";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { geoUri, webMapUrl } from "@/lib/offices/map-links";
import type { OfficeDTO } from "@/lib/offices/types";

/**
 * Address, hours, phone and map links of an office, as a description list. Unconfirmed details say so
 * (never an empty line or an invented value) and the national phone line stands in for a missing phone.
 */
export function OfficeDetails({
  office,
  locale,
  nationalPhone,
}: {
  office: OfficeDTO;
  locale: Locale;
  nationalPhone: string;
}) {
  const t = getTranslator(locale);
  return (
    <div className="space-y-2">
      <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("offices.address")}</dt>
        <dd className="mb-2 sm:mb-0">
          {office.address ? (
            <>
              {office.address}
              {office.postalCode ? `, ${t("offices.postalCode", { code: office.postalCode })}` : ""}, {office.city},{" "}
              {office.stateName}
            </>
          ) : (
            <>
              {t("offices.addressUnknown")} — {office.city}, {office.stateName}
            </>
          )}
          {office.verify ? <VerifyBadge locale={locale} /> : null}
        </dd>
        <dt className="font-semibold">{t("offices.hours")}</dt>
        <dd className="mb-2 sm:mb-0">{localize(office.hours, locale)}</dd>
        <dt className="font-semibold">{t("offices.phone")}</dt>
        <dd className="mb-2 sm:mb-0">
          {office.phone ? (
            <a href={`tel:${office.phone.replace(/[^\d+]/g, "")}`}>{office.phone}</a>
          ) : (
            <>
              {t("offices.phoneUnknown")}
              <a href={`tel:${nationalPhone.replace(/[^\d+]/g, "")}`}>{nationalPhone}</a>
            </>
          )}
        </dd>
      </dl>
      <ul className="flex flex-wrap gap-x-6 gap-y-1 print:hidden [&_a]:inline-block [&_a]:py-1">
        <li>
          <a href={geoUri(office)}>{t("offices.openMap")}</a>
        </li>
        <li>
          <a href={webMapUrl(office)} rel="noopener noreferrer">
            {t("offices.openOsm")}
          </a>
        </li>
      </ul>
    </div>
  );
}
