import type { LocalizedText } from "@/lib/i18n/localize";

export type { LocalizedText };

export type Presentation = "original" | "copy" | "original_and_copy" | "online";
export type DayUnit = "business" | "calendar";
export type SilenceRule = "negativa_ficta" | "afirmativa_ficta" | "none";

export type SourceDTO = {
  id: string;
  title: string;
  publisher: string;
  url: string;
  kind: "primary" | "secondary";
  /** YYYY-MM-DD */
  accessedOn: string;
};

export type RequirementDTO = {
  position: number;
  name: LocalizedText;
  detail: LocalizedText | null;
  presentation: Presentation;
  condition: LocalizedText | null;
  /** Machine-readable part of the condition, used to leave out what does not apply to a person. */
  appliesWhen: { minAge?: number; maxAge?: number } | null;
  sourceIds: string[];
  verify: boolean;
};

export type FeeDTO = {
  position: number;
  payment: number;
  concept: LocalizedText;
  variant: LocalizedText | null;
  /** Exact amount in centavos; null when no source gives it. */
  amountCentavos: number | null;
  year: number;
  legalBasis: string;
  exemptions: LocalizedText | null;
  sourceIds: string[];
  verify: boolean;
};

export type StepDTO = { position: number; title: LocalizedText; detail: LocalizedText };

export type DeadlineDTO = {
  resolution: { days: number; unit: DayUnit } | null;
  silence: SilenceRule;
  silenceText: LocalizedText;
  applicantDeadline: { days: number; unit: DayUnit; text: LocalizedText } | null;
  notes: LocalizedText | null;
  legalBasis: string;
  sourceIds: string[];
  verify: boolean;
};

export type CategoryDTO = {
  slug: string;
  position: number;
  name: LocalizedText;
  description: LocalizedText;
};

export type ProcedureDTO = {
  slug: string;
  categorySlug: string;
  position: number;
  featuredRank: number | null;
  codes: { conamer: string | null; gobMx: string | null };
  title: LocalizedText;
  summary: LocalizedText;
  audience: LocalizedText;
  description: LocalizedText;
  keywords: LocalizedText | null;
  requirements: RequirementDTO[];
  fees: FeeDTO[];
  feeNotes: LocalizedText | null;
  deadline: DeadlineDTO;
  steps: StepDTO[];
  legalBasis: string[];
  sourceIds: string[];
  /** YYYY-MM-DD */
  lastReviewed: string;
};

/** The data controller and where ARCO rights are exercised (prisma/catalogue/institution.json, contact.privacy). */
export type PrivacyContactDTO = {
  responsible: LocalizedText;
  address: string;
  transparencyUnit: LocalizedText;
  transparencyUnitAddress: string;
  transparencyUnitEmail?: string;
  arcoUrl: string;
  legalBasis: LocalizedText;
  transfers: LocalizedText;
  verify?: string;
  sources: string[];
};

export type InstitutionDTO = {
  code: string;
  name: LocalizedText;
  shortName: LocalizedText;
  parentBody: LocalizedText;
  country: string;
  currency: string;
  timeZone: string;
  defaultLocale: string;
  website: string;
  contact: { phone: string; email?: string; hours: LocalizedText; privacy: PrivacyContactDTO };
  lastReviewed: string;
};

/** Everything the public catalogue shows, loaded once and cached (it is small: tens of procedures). */
export type CatalogueDTO = {
  institution: InstitutionDTO;
  categories: CategoryDTO[];
  procedures: ProcedureDTO[];
  sources: Record<string, SourceDTO>;
};
