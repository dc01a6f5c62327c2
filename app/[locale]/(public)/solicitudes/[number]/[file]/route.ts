import { readSessionToken } from "@/lib/applications/cookies";
import { requestOrigin } from "@/lib/http/request-client";
import { getApplicationForSession } from "@/lib/applications/queries";
import { unavailableResponse } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { applicationDocumentResponse } from "@/lib/pdf/stored-documents";
import { DOCUMENT_KINDS, type DocumentKind, type PageSize } from "@/lib/pdf/types";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; number: string; file: string }> };

const notFound = () =>
  new Response("Not found", {
    status: 404,
    headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" },
  });

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

  // In the language of the link the person followed (the same application may be downloaded in es and en).
  return applicationDocumentResponse(
    { ...application, locale },
    kind,
    pageSize,
    url.searchParams.get("preview") === "1",
  );
}
