/**
 * Renders the documents of an application to PDF bytes. React-PDF is synchronous CPU work that
 * blocks the event loop for tens of milliseconds per document: callers cache the bytes (each
 * document is rendered once per application) rather than render on every download.
 *
 * Not marked `server-only` so tsx scripts (tests/bench/pdf.ts) can load it; it reads fonts with
 * node:fs, which no client bundle can include anyway.
 */
import { renderToBuffer, type DocumentProps } from "@react-pdf/renderer";
import { createElement, type ReactElement } from "react";
import { CartelDocument } from "./documents/cartel";
import type { PosterContent, PosterSize } from "@/lib/posters/types";
import { EscritosDocument } from "./documents/escritos";
import { HojaDePagoDocument } from "./documents/hoja-de-pago";
import { BlankChecklistDocument, RequisitosDocument } from "./documents/requisitos";
import { SolicitudDocument } from "./documents/solicitud";
import { prepareFonts, printableText, registerFonts } from "./fonts";
import { qrCodePng } from "./qr";
import type { RenderApplicationDocument, RenderBlankChecklist, RenderTask } from "./types";

// Register once at module load (throws here if public/fonts is missing) and start loading the
// fonts right away; every render awaits the same promise.
registerFonts();
prepareFonts().catch(() => undefined);

type PdfElement = ReactElement<DocumentProps>;

/** One of the four documents of a submitted application ("solicitud", "hoja-de-pago", "escritos", "requisitos"). */
export const renderApplicationDocument: RenderApplicationDocument = async (kind, input, pageSize) => {
  await prepareFonts();
  // What the person typed may hold letters the font draws as several glyphs (fonts.ts printableText).
  const answers = Object.fromEntries(
    Object.entries(input.answers).map(([step, values]) => [
      step,
      Object.fromEntries(
        Object.entries(values as Record<string, unknown>).map(([k, v]) => [
          k,
          typeof v === "string" ? printableText(v) : v,
        ]),
      ),
    ]),
  ) as typeof input.answers;
  const application = { ...input, answers };
  let element: PdfElement;
  switch (kind) {
    case "solicitud":
      element = createElement(SolicitudDocument, {
        application,
        pageSize,
        qrPng: await qrCodePng(application.statusUrl),
      }) as PdfElement;
      break;
    case "hoja-de-pago":
      element = createElement(HojaDePagoDocument, { application, pageSize }) as PdfElement;
      break;
    case "escritos":
      element = createElement(EscritosDocument, { application, pageSize }) as PdfElement;
      break;
    case "requisitos":
      element = createElement(RequisitosDocument, { application, pageSize }) as PdfElement;
      break;
    default:
      throw new Error(`Unknown document kind: ${String(kind satisfies never)}`);
  }
  return renderToBuffer(element);
};

/** The checklist of a procedure without personal data, for the public procedure page. */
export const renderBlankChecklist: RenderBlankChecklist = async ({ procedure, institution, locale, pageSize }) => {
  await prepareFonts();
  return renderToBuffer(
    createElement(BlankChecklistDocument, { procedure, institution, locale, pageSize }) as PdfElement,
  );
};

/** A counter poster with its QR code (A4 or A3). Posters are few and rendered on demand by staff. */
export async function renderPoster(content: PosterContent, size: PosterSize): Promise<Buffer> {
  await prepareFonts();
  return renderToBuffer(createElement(CartelDocument, { content, size }) as PdfElement);
}

/** Any of the renders above, from a plain task object (what lib/pdf/renderer.ts sends to a worker thread). */
export function renderTask(task: RenderTask): Promise<Buffer> {
  switch (task.op) {
    case "application":
      return renderApplicationDocument(task.kind, task.application, task.pageSize);
    case "blank-checklist":
      return renderBlankChecklist(task.input);
    case "poster":
      return renderPoster(task.content, task.size);
    default:
      throw new Error(`Unknown render task: ${String((task satisfies never as { op: string }).op)}`);
  }
}
