import { clientKey } from "@/lib/http/request-client";
import { errorResponse, minutesToWait, TRANSPORT_STATUS } from "@/lib/errors";
import { BodyTooLargeError, readFormBody } from "@/lib/http/read-body";
import { crossOriginReason } from "@/lib/http/same-origin";
import { isLocale } from "@/lib/i18n/config";
import { recordPageFeedback } from "@/lib/participation/mutations";
import { logSecurityEvent } from "@/lib/security/log";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string }> };

const seeOther = (location: string) =>
  new Response(null, { status: 303, headers: { Location: location, "Cache-Control": "no-store" } });

/**
 * POST from the "Was this page useful?" form at the end of every page (path, useful=yes|no, honeypot).
 * A route handler rather than a server action so the static pages that carry the form stay static.
 * With `Accept: application/json` (the in-page script) it answers JSON; a plain form post is sent on
 * to /{locale}/opinion (303) for the optional comment. Same-origin only (lib/http/same-origin.ts).
 */
export async function POST(request: Request, { params }: Params) {
  const { locale } = await params;
  const lang = isLocale(locale) ? locale : "es";
  const wantsJson = request.headers.get("accept")?.includes("application/json") ?? false;
  const refused = crossOriginReason(request.headers);
  if (refused) {
    logSecurityEvent("request.cross_origin_refused", {
      client: await clientKey(),
      path: `/${lang}/opinion/enviar`,
      reason: refused,
    });
    return errorResponse("FORBIDDEN");
  }
  let form: FormData;
  try {
    form = await readFormBody(request);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return errorResponse("INVALID_INPUT", { status: TRANSPORT_STATUS.bodyTooLarge });
    return wantsJson ? errorResponse("INVALID_INPUT") : seeOther(`/${lang}/opinion?error=invalida`);
  }
  const path = form.get("path");
  const result = await recordPageFeedback(
    { path, useful: form.get("useful"), honeypot: form.get("website") ?? "" },
    await clientKey(),
  );
  if (result.ok) {
    if (wantsJson) return Response.json({ ok: true, ref: result.ref }, { headers: { "Cache-Control": "no-store" } });
    const query = new URLSearchParams({
      ref: result.ref,
      util: form.get("useful") === "yes" ? "si" : "no",
      pagina: String(path),
    });
    return seeOther(`/${lang}/opinion?${query}`);
  }
  if (result.reason === "RATE_LIMITED") {
    if (wantsJson) return errorResponse("RATE_LIMITED", { retryAfterSeconds: result.retryAfterSeconds });
    return seeOther(
      `/${lang}/opinion?${new URLSearchParams({ error: "limite", minutos: String(minutesToWait(result.retryAfterSeconds)), pagina: String(path) })}`,
    );
  }
  return wantsJson ? errorResponse("INVALID_INPUT") : seeOther(`/${lang}/opinion?error=invalida`);
}
