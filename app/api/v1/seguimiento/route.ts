import { writeSessionToken } from "@/lib/applications/cookies";
import { clientKey } from "@/lib/http/request-client";
import { lookupApplication } from "@/lib/applications/lookup";
import { unavailableResponse } from "@/lib/errors";
import { BodyTooLargeError, readJsonBody } from "@/lib/http/read-body";
import { logSecurityEvent } from "@/lib/security/log";

export const dynamic = "force-dynamic";

const json = (body: unknown, status: number, extra: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...extra } });

/**
 * POST {"number", "password"} → 200 and an applicant session cookie, 401 for any wrong pair (unknown
 * number or wrong password alike), 429 + Retry-After when the attempts are used up, 422 for a malformed
 * body, 413 past the body cap (lib/http/read-body.ts), 503 + Retry-After while the database is unreachable. Same-origin only: route handlers get no
 * automatic CSRF check, so a foreign, "null" or missing Origin is refused (browsers always send one on POST).
 */
export async function POST(request: Request) {
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (!isSameOrigin(origin, host)) {
    logSecurityEvent("request.cross_origin_refused", { client: await clientKey(), path: "/api/v1/seguimiento", reason: origin ? "foreign-origin" : "missing-origin" });
    return json({ error: { code: "FORBIDDEN" } }, 403);
  }
  if (!request.headers.get("content-type")?.startsWith("application/json")) return json({ error: { code: "INVALID_INPUT" } }, 415);
  let body: unknown;
  try {
    body = await readJsonBody(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return json({ error: { code: "INVALID_INPUT", message: "Body too large" } }, 413);
    return json({ error: { code: "INVALID_INPUT" } }, 422);
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
    return json({ ok: true, status: "/es/seguimiento/estado" }, 200);
  }
  if (result.reason === "rate-limited") {
    return json({ error: { code: "RATE_LIMITED", retryAfterSeconds: result.retryAfterSeconds } }, 429, { "Retry-After": String(result.retryAfterSeconds) });
  }
  if (result.reason === "invalid") return json({ error: { code: "INVALID_INPUT" } }, 422);
  return json({ error: { code: "NOT_FOUND", message: "Unknown number or wrong password" } }, 401);
}

function isSameOrigin(origin: string | null, host: string | null): boolean {
  if (!origin || origin === "null" || !host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
