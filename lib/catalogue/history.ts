/**
 * What the published record says about each version, for the history, version and "recent changes" pages,
 * the feed and the open data: when a version was in force, its changes in words, and the names those words
 * use. Plain functions over the version summaries (lib/catalogue/versions.ts).
 */
import { localDateOf } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/config";
import { getTranslator } from "@/lib/i18n/messages";
import type { OfficeDTO } from "@/lib/offices/types";
import type { CatalogueDTO } from "@/lib/procedures/types";
import { describeChanges, type DescribeChangeOptions } from "./diff";
import type { VersionSummary } from "./versions";

/** When a version applies: in force now, scheduled, or in force from one moment until the next version. */
export type VersionPeriod =
  | { state: "live"; from: string }
  | { state: "scheduled"; from: string }
  | { state: "past"; from: string; until: string | null };

/**
 * The period of `version` among its procedure's `versions` (any order). A past version was in force until the
 * next version that took effect (versions take effect in the order of their numbers: publishing refuses an
 * effective date before the previous one's).
 */
export function versionPeriod(
  version: Pick<VersionSummary, "number" | "effectiveAt" | "isLive" | "isScheduled">,
  versions: readonly Pick<VersionSummary, "number" | "effectiveAt" | "isScheduled">[],
): VersionPeriod {
  if (version.isScheduled) return { state: "scheduled", from: version.effectiveAt };
  if (version.isLive) return { state: "live", from: version.effectiveAt };
  const next = versions
    .filter((v) => v.number > version.number && !v.isScheduled)
    .sort((a, b) => a.number - b.number)[0];
  return { state: "past", from: version.effectiveAt, until: next?.effectiveAt ?? null };
}

/** The calendar day (where the authority is) of an instant, for grouping and printing. */
export function dayOf(iso: string): string {
  return localDateOf(iso);
}

/** Versions grouped by the day they were published (authority's time zone), keeping the given order. */
export function groupByPublicationDay<T extends Pick<VersionSummary, "publishedAt">>(
  versions: readonly T[],
): { day: string; versions: T[] }[] {
  const groups: { day: string; versions: T[] }[] = [];
  for (const version of versions) {
    const day = dayOf(version.publishedAt);
    const last = groups.at(-1);
    if (last?.day === day) last.versions.push(version);
    else groups.push({ day, versions: [version] });
  }
  return groups;
}

/** The names the change sentences use for what a change refers to by slug or id. */
export function changeNames(catalogue: CatalogueDTO, offices: readonly OfficeDTO[]): DescribeChangeOptions {
  return {
    names: {
      offices: Object.fromEntries(offices.map((o) => [o.slug, o.name])),
      procedures: Object.fromEntries(catalogue.procedures.map((p) => [p.slug, p.title])),
      categories: Object.fromEntries(catalogue.categories.map((c) => [c.slug, c.name])),
      authorities: Object.fromEntries((catalogue.institution.rules?.authorities ?? []).map((a) => [a.id, a.name])),
      forms: Object.fromEntries((catalogue.institution.rules?.forms ?? []).map((f) => [f.id, f.name])),
      sources: Object.fromEntries(Object.values(catalogue.sources).map((s) => [s.id, s.title])),
    },
  };
}

/**
 * A version's changes as sentences in the reader's language. Version 1 loaded from the data files has no
 * earlier version to compare with: it says so instead of listing every requirement as "added".
 */
export function changeSentences(
  version: Pick<VersionSummary, "number" | "origin" | "changes">,
  locale: Locale,
  options: DescribeChangeOptions = {},
): string[] {
  const sentences = describeChanges(version.changes, locale, options);
  if (sentences.length > 0) return sentences;
  const t = getTranslator(locale);
  if (version.origin === "files" && version.number === 1) return [t("history.firstFromFiles")];
  return version.number === 1 ? [t("history.firstVersion")] : [];
}

/** The scheduled version that takes effect first, if any (the live page announces it). */
export function nextScheduled<T extends Pick<VersionSummary, "isScheduled" | "effectiveAt">>(
  versions: readonly T[],
): T | null {
  return versions.filter((v) => v.isScheduled).sort((a, b) => a.effectiveAt.localeCompare(b.effectiveAt))[0] ?? null;
}

/** The version number in a URL (`/version/3`), or null for anything else ("abc", "0", "03", a huge number). */
export function parseVersionNumber(segment: string): number | null {
  return /^[1-9][0-9]{0,8}$/.test(segment) ? Number(segment) : null;
}
