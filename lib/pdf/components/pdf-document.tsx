import { intlLocale } from "@/lib/i18n/config";
import { Document } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import type { ApplicationView } from "@/lib/applications/types";
import type { MessageKey } from "@/lib/i18n/messages";
import type { PageSize } from "../types";
import { CopyProvider, type Copy } from "./copy";
import { DocumentHeader } from "./header";
import { DocumentPage } from "./page";

/**
 * The document every generated PDF starts with: its title and language for readers and search
 * (Spanish: the language of record), the portal as author, and the copy (texts) its parts read.
 */
export function PdfDocument({
  title,
  creationDate,
  copy,
  children,
}: {
  title: string;
  creationDate?: Date;
  copy: Copy;
  children: ReactNode;
}) {
  return (
    <Document
      title={title}
      author="Ventanilla"
      creator="Ventanilla"
      producer="Ventanilla"
      language={intlLocale("es")}
      creationDate={creationDate}
    >
      <CopyProvider copy={copy}>{children}</CopyProvider>
    </Document>
  );
}

/**
 * A one-page-template document of an application (checklist, payment sheet, filled form): named
 * "<title> <number>" in its metadata and "<title> · <number>" in every footer, dated when it was sent,
 * with the institution, the title and the number at the top.
 */
export function ApplicationPdf({
  application,
  pageSize,
  copy,
  title,
  header,
  children,
}: {
  application: ApplicationView;
  pageSize: PageSize;
  copy: Copy;
  title: string;
  header: { title: MessageKey; titleText?: { es: string; en: string } };
  children: ReactNode;
}) {
  return (
    <PdfDocument title={`${title} ${application.number}`} creationDate={new Date(application.submittedAt)} copy={copy}>
      <DocumentPage size={pageSize} footer={`${title} · ${application.number}`}>
        <DocumentHeader
          institution={application.institution}
          title={header.title}
          titleText={header.titleText}
          procedure={application.procedure}
          number={application.number}
        />
        {children}
      </DocumentPage>
    </PdfDocument>
  );
}
