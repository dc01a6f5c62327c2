import { createHash } from "node:crypto";
import { readSessionToken } from "@/lib/applications/cookies";
import { requestOrigin } from "@/lib/http/request-client";
import { storeDocument } from "@/lib/applications/mutations";
import { getApplicationForSession, getStoredDocument } from "@/lib/applications/queries";
import { unavailableResponse } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { renderApplicationDocument } from "@/lib/pdf/render";
import { DOCUMENT_KINDS, type DocumentKind, type PageSize } from "@/lib/pdf/types";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; number: string; file: string }> };

const notFound = () => new Response("Not found", { status: 404, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });

/**
 * One PDF of an application: only for a browser holding a live applicant session for that number
 * (after submitting, or after signing in with number and password). Anyone else gets the same 404
 * as for a number that does not exist. Rendered once, then served from the database.
 */
export async function GET(request: Request, context: Params) {
  try {
    return await servePdf(request, context);
  } catch (error) {
    const unavailable = unavailableResponse(error);
    if (unavailable) return unavailable;
    throw error;
  }
}

async function servePdf(request: Request, { params }: Params): Promise<Response> {
  const { locale, number, file } = await params;
  const kind = file.replace(/\.pdf$/, "") as DocumentKind;
  if (!isLocale(locale) || !file.endsWith(".pdf") || !DOCUMENT_KINDS.includes(kind)) return notFound();
  const url = new URL(request.url);
  const pageSize: PageSize = url.searchParams.get("tamano") === "carta" ? "LETTER" : "A4";

  const application = await getApplicationForSession(await readSessionToken(), number, await requestOrigin());
  if (!application) return notFound();

  let stored = await getStoredDocument(application.id, kind, locale, pageSize);
  if (!stored) {
    const bytes = await renderApplicationDocument(kind, { ...application, locale }, pageSize);
    stored = { bytes: new Uint8Array(bytes), sha256: createHash("sha256").update(bytes).digest("hex") };
    await storeDocument({ applicationId: application.id, kind, locale, pageSize, ...stored });
  }
  const disposition = url.searchParams.get("preview") === "1" ? "inline" : "attachment";
  return new Response(Buffer.from(stored.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `${disposition}; filename="${kind}-${application.number}.pdf"`,
      "Cache-Control": "private, no-store",
      ETag: `"${stored.sha256}"`,
    },
  });
}
