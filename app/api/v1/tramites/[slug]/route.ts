import { toApiProcedure } from "@/lib/open-data/procedure-api";
import { errorStatus } from "@/lib/errors";
import { getCatalogue, procedureSlugParams } from "@/lib/procedures/queries";

export const revalidate = 3600;

export const generateStaticParams = procedureSlugParams;

/** Open data: one procedure with requirements, fees, deadline, steps and sources. */
export async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const catalogue = await getCatalogue();
  const procedure = catalogue.procedures.find((p) => p.slug === slug);
  const headers = {
    "Cache-Control": "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400",
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
