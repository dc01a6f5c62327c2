import { catalogueCacheControl } from "@/lib/cache/freshness";
import { toApiProcedure } from "@/lib/open-data/procedure-api";
import { errorStatus } from "@/lib/errors";
import { getCatalogue, procedureSlugParams } from "@/lib/procedures/queries";

// CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): Next reads this segment option only as a literal.
export const revalidate = 60;

export const generateStaticParams = procedureSlugParams;

/** Open data: one procedure with requirements, fees, deadline, steps and sources. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const catalogue = await getCatalogue();
  const procedure = catalogue.procedures.find((p) => p.slug === slug);
  const headers = {
    "Cache-Control": catalogueCacheControl(),
    "Access-Control-Allow-Origin": "*",
  };
  if (!procedure) {
    return Response.json(
      { error: { code: "NOT_FOUND", message: `No procedure with slug "${slug.slice(0, 120)}"` } },
      { status: errorStatus.NOT_FOUND, headers },
    );
  }
  return Response.json(toApiProcedure(procedure, catalogue), { headers });
}
