/**
 * The Spanish text of the letters (escritos) built from an application: plain strings, so the
 * wording is unit-tested without rendering a PDF. Letters are always in Spanish, the language the
 * authority requires; the documents add English help lines around them, never inside.
 */
import { isRealDate } from "@/lib/dates";
import type { ApplicationView } from "@/lib/applications/types";
import { countryName } from "@/lib/geo/countries";
import { stateName } from "@/lib/geo/mexican-states";
import { formatDate } from "@/lib/i18n/format-date";
import { getTranslator, type MessageKey } from "@/lib/i18n/messages";
import { addressLine, applicationFacts, fullName, optionLabel } from "./answers";
import { describeFee } from "@/lib/fees/format";

const t = getTranslator("es");

/** A line to fill in by hand. */
export const BLANK = "________________________________";

/** An option label inside a sentence: "Cónyuge" → "cónyuge", but "FMM" stays. */
export function inSentence(label: string): string {
  return label.length > 1 && label[1] === label[1]?.toLowerCase() ? label[0]!.toLowerCase() + label.slice(1) : label;
}

/** A name or number typed by the person, as typed ("S. de R.L." keeps its dots). */
function clause(text: string | undefined): string {
  return (text ?? "").trim();
}

/** Free text that ends a sentence of the template, without its own final full stop. */
function sentence(text: string | undefined): string {
  return (text ?? "").trim().replace(/[.\s]+$/, "");
}

/** Spaces that must not break a line ("55 1234 5678" stays on one line). */
function unbreakable(text: string): string {
  return text.replace(/ /g, "\u00a0");
}

function option(field: string, value: string | undefined): string {
  return value ? inSentence(optionLabel(field, value, "es") ?? value) : BLANK;
}

function date(value: string | undefined): string {
  if (!value) return BLANK;
  return isRealDate(value) ? formatDate(value, "es") : value;
}

/** ", titular de tarjeta de residente temporal número TR123" when the person has an immigration document. */
function documentClause(application: ApplicationView): string {
  const { migrationDocument, migrationDocumentNumber } = application.answers.passport;
  if (migrationDocument === "none" || !migrationDocumentNumber) return "";
  return t("pdf.escritos.document", {
    document: option("migrationDocument", migrationDocument),
    number: migrationDocumentNumber,
  });
}

/** The procedure-specific sentence of the request letter ("…por mi vínculo familiar con…"), by form kind. */
export function requestDetails(application: ApplicationView): string {
  const d = application.answers.details;
  switch (application.form.kind) {
    case "job-offer":
      return t("pdf.escritos.details.job-offer", {
        employer: clause(d.employerName),
        registration: clause(d.employerRegistration),
        jobTitle: clause(d.jobTitle),
        consulate: clause(d.consulate),
      });
    case "family":
      return t("pdf.escritos.details.family", {
        relative: clause(d.relativeName),
        relationship: option("relationship", d.relationship),
        relativeStatus: option("relativeStatus", d.relativeStatus),
        relativeDocument: d.relativeDocument
          ? t("pdf.escritos.details.familyDocument", { number: clause(d.relativeDocument) })
          : "",
      });
    case "humanitarian":
      return t("pdf.escritos.details.humanitarian", {
        reason: option("humanitarianReason", d.humanitarianReason),
        description: `${sentence(d.reasonDescription)}.`,
      });
    case "exit-return":
      return t("pdf.escritos.details.exit-return", {
        pending: clause(d.pendingApplication),
        reason: sentence(d.travelReason),
        departure: date(d.departureDate),
        return: date(d.returnDate),
      });
    case "work-permit":
      return t("pdf.escritos.details.work-permit", {
        jobTitle: clause(d.jobTitle),
        employer: clause(d.employerName),
        registration: d.employerRegistration
          ? t("pdf.escritos.details.workRegistration", { number: clause(d.employerRegistration) })
          : "",
        state: d.workState ? stateName(d.workState) : BLANK,
      });
    case "notification":
      return t("pdf.escritos.details.notification", {
        subject: notificationSubject(application),
        date: date(d.changeDate),
      });
    case "renewal":
      return t("pdf.escritos.details.renewal", { date: date(d.currentCardExpiry) });
    case "replacement":
      return t("pdf.escritos.details.replacement", {
        reason: option("replacementReason", d.replacementReason),
        date: date(d.incidentDate),
      });
    case "border-card":
      return t("pdf.escritos.details.border-card", {
        country: d.residenceCountry
          ? (optionLabel("residenceCountry", d.residenceCountry, "es") ?? countryName(d.residenceCountry, "es"))
          : BLANK,
        employer: d.employerName ? t("pdf.escritos.details.borderEmployer", { employer: clause(d.employerName) }) : "",
      });
    case "employer":
      return t("pdf.escritos.details.employer", {
        company: clause(d.companyName),
        rfc: clause(d.rfc),
        activity: sentence(d.activity),
      });
    case "status-change":
      return t("pdf.escritos.details.status-change", {
        basis: option("statusChangeBasis", d.statusChangeBasis),
        description: d.basisDescription ? ` ${sentence(d.basisDescription)}.` : "",
      });
    case "expired-document":
      return t("pdf.escritos.details.expired-document", {
        number: clause(d.expiredDocumentNumber),
        date: date(d.expiredOn),
      });
    case "minor-exit":
      return t("pdf.escritos.details.minor-exit", {
        country: d.destinationCountry ? countryName(d.destinationCountry, "es") : BLANK,
        departure: date(d.departureDate),
      });
  }
}

