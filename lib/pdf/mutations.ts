import "server-only";
import { getDb } from "@/lib/db";
import type { DocumentKind, PageSize } from "./types";

/** Stores a rendered PDF, replacing one of an older layout, so later downloads never render again. */
export async function storeDocument(input: {
  applicationId: number;
  kind: DocumentKind;
  locale: string;
  pageSize: PageSize;
  layoutVersion: number;
  sha256: string;
  bytes: Uint8Array;
}) {
  const { applicationId, kind, locale, pageSize } = input;
  const data = { layoutVersion: input.layoutVersion, sha256: input.sha256, bytes: new Uint8Array(input.bytes) };
  await getDb().applicationDocument.upsert({
    where: { applicationId_kind_locale_pageSize: { applicationId, kind, locale, pageSize } },
    create: { applicationId, kind, locale, pageSize, ...data },
    update: { ...data, createdAt: new Date() },
  });
}
