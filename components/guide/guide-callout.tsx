import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { GUIDE_PATH } from "@/lib/guide/paths";

/** "Not sure which procedure you need?" → the guide: offered on the home page and the catalogue. */
export function GuideCallout({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  return (
    <p className="max-w-3xl border-l-4 border-brand bg-surface p-4 text-lg print:hidden" data-testid="guide-callout">
      <span className="font-semibold">{t("guide.cta")}</span>{" "}
      <a href={`/${locale}${GUIDE_PATH}`} className="font-semibold">
        {t("guide.ctaLink")}
      </a>
    </p>
  );
}
