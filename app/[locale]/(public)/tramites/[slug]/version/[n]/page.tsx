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
import { getCatalogue } from "@/lib/procedures/queries";

type Props = { params: Promise<{ locale: string; slug: string; n: string }> };

// Rendered per request: versions are published after the build and past versions are rarely visited;
// each costs one read of the version row, and made-up version numbers leave nothing in any cache.
export const dynamic = "force-dynamic";

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
      catalogue={catalogue}
      sources={version.sources}
      offices={offices}
      locale={locale}
      mode="version"
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
