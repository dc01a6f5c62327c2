import type { Locale } from "@/lib/i18n/config";
import type { OfficeDTO } from "@/lib/offices/types";
import type { FeeDTO, InstitutionDTO, ProcedureDTO } from "@/lib/procedures/types";
import type { ApplicationAnswers, ProcedureForm } from "./fields";

export type { ApplicationAnswers };

/** What the confirmation page, the HTML form view and the PDFs need about one submitted application. */
export type ApplicationView = {
  number: string;
  paymentReference: string;
  locale: Locale;
  /** ISO date-time (UTC) of submission. */
  submittedAt: string;
  status: string;
  procedure: ProcedureDTO;
  institution: InstitutionDTO;
  form: ProcedureForm;
  answers: ApplicationAnswers;
  /** The fees of this case (the alternative chosen in the form, plus every single-fee payment). */
  selectedFees: FeeDTO[];
  /** Absolute URL of the status page, printed as a QR code. */
  statusUrl: string;
  /** The office chosen for presenting the filing (null for applications made before offices existed). */
  office: OfficeDTO | null;
};
