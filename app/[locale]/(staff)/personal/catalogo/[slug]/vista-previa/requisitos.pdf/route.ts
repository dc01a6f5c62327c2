import { getStaff } from "@/lib/auth/session";
import { getDraftPreview } from "@/lib/catalogue/staff-queries";
import { DomainError, errorResponse, errorStatus, unavailableResponse } from "@/lib/errors";
import { isLocale } from "@/lib/i18n/config";
import { renderBlankChecklistPdf } from "@/lib/pdf/renderer";
import { getCatalogue } from "@/lib/procedures/queries";

export const dynamic = "force-dynamic";

/**
 * The blank requirements checklist rendered from a procedure's draft, by the same renderer as the public
 * one (app/[locale]/(public)/tramites/[slug]/requisitos.pdf). Staff only; never stored by any cache.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: errorStatus.NOT_FOUND });
  try {
    const preview = await getDraftPreview(await getStaff(), slug);
    if (!preview?.procedure) return errorResponse("NOT_FOUND");
    const bytes = await renderBlankChecklistPdf({
      procedure: preview.procedure,
      institution: (await getCatalogue()).institution,
      locale,
      pageSize: "A4",
    });
    const disposition = new URL(request.url).searchParams.get("preview") === "1" ? "inline" : "attachment";
    return new Response(Buffer.from(bytes), {
      headers: {
        "Content-Type": "application/pdf",
        "Content-Disposition": `${disposition}; filename="borrador-requisitos-${slug}.pdf"`,
        "Cache-Control": "private, no-store",
        "X-Robots-Tag": "noindex",
      },
    });
  } catch (error) {
    const unavailable = unavailableResponse(error);
    if (unavailable) return unavailable;
    if (error instanceof DomainError) return errorResponse(error.code);
    throw error;
  }
}
