import { Link } from "@/components/link";
import { dayOf, type VersionPeriod } from "@/lib/catalogue/history";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { getTranslator } from "@/lib/i18n/messages";

/** The banner of a past or scheduled version's page: which version, when it applied, where today's page is. */
export function VersionNotice({
  slug,
  number,
  publishedAt,
  period,
  locale,
}: {
  slug: string;
  number: number;
  publishedAt: string;
  period: VersionPeriod;
  locale: Locale;
}) {
  const t = getTranslator(locale);
  const day = (iso: string) => formatDate(dayOf(iso), locale);
  const when =
    period.state === "live"
      ? t("history.periodLive", { from: day(period.from) })
      : period.state === "scheduled"
        ? t("history.periodScheduled", { from: day(period.from) })
        : period.until
          ? t("history.periodPast", { from: day(period.from), until: day(period.until) })
          : t("history.periodPastOpen", { from: day(period.from) });
  return (
    <section
      aria-labelledby="version-title"
      className="max-w-3xl space-y-2 border-l-4 border-brand bg-surface p-4"
      data-testid="version-notice"
    >
      <h2 id="version-title" className="text-2xl">
        {t("history.versionBannerTitle", { number })}
      </h2>
      <p>{t("history.versionBannerPublished", { date: day(publishedAt) })}</p>
      <p className="font-semibold">{when}</p>
      <ul className="flex flex-wrap gap-x-6 gap-y-1 [&_a]:inline-block [&_a]:py-1">
        <li>
          <Link href={`/${locale}/tramites/${slug}`}>{t("history.backToProcedure")}</Link>
        </li>
        <li>
          <Link href={`/${locale}/tramites/${slug}/historial`}>{t("history.versionHistoryLink")}</Link>
        </li>
      </ul>
    </section>
  );
}
