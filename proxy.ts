import { NextResponse, type NextRequest } from "next/server";
import { clientAddress } from "@/lib/http/client-address";
import { newNonce, nonceContentSecurityPolicy, PER_REQUEST_PATH } from "@/lib/http/content-security-policy";
import { crossOriginReason } from "@/lib/http/same-origin";
import { negotiateLocale } from "@/lib/i18n/config";
import { logSecurityEvent } from "@/lib/security/log";

/**
 * Two jobs, each on its own matcher so cached pages pay nothing:
 * 1. Server actions (every POST carrying `Next-Action`, and every HTML form POST, which is how a
 *    server action arrives without JavaScript) must come from this site: the Origin's host must be
 *    the request's host (lib/http/same-origin.ts, the rule the POST route handlers use too). Next checks
 *    this too, but answers a forged request with a 500; here it is a plain 403 before any action code
 *    runs, and a missing or "null" Origin is refused as well (ASVS 3.5; quality-anchors S3).
 *    Each refusal is a line in the security log.
 * 2. Pages rendered per request for one person (lib/http/content-security-policy.ts) get a fresh nonce
 *    and a CSP that allows only scripts carrying it; Next reads the nonce from the request's CSP header
 *    and puts it on its own scripts.
 * 3. Paths without a language (/, /tramites/x, /xx/…) go to the visitor's language: Spanish by
 *    default, English when the browser prefers it. Pages under /es and /en never reach this part.
 */
export function proxy(request: NextRequest) {
  // RFC 8058 one-click unsubscribe: mail providers POST a form without Origin; a signed token authorises it.
  if (request.nextUrl.pathname === ONE_CLICK_UNSUBSCRIBE_PATH && !request.headers.has("next-action"))
    return NextResponse.next();
  const isAction = request.headers.has("next-action") || isFormPost(request);
  const refused = isAction ? crossOriginReason(request.headers) : null;
  if (refused) {
    logSecurityEvent("request.cross_origin_refused", {
      client: clientAddress(request.headers),
      path: request.nextUrl.pathname,
      reason: refused,
    });
    return new NextResponse("Forbidden: cross-origin request", {
      status: 403,
      headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
    });
  }
  if (PER_REQUEST_PATH.test(request.nextUrl.pathname)) return withNonce(request);
  if (isAction) return NextResponse.next();
  // The header matchers also bring other requests here (e.g. Next's own GET of a server action's
  // redirect target, which keeps the form's Content-Type): only language-less paths are redirected.
  if (!needsLanguage(request.nextUrl.pathname)) return NextResponse.next();
  const locale = negotiateLocale(request.headers.get("accept-language"));
  const { pathname, search } = request.nextUrl;
  const url = request.nextUrl.clone();
  url.pathname = `/${locale}${pathname === "/" ? "" : pathname}`;
  url.search = search;
  const response = NextResponse.redirect(url, 307);
  response.headers.set("Vary", "Accept-Language");
  response.headers.set("Cache-Control", "private, max-age=0");
  return response;
}

/** Passes the request on with a per-request nonce policy on both the request (for Next) and the response. */
function withNonce(request: NextRequest): NextResponse {
  const policy = nonceContentSecurityPolicy(newNonce(), process.env.NODE_ENV === "development");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/** app/api/v1/avisos/baja/route.ts (lib/notifications). */
const ONE_CLICK_UNSUBSCRIBE_PATH = "/api/v1/avisos/baja";

const WITHOUT_LANGUAGE =
  /^\/(?!es(?:\/|$)|en(?:\/|$)|q(?:\/|$)|api\/|_next\/|healthz$|readyz$|favicon\.ico$|icon\.svg$|robots\.txt$|sitemap\.xml$|fonts\/)/;

/** The same rule as the last matcher below. */
function needsLanguage(pathname: string): boolean {
  return WITHOUT_LANGUAGE.test(pathname);
}

function isFormPost(request: NextRequest): boolean {
  const type = request.headers.get("content-type") ?? "";
  return (
    request.method === "POST" &&
    (type.startsWith("multipart/form-data") || type.startsWith("application/x-www-form-urlencoded"))
  );
}

export const config = {
  matcher: [
    { source: "/:path*", has: [{ type: "header", key: "next-action" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "multipart/form-data.*" }] },
    { source: "/:path*", has: [{ type: "header", key: "content-type", value: "application/x-www-form-urlencoded.*" }] },
    // Per-request pages that get a nonce (keep in step with PER_REQUEST_PATH; a unit test checks it).
    "/:locale(es|en)/:section(personal|seguimiento|solicitudes)/:path*",
    "/:locale(es|en)/tramites/:slug/solicitud/:path*",
    // Keep the language list in step with lib/i18n/config.ts (a unit test checks it).
    "/((?!es(?:/|$)|en(?:/|$)|q(?:/|$)|api/|_next/|healthz$|readyz$|favicon\\.ico$|icon\\.svg$|robots\\.txt$|sitemap\\.xml$|fonts/).*)",
  ],
};
