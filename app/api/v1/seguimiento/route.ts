import { writeSessionToken } from "@/lib/applications/cookies";
import { clientKey } from "@/lib/http/request-client";
import { lookupApplication } from "@/lib/applications/lookup";
import { errorResponse, TRANSPORT_STATUS, unavailableResponse } from "@/lib/errors";
import { BodyTooLargeError, readJsonBody } from "@/lib/http/read-body";
import { crossOriginReason } from "@/lib/http/same-origin";
import { logSecurityEvent } from "@/lib/security/log";

export const dynamic = "force-dynamic";

/**
 * POST {"number", "password"} → 200 and an applicant session cookie; UNAUTHENTICATED (401) for any wrong
 * pair, unknown number or wrong password alike, so the answer never tells which numbers exist;
 * RATE_LIMITED (429 + Retry-After) when the attempts are used up; INVALID_INPUT for a malformed body
 * (422), one past the cap (413, lib/http/read-body.ts) or one that is not JSON (415); UNAVAILABLE (503 +
 * Retry-After) while the database is unreachable. Same-origin only (lib/http/same-origin.ts): route
 * handlers get no automatic CSRF check.
 */
export async function POST(request: Request) {
  const refused = crossOriginReason(request.headers);
  if (refused) {
    logSecurityEvent("request.cross_origin_refused", {
      client: await clientKey(),
      path: "/api/v1/seguimiento",
      reason: refused,
    });
    return errorResponse("FORBIDDEN");
  }
  if (!request.headers.get("content-type")?.startsWith("application/json"))
    return errorResponse("INVALID_INPUT", { status: TRANSPORT_STATUS.unsupportedMediaType });
  let body: unknown;
  try {
    body = await readJsonBody(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return errorResponse("INVALID_INPUT", { status: TRANSPORT_STATUS.bodyTooLarge, message: "Body too large" });
    return errorResponse("INVALID_INPUT");
  }
  const fields = (body ?? {}) as { number?: unknown; password?: unknown };
  let result: Awaited<ReturnType<typeof lookupApplication>>;
  try {
    result = await lookupApplication({ number: fields.number, password: fields.password }, await clientKey());
  } catch (error) {
    const unavailable = unavailableResponse(error);
    if (unavailable) return unavailable;
    throw error;
  }
  if (result.ok) {
    await writeSessionToken(result.sessionToken, result.expiresAt);
    return Response.json({ ok: true, status: "/es/seguimiento/estado" }, { headers: { "Cache-Control": "no-store" } });
  }
  if (result.reason === "RATE_LIMITED")
    return errorResponse("RATE_LIMITED", { retryAfterSeconds: result.retryAfterSeconds });
  if (result.reason === "INVALID_INPUT") return errorResponse("INVALID_INPUT");
  return errorResponse("UNAUTHENTICATED", { message: "Unknown number or wrong password" });
}
