import { NextResponse, type NextRequest } from "next/server";
import { negotiateLocale } from "@/lib/i18n/config";

/**
 * Sends paths without a language (/, /tramites/x, /xx/…) to the visitor's language: Spanish by
 * default, English when the browser prefers it. Pages under /es and /en never reach this code
 * (see the matcher), so cached pages pay nothing for it.
 */
export function proxy(request: NextRequest) {
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

export const config = {
  // Keep the language list in step with lib/i18n/config.ts (a unit test checks it).
  matcher: ["/((?!es(?:/|$)|en(?:/|$)|q(?:/|$)|api/|_next/|healthz$|readyz$|favicon\\.ico$|robots\\.txt$|fonts/).*)"],
};
