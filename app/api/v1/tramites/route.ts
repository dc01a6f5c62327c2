import { catalogueCacheControl } from "@/lib/cache/freshness";
import { toApiCatalogue } from "@/lib/open-data/procedure-api";
import { getCatalogue } from "@/lib/procedures/queries";

// CATALOGUE_FRESH_SECONDS (lib/cache/freshness.ts): Next reads this segment option only as a literal.
export const revalidate = 60;

/** Open data: the whole catalogue (summaries). Cached like the pages (lib/cache/freshness.ts). */
export async function GET() {
  const body = toApiCatalogue(await getCatalogue());
  return Response.json(body, {
    headers: {
      "Cache-Control": catalogueCacheControl(),
      "Access-Control-Allow-Origin": "*",
    },
  });
}
