import { isPageRefreshRequest } from "@/lib/catalogue/page-refresh";
import { markCataloguePagesStale } from "@/lib/catalogue/revalidate";

/**
 * This server asking itself to mark its pre-rendered pages stale after the catalogue changed elsewhere
 * (lib/catalogue/page-refresh.ts explains why a route). Anyone else gets 404.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isPageRefreshRequest(request.headers)) return new Response("Not found", { status: 404 });
  markCataloguePagesStale();
  return new Response(null, { status: 204 });
}
