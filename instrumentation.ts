/**
 * Runs once when the server starts (Next's instrumentation hook), before it answers requests.
 * 1. Refuses to start production without PUBLIC_BASE_URL or with a bad TRUSTED_PROXIES (review L7, M1).
 * 2. Stamps each request with the TCP peer address in a header only the server writes
 *    (lib/http/client-address.ts): Next hands route handlers, server actions and proxy.ts the request
 *    headers but no socket, and it keeps an X-Forwarded-For the client sent. The stamp overwrites any
 *    copy the client sent, so it cannot be forged.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // `next build` may load this file to pre-render pages: no server, no requests, nothing to check.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { assertPublicBaseUrlConfigured } = await import("./lib/http/public-origin");
  const { trustedProxiesFrom } = await import("./lib/http/client-address");
  try {
    assertPublicBaseUrlConfigured();
    trustedProxiesFrom(process.env.TRUSTED_PROXIES);
  } catch (error) {
    console.error(`Ventanilla cannot start: ${error instanceof Error ? error.message : error}`);
    process.exit(1);
  }
  const { stampPeerAddress } = await import("./lib/http/stamp-peer");
  stampPeerAddress();
}
