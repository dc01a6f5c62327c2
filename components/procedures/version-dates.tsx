import { dayOf } from "@/lib/catalogue/history";
import type { VersionSummary } from "@/lib/catalogue/versions";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { getTranslator } from "@/lib/i18n/messages";

/** A version's publication and effective dates, a scheduled one marked as such, and where it came from (history and changes pages). */
export function VersionDates({
  version,
  locale,
}: {
  version: Pick<VersionSummary, "publishedAt" | "effectiveAt" | "isScheduled" | "isLive" | "origin">;
  locale: Locale;
}) {
  const t = getTranslator(locale);
  const day = (iso: string) => formatDate(dayOf(iso), locale);
  return (
    <p className="flex flex-wrap gap-x-4 gap-y-1">
      {version.isLive ? (
        <strong className="border-2 border-ok px-2 text-ok-dark">{t("history.liveBadge")}</strong>
      ) : null}
      {version.isScheduled ? (
        <strong className="border-2 border-warn px-2 text-warn">{t("history.scheduledBadge")}</strong>
      ) : null}
      <span>{t("history.publishedOn", { date: day(version.publishedAt) })}</span>
      <span className={version.isScheduled ? "font-semibold" : undefined}>
        {version.isScheduled
          ? t("history.scheduledFrom", { date: day(version.effectiveAt) })
          : t("history.effectiveFrom", { date: day(version.effectiveAt) })}
      </span>
      {version.origin === "files" ? <span>{t("history.originFiles")}</span> : null}
      {version.origin === "import" ? <span>{t("history.originImport")}</span> : null}
    </p>
  );
}
