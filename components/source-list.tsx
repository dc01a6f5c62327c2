import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { getTranslator } from "@/lib/i18n/messages";
import type { SourceDTO } from "@/lib/procedures/types";

/** Cited sources with publisher, kind (primary/secondary) and the date they were read. */
export function SourceList({ sources, locale }: { sources: SourceDTO[]; locale: Locale }) {
  const t = getTranslator(locale);
  return (
    <ul className="print-urls list-disc space-y-2 pl-6">
      {sources.map((s) => (
        <li key={s.id}>
          <a href={s.url} rel="noopener noreferrer">
            {s.title}
          </a>{" "}
          <span className="text-sm text-muted">
            — {s.publisher}, {s.kind === "primary" ? t("procedure.sourcePrimary") : t("procedure.sourceSecondary")},{" "}
            {t("procedure.sourceAccessed", { date: formatDate(s.accessedOn, locale) })}
          </span>
        </li>
      ))}
    </ul>
  );
}
