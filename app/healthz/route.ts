export const dynamic = "force-dynamic";

/** Liveness: the process answers. Touches nothing else, so it stays fast and never cascades a DB outage. */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
