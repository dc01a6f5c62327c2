import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";

/** Discreet marker for a fact that could not be confirmed in an official source. */
export function VerifyBadge({ locale }: { locale: Locale }) {
  const t = getTranslator(locale);
  return (
    <span
      className="ml-1 inline-block rounded-sm border border-warn px-1.5 text-xs font-semibold whitespace-nowrap text-warn"
      title={t("procedure.verifyHint")}
    >
      {t("procedure.verify")}
      <span className="sr-only">: {t("procedure.verifyHint")}</span>
    </span>
  );
}
