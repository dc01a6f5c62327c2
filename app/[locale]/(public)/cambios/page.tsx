import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Link } from "@/components/link";
import { VersionChanges } from "@/components/procedures/version-changes";
import { VersionDates } from "@/components/procedures/version-dates";
import { listRecentChanges, RECENT_CHANGES_LIMIT } from "@/lib/catalogue/changes";
import { groupByPublicationDay } from "@/lib/catalogue/history";
import { pageAlternates } from "@/lib/i18n/alternates";
import { isLocale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";

type Props = { params: Promise<{ locale: string }> };

// CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): Next reads this segment option only as a literal.
export const revalidate = 60;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = getTranslator(locale);
  return {
    title: t("history.changesTitle"),
    alternates: {
      ...pageAlternates(locale, "/cambios"),
      types: { "application/atom+xml": [{ url: `/${locale}/cambios/feed.xml`, title: t("history.changesTitle") }] },
    },
  };
}

/** Every change published to the catalogue, newest first, grouped by the day it was published. */
export default async function ChangesPage({ params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  const t = getTranslator(locale);
  const changes = await listRecentChanges(locale);
  const days = groupByPublicationDay(changes);

  return (
    <div className="max-w-3xl space-y-8">
      <header className="space-y-3">
        <h1 className="text-3xl sm:text-4xl">{t("history.changesTitle")}</h1>
        <p className="text-lg">{t("history.changesIntro")}</p>
        <p>
          <a href={`/${locale}/cambios/feed.xml`} type="application/atom+xml">
            {t("history.feedLink")}
          </a>
        </p>
        {changes.length >= RECENT_CHANGES_LIMIT ? (
          <p className="text-muted">{t("history.changesLimit", { count: RECENT_CHANGES_LIMIT })}</p>
        ) : null}
      </header>
      {days.length === 0 ? <p>{t("history.changesEmpty")}</p> : null}
      {days.map(({ day, versions }) => (
        <section key={day} aria-labelledby={`day-${day}`} className="space-y-4">
          <h2 id={`day-${day}`} className="border-b-4 border-brand pb-1 text-2xl">
            {t("history.changesPublishedOn", { date: formatDate(day, locale) })}
          </h2>
          <ul className="space-y-6" data-testid="changes">
            {versions.map((v) => (
              <li key={`${v.slug}-${v.number}`} className="space-y-2">
                <h3 className="text-xl">
                  <Link href={`/${locale}/tramites/${v.slug}/version/${v.number}`}>
                    {t("history.changeEntry", { procedure: localize(v.title, locale), number: v.number })}
                  </Link>
                </h3>
                <VersionDates version={v} locale={locale} />
                <VersionChanges sentences={v.sentences} note={v.note} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
