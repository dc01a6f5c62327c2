import "server-only";
import { getDb } from "@/lib/db";
import type { DocumentKind, PageSize } from "./types";

/** A PDF rendered earlier for this application, with the layout version it was rendered with, or null. */
export async function getStoredDocument(applicationId: number, kind: DocumentKind, locale: string, pageSize: PageSize) {
  return getDb().applicationDocument.findUnique({
    where: { applicationId_kind_locale_pageSize: { applicationId, kind, locale, pageSize } },
    select: { bytes: true, sha256: true, layoutVersion: true },
  });
}
