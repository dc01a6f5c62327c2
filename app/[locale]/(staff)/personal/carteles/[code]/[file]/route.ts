import { requestOrigin } from "@/lib/http/request-client";
import { requireStaff } from "@/lib/auth/session";
import { DomainError, errorStatus, unavailableResponse } from "@/lib/errors";
import { renderPosterPdf } from "@/lib/pdf/renderer";
import { normalizeShortCode } from "@/lib/posters/codes";
import { posterContent, shortUrl } from "@/lib/posters/poster-content";
import { qrPng, qrSvg } from "@/lib/posters/qr";
import { resolveShortLink } from "@/lib/posters/queries";
import { POSTER_FILES, type PosterFile } from "@/lib/posters/schemas";

export const dynamic = "force-dynamic";

const isPosterFile = (value: string): value is PosterFile => (POSTER_FILES as readonly string[]).includes(value);

/**
 * A poster's files for staff: `cartel-a4.pdf`, `cartel-a3.pdf`, and the QR code alone as `qr.svg` / `qr.png`.
 * Attachments unless `?preview=1`. The QR encodes PUBLIC_BASE_URL (or this request's origin) + /q/{code}.
 */
export async function GET(
  request: Request,
  { params }: { params: Promise<{ locale: string; code: string; file: string }> },
) {
  try {
    await requireStaff("posters.manage");
  } catch (error) {
    if (error instanceof DomainError)
      return new Response(error.code, { status: error.status, headers: { "Cache-Control": "no-store" } });
    throw error;
  }
  const { code: rawCode, file } = await params;
  const code = normalizeShortCode(rawCode);
  const link = code ? await resolveShortLink(code) : null;
  if (!link || !isPosterFile(file))
    return new Response("Not found", { status: errorStatus.NOT_FOUND, headers: { "Cache-Control": "no-store" } });

  const origin = await requestOrigin();
  const disposition = new URL(request.url).searchParams.get("preview") === "1" ? "inline" : "attachment";
  const headers = (type: string) => ({
    "Content-Type": type,
    "Content-Disposition": `${disposition}; filename="${link.code}-${file}"`,
    "Cache-Control": "private, no-store",
  });
  const url = shortUrl(origin, link.code);
  if (file === "qr.svg") return new Response(qrSvg(url), { headers: headers("image/svg+xml; charset=utf-8") });
  if (file === "qr.png") return new Response(new Uint8Array(await qrPng(url)), { headers: headers("image/png") });
  try {
    const bytes = await renderPosterPdf(await posterContent(link, origin), file === "cartel-a3.pdf" ? "A3" : "A4");
    return new Response(new Uint8Array(bytes), { headers: headers("application/pdf") });
  } catch (error) {
    const busy = unavailableResponse(error);
    if (busy) return busy;
    throw error;
  }
}
