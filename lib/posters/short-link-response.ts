import "server-only";
import { after } from "next/server";
import { isLocale, negotiateLocale, type Locale } from "@/lib/i18n/config";
import { normalizeShortCode } from "./codes";
import { recordScan } from "./mutations";
import { shortLinkNotFoundHtml } from "./not-found-page";
import { resolveShortLink } from "./queries";
import { targetPath } from "./targets";

/** The visitor's language: an explicit ?lang= (from the 404 page's form or language link), else Accept-Language. */
function visitorLocale(request: Request): Locale {
  const lang = new URL(request.url).searchParams.get("lang");
  return isLocale(lang) ? lang : negotiateLocale(request.headers.get("accept-language"));
}

const personal = { "Cache-Control": "private, no-store", Vary: "Accept-Language" };

/**
 * Answers a scanned or typed short link: 302 to the poster's page in the visitor's language, the scan
 * counted after the response is sent (so counting never delays the redirect). The Location is built
 * from stored slugs on this origin only: nothing from the request can make it point elsewhere.
 * Unknown or malformed codes: a helpful 404 page, never a redirect.
 */
export async function shortLinkResponse(request: Request, rawCode: unknown): Promise<Response> {
  const locale = visitorLocale(request);
  const code = normalizeShortCode(rawCode);
  const link = code ? await resolveShortLink(code) : null;
  if (!code || !link) {
    const echo = code ?? null;
    return new Response(shortLinkNotFoundHtml(locale, echo), {
      status: 404,
      headers: { "Content-Type": "text/html; charset=utf-8", ...personal },
    });
  }
  after(() => recordScan(link.code).catch((error: unknown) => console.error("scan not counted", link.code, error)));
  return new Response(null, { status: 302, headers: { Location: targetPath(link, locale), ...personal } });
}
