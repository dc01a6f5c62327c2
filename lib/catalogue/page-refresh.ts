import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { PEER_HEADER } from "@/lib/http/client-address";

/**
 * How a server marks its own pre-rendered pages stale when another server published (or a scheduled version
 * went live). `revalidatePath` only works inside a request (Next keeps the page cache in the request's work
 * store; from a timer it throws "static generation store missing"), and the catalogue check runs on a timer
 * (./schedule.ts). So the timer asks its own process, over loopback, to run the revalidation in a route
 * handler (app/api/internal/catalogue-pages/route.ts). The handler answers only a request that carries this
 * process's secret, made at start in memory and never written anywhere, and that came from a loopback
 * socket; anything else gets 404 (nginx.conf also refuses the path from outside).
 */
export const PAGE_REFRESH_PATH = "/api/internal/catalogue-pages";
const SECRET_HEADER = "x-ventanilla-refresh";
/** A refresh that takes longer is given up; the next check asks again. */
const TIMEOUT_MS = 10_000;

const state = ((globalThis as unknown as { ventanillaPageRefresh?: { secret: Buffer } }).ventanillaPageRefresh ??= {
  secret: randomBytes(32),
});

/**
 * Asks this server to mark every pre-rendered page stale. False when it could not (no port known yet, as
 * in tests and during the build, or the request failed): the caller tries again on its next round.
 */
export async function requestPageRefresh(port = process.env.PORT): Promise<boolean> {
  if (!port) return false;
  try {
    const response = await fetch(`http://127.0.0.1:${port}${PAGE_REFRESH_PATH}`, {
      method: "POST",
      headers: { [SECRET_HEADER]: state.secret.toString("hex") },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    return response.status === 204;
  } catch {
    return false;
  }
}

const LOOPBACK = new Set(["127.0.0.1", "::1", "::ffff:127.0.0.1"]);

/** Whether a request to the refresh route is this process asking itself (secret and loopback socket). */
export function isPageRefreshRequest(headers: Headers): boolean {
  const peer = headers.get(PEER_HEADER) ?? "";
  const given = Buffer.from(headers.get(SECRET_HEADER) ?? "", "utf8");
  const expected = Buffer.from(state.secret.toString("hex"), "utf8");
  return LOOPBACK.has(peer) && given.length === expected.length && timingSafeEqual(given, expected);
}
