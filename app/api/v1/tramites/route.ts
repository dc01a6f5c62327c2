import { toApiCatalogue } from "@/lib/open-data/procedure-api";
import { getCatalogue } from "@/lib/procedures/queries";

export const revalidate = 3600;

/** Open data: the whole catalogue (summaries). Cached like the pages; CDNs may keep it an hour. */
export async function GET() {
  const body = toApiCatalogue(await getCatalogue());
  return Response.json(body, {
    headers: {
      "Cache-Control": "public, max-age=300, s-maxage=3600, stale-while-revalidate=86400",
      "Access-Control-Allow-Origin": "*",
    },
  });
}
