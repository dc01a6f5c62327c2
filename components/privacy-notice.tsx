import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { privacyNoticePath, shortNoticeText, type CollectionPoint } from "@/lib/privacy/notice";
import { getCatalogue } from "@/lib/procedures/queries";

/** The simplified privacy notice where data is collected, with a link to the full notice. */
export async function ShortPrivacyNotice({ locale, point }: { locale: Locale; point: CollectionPoint }) {
  const { institution } = await getCatalogue();
  const t = getTranslator(locale);
  return (
    <div className="border-l-4 border-line pl-4 text-sm" data-testid={`privacy-notice-${point}`}>
      <p>
        <strong>{t("privacy.short.title")}.</strong> {shortNoticeText(locale, point, institution.contact.privacy)}{" "}
        <a href={privacyNoticePath(locale)}>{t("privacy.short.more")}</a>
      </p>
    </div>
  );
}
