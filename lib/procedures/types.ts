import type { AuthorityProfile } from "@/lib/authority";
import type { LocalizedText } from "@/lib/i18n/localize";
import type { Condition } from "./conditions";
import type { DeadlineAnchor, FeeDue, FormLayout, HolidayKind, LegalRef } from "./rules";

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
  /**
   * The condition in words: generated from `appliesWhen` when there is one, else the editor's words for a
   * condition the portal cannot evaluate (the person decides). null = always applies.
   */
  condition: LocalizedText | null;
  /** When it applies, in the condition language; evaluated by lib/procedures/conditions.ts. */
  appliesWhen: Condition | null;
  sourceIds: string[];
  verify: boolean;
};

export type FeeDTO = {
  position: number;
  payment: number;
  concept: LocalizedText;
  variant: LocalizedText | null;
  /** Exact fixed amount in the minor unit of `currency`; null when there is none (index range, or unknown). */
  amountCentavos: number | null;
  currency: string;
  indexRange: { unit: string; min: number; max: number } | null;
  due: FeeDue;
  appliesWhen: Condition | null;
  discounts: FeeDiscountDTO[];
  year: number;
  /** The structured citations, and the same as one text (v1). */
  legalRefs: LegalRef[];
  legalBasis: string;
  exemptions: LocalizedText | null;
  sourceIds: string[];
  verify: boolean;
};

export type FeeDiscountDTO = {
  percent: number;
  appliesWhen: Condition | null;
  legalBasis: LegalRef[];
  sourceIds: string[];
  verify: boolean;
};

export type DeadlineRuleDTO = {
  party: "authority" | "applicant";
  direction: "after" | "before";
  authority?: string;
  days: number;
  unit: DayUnit;
  anchor: DeadlineAnchor;
  silence?: SilenceRule;
  text: LocalizedText;
  legalBasis: LegalRef[];
  verify: boolean;
};

export type RouteDTO = { id: string; name: LocalizedText; available: boolean; note?: LocalizedText };
export type ProcedureFormDTO = {
  form: string;
  selection?: LocalizedText;
  appliesWhen?: Condition;
  sources?: string[];
  verify?: boolean;
};

export type StepDTO = { position: number; title: LocalizedText; detail: LocalizedText };

export type DeadlineDTO = {
  resolution: { days: number; unit: DayUnit; anchor: DeadlineAnchor; authority: string } | null;
  silence: SilenceRule;
  silenceText: LocalizedText;
  applicantDeadline: {
    days: number;
    unit: DayUnit;
    anchor: DeadlineAnchor;
    direction: "after" | "before";
    text: LocalizedText;
  } | null;
  /** Further terms, each with its anchor (second authority, prevención, validity…). */
  more: DeadlineRuleDTO[];
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
  routes: RouteDTO[];
  forms: ProcedureFormDTO[];
  /** Which questions the request form asks, as the catalogue states it; lib/applications/fields.ts `procedureForm` reads it. */
  requestForm: unknown;
  steps: StepDTO[];
  legalBasis: string[];
  sourceIds: string[];
  /** YYYY-MM-DD */
  lastReviewed: string;
  /** Set when the procedure is no longer offered: since when, what replaces it (slugs) and why. */
  retired: { on: string; replacedBy: string[]; note: LocalizedText } | null;
  /** The offices that receive it, as the version records them (null where the data files say it per office). */
  officeSlugs: string[] | null;
  /** The published version this is (null for a draft being previewed or a data file). */
  version: ProcedureVersionStamp | null;
};

/** Which published version a procedure DTO comes from. */
export type ProcedureVersionStamp = {
  number: number;
  /** ISO date-times. */
  publishedAt: string;
  effectiveAt: string;
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
  rules: InstitutionRulesDTO;
  lastReviewed: string;
};

/** Institution data that conditions, fees and forms refer to (prisma/catalogue/institution.json `rules`). */
export type InstitutionRulesDTO = {
  /** The form fees are paid with (read through lib/authority.ts). */
  paymentForm: AuthorityProfile["paymentForm"];
  nationalityGroups: Record<string, { name: LocalizedText; members: string[]; sources: string[] }>;
  legalInstruments: { id: string; abbreviation: string; name: LocalizedText; url?: string }[];
  authorities: { id: string; name: LocalizedText }[];
  forms: {
    id: string;
    name: LocalizedText;
    url?: string;
    signedBy?: LocalizedText;
    /** How a filled copy is printed (lib/procedures/institution.ts FORM_LAYOUTS). */
    layout?: FormLayout;
    sources: string[];
  }[];
  currencies: string[];
  indexUnits: {
    code: string;
    name: LocalizedText;
    value: number;
    currency: string;
    effectiveFrom: string;
    sources: string[];
    verify: boolean;
  }[];
};

export type HolidayDTO = {
  date: string;
  name: LocalizedText;
  kind: HolidayKind;
  legalBasis: string;
  reference: string | null;
  offices: string[];
  verify: boolean;
};

/** Everything the public catalogue shows, loaded once and cached (it is small: tens of procedures). */
export type CatalogueDTO = {
  institution: InstitutionDTO;
  categories: CategoryDTO[];
  procedures: ProcedureDTO[];
  sources: Record<string, SourceDTO>;
};
