import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import { DOCUMENT_KINDS } from "@/lib/pdf/types";

/**
 * Download links of an application's four PDFs (A4, with a US Letter alternative). They need the
 * applicant session, or — with `base` set to the back-office path — a staff session that may open it.
 */
export function DocumentLinks({ locale, number, base: given }: { locale: Locale; number: string; base?: string }) {
  const t = getTranslator(locale);
  const base = given ?? `/${locale}/solicitudes/${number}`;
  return (
    <ul className="space-y-2">
      {DOCUMENT_KINDS.map((kind) => (
        <li key={kind}>
          <a href={`${base}/${kind}.pdf`} className="text-lg font-semibold" download>
            {t(`confirm.docs.${kind}`)}
          </a>{" "}
          <span className="text-sm">
            (
            <a href={`${base}/${kind}.pdf?tamano=carta`} download>
              {t("confirm.letterSize")}
            </a>
            )
          </span>
        </li>
      ))}
    </ul>
  );
}
