import { clientKey, requestOrigin } from "@/lib/http/request-client";
import { applicationDocumentResponse } from "@/lib/pdf/stored-documents";
import { getApplicationDocumentForStaff } from "@/lib/applications/staff-queries";
import { requireStaff } from "@/lib/auth/session";
import { DomainError, unavailableResponse } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { DOCUMENT_KINDS, type DocumentKind, type PageSize } from "@/lib/pdf/types";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ locale: string; number: string; file: string }> };

const plain = (status: number, text: string) =>
  new Response(text, { status, headers: { "Cache-Control": "no-store", "Content-Type": "text/plain; charset=utf-8" } });

/**
 * The applicant's filled PDFs for an official: the permission (applications.view) is checked before
 * the parameters are read, the application must be in the official's scope (their offices, assigned
 * to them, or national) and every download is recorded. The PDF is in the application's language, as
 * the applicant got it (the same stored render).
 */
export async function GET(request: Request, { params }: Params) {
  try {
    const staff = await requireStaff("applications.view");
    const { locale, number, file } = await params;
    const kind = file.replace(/\.pdf$/, "") as DocumentKind;
    if (!isLocale(locale) || !file.endsWith(".pdf") || !DOCUMENT_KINDS.includes(kind)) return plain(404, "Not found");
    const url = new URL(request.url);
    const pageSize: PageSize = url.searchParams.get("tamano") === "carta" ? "LETTER" : "A4";
    const application = await getApplicationDocumentForStaff(staff, number, kind, await requestOrigin(), {
      client: await clientKey(),
    });
    if (!application) return plain(404, "Not found");
    return await applicationDocumentResponse(application, kind, pageSize, url.searchParams.get("preview") === "1");
  } catch (error) {
    if (error instanceof DomainError && error.code === "UNAUTHENTICATED") return plain(401, "Sign in");
    if (error instanceof DomainError && error.code === "FORBIDDEN") return plain(403, "Forbidden");
    const unavailable = unavailableResponse(error);
    if (unavailable) return unavailable;
    throw error;
  }
}
