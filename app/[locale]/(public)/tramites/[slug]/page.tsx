import { pageAlternates } from "@/lib/i18n/alternates";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ProcedureView } from "@/components/procedures/procedure-view";
import { nextScheduled } from "@/lib/catalogue/history";
import { listProcedureVersions } from "@/lib/catalogue/versions";
import { isLocale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { listOfficesForProcedure } from "@/lib/offices/queries";
import { getCatalogue, getProcedureBySlug, procedureSlugParams } from "@/lib/procedures/queries";

type Props = { params: Promise<{ locale: string; slug: string }> };

// CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): Next reads this segment option only as a literal.
export const revalidate = 60;

export const generateStaticParams = procedureSlugParams;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const procedure = await getProcedureBySlug(slug);
  if (!procedure) return {};
  return {
    title: localize(procedure.title, locale),
    description: localize(procedure.summary, locale),
    alternates: pageAlternates(locale, `/tramites/${slug}`),
  };
}

/** The procedure page: the live record, rendered by the view a past version and a staff preview share. */
export default async function ProcedurePage({ params }: Props) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) notFound();
  const catalogue = await getCatalogue();
  const procedure = catalogue.procedures.find((p) => p.slug === slug);
  if (!procedure) notFound();
  const [offices, versions] = await Promise.all([
    listOfficesForProcedure(procedure.slug),
    listProcedureVersions(procedure.slug),
  ]);
  return (
    <ProcedureView
      procedure={procedure}
      catalogue={catalogue}
      sources={catalogue.sources}
      offices={offices}
      locale={locale}
      mode="live"
      scheduled={nextScheduled(versions ?? [])}
    />
  );
}
