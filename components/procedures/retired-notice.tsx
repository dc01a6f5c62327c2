import { Link } from "@/components/link";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import type { Replacement } from "@/lib/procedures/offered";
import type { ProcedureDTO } from "@/lib/procedures/types";

/**
 * "This procedure is no longer offered": since when, why, and where to go instead. Shown on the procedure
 * page (its slug keeps answering: posters and old links) and on its request form's start page.
 */
export function RetiredNotice({
  retired,
  replacements,
  locale,
  id = "retired-title",
}: {
  retired: NonNullable<ProcedureDTO["retired"]>;
  replacements: readonly Replacement[];
  locale: Locale;
  id?: string;
}) {
  const t = getTranslator(locale);
  return (
    <section aria-labelledby={id} className="max-w-3xl space-y-2 border-l-4 border-warn bg-surface p-4">
      <h2 id={id} className="text-2xl">
        {t("history.retiredTitle")}
      </h2>
      <p className="font-semibold">{t("history.retiredSince", { date: formatDate(retired.on, locale) })}</p>
      <p>{localize(retired.note, locale)}</p>
      {replacements.length > 0 ? (
        <>
          <p>{t("history.retiredReplacedBy")}</p>
          <ul className="list-disc space-y-1 pl-7">
            {replacements.map((r) => (
              <li key={r.slug}>
                <Link href={`/${locale}/tramites/${r.slug}`}>{localize(r.title, locale)}</Link>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
