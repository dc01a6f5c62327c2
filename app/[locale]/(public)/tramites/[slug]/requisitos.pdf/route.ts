import { catalogueCacheControl } from "@/lib/cache/freshness";
import { isLocale, locales } from "@/lib/i18n/config";
import { errorStatus } from "@/lib/errors";
import { renderBlankChecklistPdf } from "@/lib/pdf/renderer";
import { getCatalogue } from "@/lib/procedures/queries";

// CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): Next reads this segment option only as a literal.
export const revalidate = 60;

export async function generateStaticParams() {
  const { procedures } = await getCatalogue();
  return locales.flatMap((locale) => procedures.map((p) => ({ locale, slug: p.slug })));
}

/** The blank requirements checklist of a procedure, printable without filling anything in. Pre-rendered at build time. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const catalogue = await getCatalogue();
  const procedure = catalogue.procedures.find((p) => p.slug === slug);
  if (!isLocale(locale) || !procedure) return new Response("Not found", { status: errorStatus.NOT_FOUND });
  const bytes = await renderBlankChecklistPdf({
    procedure,
    institution: catalogue.institution,
    locale,
    pageSize: "A4",
  });
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="requisitos-${slug}.pdf"`,
      "Cache-Control": catalogueCacheControl(),
    },
  });
}
