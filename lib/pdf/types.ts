import type { ApplicationView } from "@/lib/applications/types";
import type { Locale } from "@/lib/i18n/config";
import type { PosterContent, PosterSize } from "@/lib/posters/types";
import type { InstitutionDTO, ProcedureDTO } from "@/lib/procedures/types";

/** The four documents a person downloads after submitting (URL segment = kind). */
export const DOCUMENT_KINDS = ["solicitud", "hoja-de-pago", "escritos", "requisitos"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/**
 * The layout of each document, stored with every rendered PDF (lib/pdf/stored-documents.ts): add 1
 * when a change to `lib/pdf/documents/<kind>.tsx`, its components or the texts it prints should reach
 * applications whose PDF was already stored; their next download renders it again.
 */
export const DOCUMENT_LAYOUT_VERSION: Record<DocumentKind, number> = {
  solicitud: 2,
  "hoja-de-pago": 1,
  escritos: 2,
  requisitos: 2,
};

export const PAGE_SIZES = ["A4", "LETTER"] as const;
export type PageSize = (typeof PAGE_SIZES)[number];

export type RenderApplicationDocument = (
  kind: DocumentKind,
  application: ApplicationView,
  pageSize: PageSize,
) => Promise<Buffer>;
export type RenderBlankChecklist = (input: {
  procedure: ProcedureDTO;
  institution: InstitutionDTO;
  locale: Locale;
  pageSize: PageSize;
}) => Promise<Buffer>;

/** One render, as a plain (structured-clonable) object: the message a PDF worker thread receives. */
export type RenderTask =
  | { op: "application"; kind: DocumentKind; application: ApplicationView; pageSize: PageSize }
  | { op: "blank-checklist"; input: Parameters<RenderBlankChecklist>[0] }
  | { op: "poster"; content: PosterContent; size: PosterSize };
