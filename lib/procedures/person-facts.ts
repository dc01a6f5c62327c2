import { ageOn } from "@/lib/dates";
import type { DocumentOrigin, Facts, ImmigrationStatus, Relationship, SponsorStatus } from "./conditions";

/** The parts of an application's answers the condition facts come from (every part optional). */
export type FactAnswers = {
  personal?: { birthDate?: string; nationality?: string };
  passport?: { migrationDocument?: string };
  details?: Record<string, string | undefined>;
};

/** Answer values of the request form → values of the condition language. Unmapped answers stay unknown. */
const RELATIONSHIP: Record<string, Relationship> = {
  spouse: "spouse",
  partner: "common_law_partner",
  child: "child",
  parent: "parent",
  sibling: "sibling",
};
const SPONSOR: Record<string, SponsorStatus> = {
  national: "national",
  mexican: "national", // the form's value before it became "national" (lib/applications/fields.ts RENAMED_OPTIONS)
  "temporary-resident": "temporary_resident",
  "permanent-resident": "permanent_resident",
};
/** "none" and "other" say too little (abroad? irregular?) to pick a status, so they stay unknown. */
const STATUS: Record<string, ImmigrationStatus> = {
  "temporary-resident": "temporary_resident",
  "temporary-resident-student": "temporary_resident_student",
  "permanent-resident": "permanent_resident",
  visitor: "visitor",
  "humanitarian-visitor": "humanitarian_visitor",
  fmm: "visitor",
};
const DOCUMENT_ISSUED: Record<string, DocumentOrigin> = { domestic: "domestic", abroad: "abroad" };
/** The form's answer to "on which basis" (status change) → the procedure's route ids in the catalogue. */
const ROUTE: Record<string, string> = { "four-years": "cuatro-anos", pensioner: "pensionado", points: "puntos" };

/**
 * The same tables by the form field whose answer they read: field → answer value → fact value. The guide's
 * prefill (lib/guide/prefill.ts) reads them the other way, so both directions stay one definition.
 */
export const FACT_OF_ANSWER = {
  migrationDocument: STATUS,
  relationship: RELATIONSHIP,
  relativeStatus: SPONSOR,
  documentIssued: DOCUMENT_ISSUED,
  statusChangeBasis: ROUTE,
} as const satisfies Record<string, Record<string, string>>;

/**
 * The facts conditions read, from an application's answers: age in whole years on the filing date,
 * nationality, current status, relationship to and status of the sponsor, the route and where the
 * documents were issued. One place, so the checklist page, the staff page, the fee calculation and every
 * PDF agree. Facts the form does not ask stay unknown and the items that depend on them are shown with
 * their condition in words.
 */
export function personFacts(answers: FactAnswers | null | undefined, filingDate: string): Facts {
  const personal = answers?.personal;
  const details = answers?.details ?? {};
  const facts: Facts = {
    age: personal?.birthDate ? ageOn(personal.birthDate, filingDate) : null,
    nationality: personal?.nationality ?? null,
    currentStatus: STATUS[answers?.passport?.migrationDocument ?? ""] ?? null,
    relationship: RELATIONSHIP[details.relationship ?? ""] ?? null,
    sponsorStatus: SPONSOR[details.relativeStatus ?? ""] ?? null,
    // The route question offers the procedure's own route ids (checked against them on the server).
    route: details.route ?? ROUTE[details.statusChangeBasis ?? ""] ?? null,
    documentIssued: DOCUMENT_ISSUED[details.documentIssued ?? ""] ?? null,
  };
  // The work-permit form asks for an employer: that is the "with an employer" route.
  if (!facts.route && details.employerName && details.employerRegistration !== undefined && details.workState)
    facts.route = "con-empleador";
  return facts;
}