/** Notices carry the letter "bajo protesta de decir verdad" with old and new data. */
export function needsNotificationLetter(form: ApplicationView["form"]): boolean {
  return form.kind === "notification";
}

/** "domicilio", "lugar de trabajo"…: what a notice is about, inside a sentence. */
export function notificationSubject(application: Pick<ApplicationView, "form">, locale: "es" | "en" = "es"): string {
  // Only notices carry the letter; other kinds never ask, and "address" keeps the sentence whole.
  const subject = application.form.kind === "notification" ? application.form.subject : "address";
  return getTranslator(locale)(`pdf.escritos.subjects.${subject}` as MessageKey);
}

/** The legal basis a request cites: the procedure's, minus the articles that only set penalties for not complying. */
export function requestLegalBasis(legalBasis: string[]): string {
  const cited = legalBasis.filter((basis) => !/sanci[oó]n|multa/i.test(basis));
  return cited.length ? cited.join("; ") : "Ley de Migración y su Reglamento";
}

/** The paragraphs of the free-form request letter, in order (the closing and signature are layout). */
export function requestLetterParagraphs(application: ApplicationView): string[] {
  const { personal, passport, address, details } = application.answers;
  const { procedure } = application;
  const code = procedure.codes.gobMx ?? procedure.codes.conamer;
  const chosenFee = details.feeChoice
    ? procedure.fees.find((f) => String(f.position) === details.feeChoice)
    : undefined;
  const identity = {
    name: fullName(personal),
    nationality: countryName(personal.nationality, "es"),
    passport: passport.passportNumber,
    passportCountry: countryName(passport.passportCountry, "es"),
  };
  // A child's exit authorisation is asked by whoever holds parental authority, not by the child.
  const intro =
    (application.form.kind === "minor-exit"
      ? t("pdf.escritos.identityForChild", {
          ...identity,
          signer: clause(details.firstSignerName),
          signerDocument: clause(details.firstSignerDocument),
        })
      : t("pdf.escritos.identity", identity)) +
    documentClause(application) +
    t("pdf.escritos.address", {
      address: addressLine(address),
      email: address.email,
      phone: unbreakable(address.phone),
    });
  const request = t("pdf.escritos.request", {
    procedure: procedure.title.es,
    codes: code ? t("pdf.escritos.code", { code }) : "",
    legalBasis: requestLegalBasis(procedure.legalBasis),
  });
  return [
    intro,
    request,
    requestDetails(application),
    ...(chosenFee ? [t("pdf.escritos.feeChoice", { fee: describeFee(chosenFee, "es") })] : []),
    t("pdf.escritos.petition"),
    t("pdf.escritos.protest"),
  ];
}

