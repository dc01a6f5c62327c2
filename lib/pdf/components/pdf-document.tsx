import { intlLocale } from "@/lib/i18n/config";
import { Document } from "@react-pdf/renderer";
import type { ReactNode } from "react";
import { CopyProvider, type Copy } from "./copy";

/**
 * The document every generated PDF starts with: its title and language for readers and search
 * (Spanish: the filing is made in Mexico), the portal as author, and the copy (texts) its parts read.
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
