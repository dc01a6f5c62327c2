import "server-only";
import { formatDate } from "@/lib/i18n/format-date";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { listOffices } from "@/lib/offices/queries";
import { getCatalogue } from "@/lib/procedures/queries";
import { buildAtomFeed } from "./feed";
import { changeNames, changeSentences, dayOf } from "./history";
import { listRecentVersions, type VersionSummary } from "./versions";

/** How many published versions the "recent changes" page and its feed list (each procedure's page has all). */
export const RECENT_CHANGES_LIMIT = 100;

export type RecentChange = VersionSummary & { sentences: string[] };

/** The latest published versions across the catalogue, newest first, with their changes in the reader's words. */
export async function listRecentChanges(locale: Locale): Promise<RecentChange[]> {
  const [catalogue, offices, versions] = await Promise.all([
    getCatalogue(),
    listOffices(),
    listRecentVersions(RECENT_CHANGES_LIMIT),
  ]);
  const names = changeNames(catalogue, offices);
  return versions.map((v) => ({ ...v, sentences: changeSentences(v, locale, names) }));
}

/** The Atom feed of /{locale}/cambios, with absolute links on the portal's public origin. */
export async function recentChangesFeed(locale: Locale, origin: string, now = new Date()): Promise<string> {
  const t = getTranslator(locale);
  const [{ institution }, changes] = await Promise.all([getCatalogue(), listRecentChanges(locale)]);
  return buildAtomFeed({
    origin,
    selfPath: `/${locale}/cambios/feed.xml`,
    pagePath: `/${locale}/cambios`,
    language: locale,
    title: t("history.feedTitle", { institution: localize(institution.shortName, locale) }),
    author: localize(institution.name, locale),
    updated: now.toISOString(),
    entries: changes.map((c) => ({
      path: `/${locale}/tramites/${c.slug}/version/${c.number}`,
      title: t("history.changeEntry", { procedure: localize(c.title, locale), number: c.number }),
      published: c.publishedAt,
      summary: [
        c.isScheduled ? t("history.scheduledFrom", { date: formatDate(dayOf(c.effectiveAt), locale) }) + "." : "",
        ...c.sentences,
        c.note.trim() ? `${t("history.noteLabel")} ${c.note.trim()}` : "",
      ]
        .filter(Boolean)
        .join("\n"),
    })),
  });
}
