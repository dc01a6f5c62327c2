/**
 * How the filled request PDF is laid out after the official form it stands for. Which layout a procedure
 * gets is catalogue data: the `layout` of its first official form that has one (institution.json
 * `rules.forms`); a procedure whose forms have none is printed as the stay-procedure form.
 */
import type { ApplicationAnswers, FormStep } from "@/lib/applications/fields";
import type { ApplicationView } from "@/lib/applications/types";
import type { MessageKey } from "@/lib/i18n/messages";
import type { FormLayout } from "@/lib/procedures/rules";
import { fullName, type AnswerRow, type AnswerSection } from "./answers";

/**
 * A section of a layout: the answers of `steps`, only `fields` when given, that no earlier section took.
 * A section left without answers is not printed.
 */
type LayoutSection = { title: MessageKey; steps: readonly FormStep[]; fields?: readonly string[] };

/** A signature line: what it is for and the name printed under it (a blank line when unknown). */
export type SignatureLine = { caption: MessageKey; name: string | null };

type LayoutDef = {
  /** Label of the full name printed at the top when the person the form is about is not who applies. */
  subject?: MessageKey;
  sections: readonly LayoutSection[];
  declaration: MessageKey;
  signatures: (answers: ApplicationAnswers) => SignatureLine[];
};

const SPONSOR_FIELDS = [
  "employerName",
  "employerRegistration",
  "relativeName",
  "relationship",
  "relativeStatus",
  "relativeDocument",
];
const TRIP_FIELDS = ["destinationCountry", "departureDate", "expectedReturnDate", "travelsWith", "companionName"];
const AUTHORIZER_FIELDS = [
  "authorizedBy",
  "firstSignerName",
  "firstSignerDocument",
  "secondSignerName",
  "secondSignerDocument",
];

const orNull = (text: string | undefined) => (text && text.trim() ? text : null);

export const FORM_LAYOUT_DEFS: Record<FormLayout, LayoutDef> = {
  // The foreigner applies for themself (or a parent or guardian signs for a child).
  stay: {
    sections: [
      { title: "form.steps.personal", steps: ["personal"] },
      { title: "form.steps.passport", steps: ["passport"] },
      { title: "form.steps.address", steps: ["address"] },
      { title: "form.steps.details", steps: ["details"] },
    ],
    declaration: "pdf.solicitud.declaration",
    signatures: (a) => [{ caption: "pdf.common.signatureApplicant", name: fullName(a.personal) }],
  },
  // The employer or the relative in Mexico applies; the foreigner abroad is the beneficiary.
  "visa-authorization": {
    subject: "pdf.layouts.beneficiaryName",
    sections: [
      { title: "pdf.layouts.visaApplicant", steps: ["details"], fields: SPONSOR_FIELDS },
      { title: "pdf.layouts.visaContact", steps: ["address"] },
      { title: "pdf.layouts.visaBeneficiary", steps: ["personal"] },
      { title: "pdf.layouts.visaPassport", steps: ["passport"] },
      { title: "pdf.layouts.visaRequested", steps: ["details"] },
    ],
    declaration: "pdf.solicitud.declaration",
    // Without an employer or a relative (a humanitarian visa) the person who filled the form in applies.
    signatures: (a) => [
      {
        caption: "pdf.layouts.visaSignature",
        name: orNull(a.details.employerName) ?? orNull(a.details.relativeName) ?? fullName(a.personal),
      },
    ],
  },
  // The company registers; the person who fills the form in is its legal representative.
  "employer-registration": {
    sections: [
      { title: "pdf.layouts.company", steps: ["details"] },
      { title: "pdf.layouts.companyAddress", steps: ["address"] },
      { title: "pdf.layouts.legalRepresentative", steps: ["personal"] },
      { title: "pdf.layouts.legalRepresentativeDocument", steps: ["passport"] },
    ],
    declaration: "pdf.layouts.employerDeclaration",
    signatures: (a) => [{ caption: "pdf.layouts.employerSignature", name: fullName(a.personal) }],
  },
  // SAM: the child, the trip, and both parents or the guardian, who sign.
  "minor-exit": {
    subject: "pdf.layouts.childName",
    sections: [
      { title: "pdf.layouts.child", steps: ["personal"] },
      { title: "pdf.layouts.childPassport", steps: ["passport"] },
      { title: "pdf.layouts.trip", steps: ["details"], fields: TRIP_FIELDS },
      { title: "pdf.layouts.authorizers", steps: ["details"], fields: AUTHORIZER_FIELDS },
      { title: "pdf.layouts.childAddress", steps: ["address"] },
      { title: "form.steps.details", steps: ["details"] },
    ],
    declaration: "pdf.layouts.minorDeclaration",
    signatures: (a) => [
      { caption: "pdf.layouts.minorSignatureFirst", name: orNull(a.details.firstSignerName) },
      ...(a.details.authorizedBy === "both-parents"
        ? [{ caption: "pdf.layouts.minorSignatureSecond" as const, name: orNull(a.details.secondSignerName) }]
        : []),
    ],
  },
};

/** The official form an application's filled PDF stands for and its layout (catalogue data), or the stay layout. */
export function formLayoutOf(application: Pick<ApplicationView, "procedure" | "institution">): FormLayout {
  const forms = application.institution.rules?.forms ?? [];
  for (const use of application.procedure.forms) {
    const layout = forms.find((f) => f.id === use.form)?.layout;
    if (layout) return layout;
  }
  return "stay";
}

export type LaidOutSection = { title: MessageKey; rows: AnswerRow[] };

/**
 * The answers regrouped into the layout's sections, in its order; every answer is printed once (a field
 * no section names falls to the first later section of its step, or a trailing one of that step).
 */
export function layOutSections(layout: FormLayout, sections: AnswerSection[]): LaidOutSection[] {
  const taken = new Set<string>();
  const result: LaidOutSection[] = [];
  for (const section of FORM_LAYOUT_DEFS[layout].sections) {
    const rows = sections
      .filter((s) => section.steps.includes(s.step))
      .flatMap((s) => s.rows)
      .filter((row) => !taken.has(row.field) && (!section.fields || section.fields.includes(row.field)));
    rows.forEach((row) => taken.add(row.field));
    if (rows.length) result.push({ title: section.title, rows });
  }
  for (const s of sections) {
    const rest = s.rows.filter((row) => !taken.has(row.field));
    if (rest.length) result.push({ title: `form.steps.${s.step}`, rows: rest });
  }
  return result;
}
