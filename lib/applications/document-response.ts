import "server-only";
import { createHash } from "node:crypto";
import { renderApplicationDocument } from "@/lib/pdf/render";
import type { DocumentKind, PageSize } from "@/lib/pdf/types";
import { storeDocument } from "./mutations";
import { getStoredDocument } from "./queries";
import type { ApplicationView } from "./types";

/**
 * One PDF of an application as an HTTP response: rendered once per application, language and page
 * size, then served from the database; `private, no-store` because it holds personal data.
 */
export async function applicationDocumentResponse(application: ApplicationView & { id: number }, kind: DocumentKind, pageSize: PageSize, preview: boolean): Promise<Response> {
  const locale = application.locale;
  let stored = await getStoredDocument(application.id, kind, locale, pageSize);
  if (!stored) {
    const bytes = await renderApplicationDocument(kind, application, pageSize);
    stored = { bytes: new Uint8Array(bytes), sha256: createHash("sha256").update(bytes).digest("hex") };
    await storeDocument({ applicationId: application.id, kind, locale, pageSize, ...stored });
  }
  return new Response(Buffer.from(stored.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `${preview ? "inline" : "attachment"}; filename="${kind}-${application.number}.pdf"`,
      "Cache-Control": "private, no-store",
      ETag: `"${stored.sha256}"`,
    },
  });
}
