/**
 * What changed between two versions of a procedure, as plain data: a version stores its list of changes in a
 * Json column and its history page turns each one into a sentence later, in any language, without the older
 * document. So a change carries every name and value its sentence needs (texts as LocalizedText, amounts as
 * the document writes them) and only plain data: strings, numbers, booleans, null, objects and arrays.
 * Closed vocabularies (presentation, unit, anchor, silence, due) are stored by their code and labelled when
 * the sentence is written; slugs and ids of other records (offices, procedures, forms…) are stored as such and
 * named through the `names` option of describeChange.
 */
import type { LocalizedText } from "@/lib/i18n/localize";
import type { DescribeContext } from "@/lib/procedures/describe-condition";
import type { DeadlineAnchor, FeeDue } from "@/lib/procedures/rules";

export type DiffOptions = {
  /** The institution's nationality groups, to say conditions on them by name (else by their id). */
  nationalityGroups?: DescribeContext["nationalityGroups"];
};

export type Presentation = "original" | "copy" | "original_and_copy" | "online";
export type DayUnit = "business" | "calendar";
export type SilenceRule = "negativa_ficta" | "afirmativa_ficta" | "none";

/** A fee is named by its concept and, for alternatives of one payment, its variant ("1 año"). */
export type FeeName = { concept: LocalizedText; variant: LocalizedText | null };
/** A fee's amount as the document writes it: major units with 2 decimals, or null with an index range or unknown. */
export type FeeAmount = {
  currency: string;
  amount: number | null;
  indexRange: { unit: string; min: number; max: number } | null;
};
/** A discount: its percent (100 = exemption) and who gets it in words (null = everyone on the procedure). */
export type FeeDiscount = { percent: number; when: LocalizedText | null };
/** A term of days counted from (after) or up to (before) an event. */
export type Term = { days: number; unit: DayUnit; anchor: DeadlineAnchor; direction: "after" | "before" };

/** The texts of a procedure that are said to have changed without quoting them (they are long). */
export type TextField = "summary" | "audience" | "description" | "keywords" | "feeNotes";
export type Edit = "added" | "removed" | "changed";

/**
 * One change. Condition words (`when`, `before`/`after` of a condition change) are the condition said in words
 * when the diff was made (lib/procedures/describe-condition.ts), or the editor's words; null = always.
 */
export type CatalogueChange =
  | { kind: "procedureAdded"; title: LocalizedText }
  | { kind: "procedureRetired"; on: string; replacedBy: string[]; note: LocalizedText }
  | { kind: "retirementChanged"; on: string; replacedBy: string[]; note: LocalizedText }
  | { kind: "procedureUnretired" }
  | { kind: "titleChanged"; before: LocalizedText; after: LocalizedText }
  | { kind: "textChanged"; field: TextField; edit: Edit }
  | { kind: "requirementAdded"; name: LocalizedText }
  | { kind: "requirementRemoved"; name: LocalizedText }
  | { kind: "requirementRenamed"; before: LocalizedText; after: LocalizedText }
  | { kind: "requirementDetailChanged"; name: LocalizedText; edit: Edit }
  | { kind: "requirementPresentationChanged"; name: LocalizedText; before: Presentation; after: Presentation }
  | {
      kind: "requirementConditionChanged";
      name: LocalizedText;
      before: LocalizedText | null;
      after: LocalizedText | null;
    }
  | { kind: "requirementSourcesChanged"; name: LocalizedText }
  | { kind: "requirementVerifyChanged"; name: LocalizedText; verify: boolean }
  | { kind: "reordered"; list: "requirements" | "fees" | "steps"; moved: LocalizedText[] }
  | { kind: "feeAdded"; name: FeeName; amount: FeeAmount }
  | { kind: "feeRemoved"; name: FeeName; amount: FeeAmount }
  | { kind: "feeRenamed"; before: FeeName; after: FeeName }
  | { kind: "feeAmountChanged"; name: FeeName; before: FeeAmount; after: FeeAmount }
  | { kind: "feeYearChanged"; name: FeeName; before: number; after: number }
  | { kind: "feePaymentChanged"; name: FeeName; before: number; after: number }
  | { kind: "feeDueChanged"; name: FeeName; before: FeeDue; after: FeeDue }
  | { kind: "feeConditionChanged"; name: FeeName; before: LocalizedText | null; after: LocalizedText | null }
  | { kind: "feeDiscountAdded"; name: FeeName; discount: FeeDiscount }
  | { kind: "feeDiscountRemoved"; name: FeeName; discount: FeeDiscount }
  | { kind: "feeDiscountChanged"; name: FeeName; before: FeeDiscount; after: FeeDiscount }
  | { kind: "feeDetailChanged"; name: FeeName; field: "legalBasis" | "exemptions" | "sources" }
  | { kind: "feeVerifyChanged"; name: FeeName; verify: boolean }
  | { kind: "resolutionAdded"; days: number; unit: DayUnit; anchor: DeadlineAnchor }
  | { kind: "resolutionRemoved"; days: number; unit: DayUnit }
  | { kind: "resolutionTermChanged"; before: { days: number; unit: DayUnit }; after: { days: number; unit: DayUnit } }
  | { kind: "resolutionAnchorChanged"; before: DeadlineAnchor; after: DeadlineAnchor }
  | { kind: "resolutionAuthorityChanged"; before: string; after: string }
  | { kind: "silenceChanged"; before: SilenceRule; after: SilenceRule }
  | { kind: "applicantDeadlineAdded"; term: Term }
  | { kind: "applicantDeadlineRemoved"; term: Term }
  | { kind: "applicantDeadlineChanged"; before: Term; after: Term }
  | { kind: "otherTermAdded"; party: "authority" | "applicant"; term: Term }
  | { kind: "otherTermRemoved"; party: "authority" | "applicant"; term: Term }
  /** before equals after when only the term's words, legal basis, silence rule or verify flag changed. */
  | { kind: "otherTermChanged"; party: "authority" | "applicant"; before: Term; after: Term }
  | {
      kind: "deadlineDetailChanged";
      field: "silenceText" | "applicantDeadlineText" | "notes" | "legalBasis" | "sources";
    }
  | { kind: "deadlineVerifyChanged"; verify: boolean }
  | { kind: "stepAdded"; title: LocalizedText }
  | { kind: "stepRemoved"; title: LocalizedText }
  | { kind: "stepRenamed"; before: LocalizedText; after: LocalizedText }
  | { kind: "stepDetailChanged"; title: LocalizedText }
  | { kind: "formAdded"; form: string }
  | { kind: "formRemoved"; form: string }
  | { kind: "formChanged"; form: string }
  | { kind: "routeAdded"; name: LocalizedText }
  | { kind: "routeRemoved"; name: LocalizedText }
  | { kind: "routeRenamed"; before: LocalizedText; after: LocalizedText }
  | { kind: "routeAvailabilityChanged"; name: LocalizedText; available: boolean }
  | { kind: "routeNoteChanged"; name: LocalizedText }
  | { kind: "officeAdded"; office: string }
  | { kind: "officeRemoved"; office: string }
  | { kind: "categoryChanged"; before: string; after: string }
  | { kind: "codeChanged"; code: "conamer" | "gobMx"; before: string | null; after: string | null }
  | { kind: "legalBasisAdded"; text: string }
  | { kind: "legalBasisRemoved"; text: string }
  | { kind: "requestFormChanged" }
  | { kind: "sourceAdded"; source: string }
  | { kind: "sourceRemoved"; source: string };

export type CatalogueChangeKind = CatalogueChange["kind"];