/** Who signs the request letter: the applicant, or for a child's exit authorisation the first parent or guardian. */
export function requestLetterSigner(application: ApplicationView): string | null {
  if (application.form.kind === "minor-exit") return application.answers.details.firstSignerName?.trim() || null;
  return fullName(application.answers.personal);
}

/** Place and date at the top of a letter: "Cuauhtémoc, Ciudad de México, a 23 de noviembre de 2026." */
export function letterPlaceAndDate(application: ApplicationView): string {
  const facts = applicationFacts(application, t);
  return `${facts.place}, a ${formatDate(facts.submittedOn, "es")}.`;
}

/** The notice "bajo protesta de decir verdad": introduction and declaration (the old/new table and documents are layout). */
export function notificationLetterParagraphs(application: ApplicationView): {
  intro: string;
  declaration: string;
  purpose: string;
} {
  const { personal, passport, details } = application.answers;
  return {
    intro: t("pdf.escritos.notificationIntro", {
      name: fullName(personal),
      nationality: countryName(personal.nationality, "es"),
      passport: passport.passportNumber,
      document: documentClause(application),
      legalBasis: application.procedure.legalBasis[0] ?? "Ley de Migración",
    }),
    declaration: t("pdf.escritos.notificationDeclare", {
      date: date(details.changeDate),
      subject: notificationSubject(application),
    }),
    purpose: t("pdf.escritos.notificationPurpose"),
  };
}

/** Procedures whose petitioner signs a "carta responsiva" for the foreign person. */
export function needsResponsiva(slug: string): boolean {
  return slug === "visa-por-razones-humanitarias" || slug === "visa-por-unidad-familiar";
}

/** What the "carta responsiva" knows about the person in Mexico who asks for the visa; null = a box to fill in by hand. */
export type Petitioner = {
  name: string | null;
  nationality: string | null;
  idDocument: string | null;
  relationship: string | null;
};

/**
 * The "carta responsiva": the person in Mexico who asks for the visa takes responsibility for the
 * foreign person (the applicant of the form). What is known is filled in — the beneficiary, and for
 * family unity the relative's name, nationality, document and relationship — the rest is left blank.
 */
export function responsivaParagraphs(application: ApplicationView): {
  body: string;
  commitment: string;
  reason: string;
  petitioner: Petitioner;
} {
  const { personal, passport, details } = application.answers;
  const isFamily = application.form.kind === "family";
  const petitioner: Petitioner = {
    name: isFamily && details.relativeName ? clause(details.relativeName) : null,
    nationality: isFamily && details.relativeStatus === "mexican" ? t("pdf.escritos.mexican") : null,
    idDocument: isFamily && details.relativeDocument ? clause(details.relativeDocument) : null,
    relationship:
      isFamily && details.relationship
        ? (optionLabel("relationship", details.relationship, "es") ?? details.relationship)
        : null,
  };
  const body = t("pdf.escritos.responsivaBody", {
    beneficiary: fullName(personal),
    nationality: countryName(personal.nationality, "es"),
    birthDate: formatDate(personal.birthDate, "es"),
    passport: passport.passportNumber,
    passportCountry: countryName(passport.passportCountry, "es"),
  });
  const reason =
    application.form.kind === "humanitarian" && details.humanitarianReason
      ? `${application.procedure.title.es} (${option("humanitarianReason", details.humanitarianReason)})`
      : application.procedure.title.es;
  return {
    body,
    commitment: t("pdf.escritos.responsivaCommitment"),
    reason: t("pdf.escritos.responsivaReason", { reason }),
    petitioner,
  };
}
