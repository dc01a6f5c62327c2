import { clientKey } from "@/lib/http/request-client";
import { BodyTooLargeError, readFormBody } from "@/lib/http/read-body";
import { isLocale } from "@/lib/i18n/config";
import { recordPageFeedback } from "@/lib/participation/mutations";
import { logSecurityEvent } from "@/lib/security/log";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string }> };

const json = (body: unknown, status: number, extra: Record<string, string> = {}) => Response.json(body, { status, headers: { "Cache-Control": "no-store", ...extra } });
const seeOther = (location: string) => new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/** Browsers send Origin on every POST; a foreign one (or "null", from sandboxed frames) is a cross-site request. */
function isCrossOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (request.headers.get("sec-fetch-site") === "cross-site") return true;
  if (origin === null) return false;
  if (origin === "null") return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/**
 * POST from the "Was this page useful?" form at the end of every page (path, useful=yes|no, honeypot).
 * A route handler rather than a server action so the static pages that carry the form stay static.
 * With `Accept: application/json` (the in-page script) it answers JSON; a plain form post is sent on
 * to /{locale}/opinion (303) for the optional comment. Same-origin only.
 */
export async function POST(request: Request, { params }: Params) {
  const { locale } = await params;
  const lang = isLocale(locale) ? locale : "es";
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false;
  if (isCrossOrigin(request)) {
    logSecurityEvent("request.cross_origin_refused", { client: await clientKey(), path: `/${lang}/opinion/enviar`, reason: "cross-site" });
    return json({ ok: false, error: { code: "FORBIDDEN" } }, 403);
  }
  let form: FormData;
  try {
    form = await readFormBody(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError) return json({ ok: false, error: { code: "INVALID_INPUT" } }, 413);
    return wantsJson ? json({ ok: false, error: { code: "INVALID_INPUT" } }, 422) : seeOther(`/${lang}/opinion?error=invalida`);
  }
  const path = form.get("path");
  const result = await recordPageFeedback({ path, useful: form.get("useful"), honeypot: form.get("website") ?? "" }, await clientKey());
  if (result.ok) {
    if (wantsJson) return json({ ok: true, ref: result.ref }, 200);
    const query = new URLSearchParams({ ref: result.ref, util: form.get("useful") === "yes" ? "si" : "no", pagina: String(path) });
    return seeOther(`/${lang}/opinion?${query}`);
  }
  if (result.reason === "rate-limited") {
    const headers = { "Retry-After": String(result.retryAfterSeconds) };
    if (wantsJson) return json({ ok: false, error: { code: "RATE_LIMITED", retryAfterSeconds: result.retryAfterSeconds } }, 429, headers);
    return seeOther(`/${lang}/opinion?${new URLSearchParams({ error: "limite", minutos: String(Math.ceil(result.retryAfterSeconds / 60)), pagina: String(path) })}`);
  }
  return wantsJson ? json({ ok: false, error: { code: "INVALID_INPUT" } }, 422) : seeOther(`/${lang}/opinion?error=invalida`);
}
