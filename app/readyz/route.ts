import { checkReadiness } from "@/lib/health/queries";

export const dynamic = "force-dynamic";

/** Readiness: 200 when the database answers and all migrations are applied, 503 otherwise. */
export async function GET() {
  const readiness = await checkReadiness();
  return Response.json(
    { status: readiness.ready ? "ready" : "not-ready", ...readiness },
    { status: readiness.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
