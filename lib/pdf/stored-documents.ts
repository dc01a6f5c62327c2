import "server-only";
import { createHash } from "node:crypto";
import type { ApplicationView } from "@/lib/applications/types";
import { storeDocument } from "./mutations";
import { getStoredDocument } from "./queries";
import { renderApplicationPdf } from "./renderer";
import { DOCUMENT_LAYOUT_VERSION, type DocumentKind, type PageSize } from "./types";

/**
 * One PDF of an application: the stored bytes when they were rendered with the document's current
 * layout (DOCUMENT_LAYOUT_VERSION), otherwise rendered now, hashed and stored in place of the old
 * file, so a layout fix reaches every application on its next download. Rendering is the expensive
 * part (it blocks the event loop): it happens once per application, language, page size and layout.
 */
export async function getOrRenderApplicationDocument(
  application: ApplicationView & { id: number },
  kind: DocumentKind,
  pageSize: PageSize,
): Promise<{ bytes: Uint8Array; sha256: string }> {
  const { locale } = application;
  const layoutVersion = DOCUMENT_LAYOUT_VERSION[kind];
  const stored = await getStoredDocument(application.id, kind, locale, pageSize);
  if (stored && stored.layoutVersion === layoutVersion) return { bytes: stored.bytes, sha256: stored.sha256 };
  const bytes = await renderApplicationPdf(kind, application, pageSize);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  await storeDocument({ applicationId: application.id, kind, locale, pageSize, layoutVersion, sha256, bytes });
  return { bytes, sha256 };
}

/**
 * The PDF as an HTTP response: attachment unless `preview` (then shown inline), `private, no-store`
 * because it holds personal data, and its hash as ETag.
 */
export async function applicationDocumentResponse(
  application: ApplicationView & { id: number },
  kind: DocumentKind,
  pageSize: PageSize,
  preview: boolean,
): Promise<Response> {
  const { bytes, sha256 } = await getOrRenderApplicationDocument(application, kind, pageSize);
  return new Response(Buffer.from(bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `${preview ? "inline" : "attachment"}; filename="${kind}-${application.number}.pdf"`,
      "Cache-Control": "private, no-store",
      ETag: `"${sha256}"`,
    },
  });
}
