import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProcedureView } from "@/components/procedures/procedure-view";
import { VersionNotice } from "@/components/procedures/version-notice";
import { parseVersionNumber, versionPeriod } from "@/lib/catalogue/history";
import { getProcedureVersion, listProcedureVersions } from "@/lib/catalogue/versions";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { listOfficesForRecord } from "@/lib/offices/queries";
import { replacementsOf } from "@/lib/procedures/offered";
import { getCatalogue } from "@/lib/procedures/queries";

type Props = { params: Promise<{ locale: string; slug: string; n: string }> };

// CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): Next reads this segment option only as a literal.
// A version's text never changes, but its banner does (in force → earlier) when a later one takes effect.
export const revalidate = 60;

// A procedure published after the build (or a version) is rendered on its first request, then cached like
// the rest; an unknown one still answers 404 from the page. (The [locale] layout turns this off for the site.)
export const dynamicParams = true;

// None at build time: each version page is rendered on its first visit, then cached like the others.
export function generateStaticParams() {
  return [];
}

async function findVersion(slug: string, n: string) {
  const number = parseVersionNumber(n);
  return number === null ? null : getProcedureVersion(slug, number);
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug, n } = await params;
  if (!isLocale(locale)) return {};
  const version = await findVersion(slug, n);
  if (!version) return {};
  return {
    title: getTranslator(locale)("history.versionTitle", {
      procedure: localize(version.procedure.title, locale),
      number: version.number,
    }),
    // A record of the past: search engines should send people to today's page, which this one points to.
    robots: { index: false, follow: true },
    alternates: { canonical: `/${locale}/tramites/${slug}` },
  };
}

/** One published version of a procedure exactly as it read, under a banner saying when it applied. */
export default async function VersionPage({ params }: Props) {
  const { locale, slug, n } = await params;
  if (!isLocale(locale)) notFound();
  const version = await findVersion(slug, n);
  if (!version) notFound();
  const [catalogue, versions, offices] = await Promise.all([
    getCatalogue(),
    listProcedureVersions(slug),
    listOfficesForRecord(version.procedure),
  ]);
  const { procedure } = version;
  return (
    <ProcedureView
      procedure={procedure}
      institution={catalogue.institution}
      category={catalogue.categories.find((c) => c.slug === procedure.categorySlug)}
      sources={version.sources}
      offices={offices}
      locale={locale}
      mode="version"
      replacements={replacementsOf(procedure, catalogue.procedures)}
      notice={
        <VersionNotice
          slug={slug}
          number={version.number}
          publishedAt={version.publishedAt}
          period={versionPeriod(version, versions ?? [])}
          locale={locale}
        />
      }
    />
  );
}
