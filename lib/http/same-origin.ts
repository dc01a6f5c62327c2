/**
 * The one same-origin rule for every request that changes something: server actions and form posts
 * (proxy.ts) and the route handlers that accept a POST. Route handlers get no CSRF check from Next, and
 * Next answers a forged server action with a 500; this rule answers both with a plain refusal.
 */

export type CrossOriginReason = "missing-origin" | "foreign-origin" | "cross-site";

/**
 * Why a request does not come from this site, or null when it does. Its Origin's host must be the
 * request's host (the first X-Forwarded-Host when a proxy set one, else Host). A missing Origin, or the
 * "null" of sandboxed frames and file: pages, is refused: browsers send Origin on every POST, so only
 * scripts and forged requests come without one. `Sec-Fetch-Site: cross-site` is refused whatever the
 * Origin says.
 */
export function crossOriginReason(headers: Pick<Headers, "get">): CrossOriginReason | null {
  if (headers.get("sec-fetch-site") === "cross-site") return "cross-site";
  const origin = headers.get("origin");
  if (!origin || origin === "null") return "missing-origin";
  const host = (headers.get("x-forwarded-host") ?? headers.get("host") ?? "").split(",")[0]?.trim();
  try {
    return host && new URL(origin).host === host ? null : "foreign-origin";
  } catch {
    return "foreign-origin";
  }
}

/** True when the request comes from this site (see crossOriginReason). */
export function isSameOriginRequest(headers: Pick<Headers, "get">): boolean {
  return crossOriginReason(headers) === null;
}
