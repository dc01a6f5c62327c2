import { isRealDate } from "@/lib/dates";
import type { ProcedureForm } from "@/lib/applications/procedure-forms";
import type { ApplicationView } from "@/lib/applications/types";
import { detailsFields, STEP_FIELDS, type ApplicationAnswers, type FormStep } from "@/lib/applications/schemas";
import { feeAlternatives } from "@/lib/fees/select";
import { countryName } from "@/lib/geo/countries";
import { stateName } from "@/lib/geo/mexican-states";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { getMessages, type MessageKey, type Translate } from "@/lib/i18n/messages";
import type { FeeDTO } from "@/lib/procedures/types";
import type { Facts } from "@/lib/procedures/conditions";
import { personFacts, type FactAnswers } from "@/lib/procedures/person-facts";
import { ageOn, localDateOf } from "@/lib/dates";
import { describeFee } from "./fees";

/** What an optional field that was left empty prints as. */
export const EMPTY = "—";

const COUNTRY_FIELDS = new Set(["birthCountry", "nationality", "passportCountry"]);
const STATE_FIELDS = new Set(["state", "workState"]);
const DATE_FIELDS = new Set(["birthDate", "passportExpiry", "departureDate", "returnDate", "changeDate", "currentCardExpiry", "incidentDate", "expiredOn"]);

/** The option label of a choice ("M" → "Hombre"), or null when the field has no such option. */
export function optionLabel(field: string, value: string, locale: Locale): string | null {
  const fields = getMessages(locale).form.fields as Record<string, { options?: Record<string, string> }>;
  return fields[field]?.options?.[value] ?? null;
}

/**
 * One answer as the documents print it: option labels instead of codes, country and state names,
 * dates written out, the chosen fee as "concept — variant" (feeChoice holds the fee's position),
 * and "—" for an optional field left empty. `fees` are the procedure's fees.
 */
export function formatAnswer(field: string, value: string | null | undefined, locale: Locale, fees: FeeDTO[]): string {
  if (value === undefined || value === null || value.trim() === "") return EMPTY;
  if (field === "feeChoice") {
    const fee = fees.find((f) => String(f.position) === value);
    return fee ? describeFee(fee, locale) : value;
  }
  if (COUNTRY_FIELDS.has(field)) return countryName(value, locale);
  if (STATE_FIELDS.has(field)) return stateName(value);
  if (DATE_FIELDS.has(field)) return isRealDate(value) ? formatDate(value, locale) : value;
  return optionLabel(field, value, locale) ?? value;
}

/** The catalogue key of a field's label; notices say "Domicilio anterior / nuevo" instead of "Dato anterior / nuevo". */
export function answerLabelKey(field: string, form: ProcedureForm): MessageKey {
  if (form.notification && (field === "previousValue" || field === "newValue")) {
    return `form.notification.${form.notification}.${field === "previousValue" ? "previous" : "new"}` as MessageKey;
  }
  if (field === "feeChoice") return "pdf.solicitud.feeChoice";
  return `form.fields.${field}.label` as MessageKey;
}

export type AnswerRow = { field: string; labelKey: MessageKey; value: string };
export type AnswerSection = { step: FormStep; rows: AnswerRow[] };

/** The four sections of the request form with every field in form order, formatted for print. */
export function answerSections(answers: ApplicationAnswers, form: ProcedureForm, fees: FeeDTO[], locale: Locale): AnswerSection[] {
  const hasFeeChoice = answers.details.feeChoice !== undefined || feeAlternatives(fees) !== null;
  const steps: [FormStep, readonly string[], Record<string, string | undefined>][] = [
    ["datos-personales", STEP_FIELDS["datos-personales"], answers.personal],
    ["pasaporte", STEP_FIELDS.pasaporte, answers.passport],
    ["domicilio", STEP_FIELDS.domicilio, answers.address],
    ["detalles", detailsFields(form.kind, hasFeeChoice), answers.details],
  ];
  return steps.map(([step, fields, values]) => ({
    step,
    rows: fields.map((field) => ({ field, labelKey: answerLabelKey(field, form), value: formatAnswer(field, values[field], locale, fees) })),
  }));
}

/** Given names and surnames in the order Mexican documents write them. */
export function fullName(personal: Pick<ApplicationAnswers["personal"], "givenNames" | "firstSurname" | "secondSurname">): string {
  return [personal.givenNames, personal.firstSurname, personal.secondSurname].filter((part) => part && part.trim()).join(" ");
}

/** The address on one line: "Calle Córdoba 45, Col. Roma Norte, C.P. 06700, Cuauhtémoc, Ciudad de México". */
export function addressLine(address: ApplicationAnswers["address"]): string {
  return [address.street, address.neighborhood ? `Col. ${address.neighborhood}` : null, `C.P. ${address.postalCode}`, address.municipality, stateName(address.state)]
    .filter(Boolean)
    .join(", ");
}

/** The time of day (24 h, "11:30") of an instant in the authority's time zone. */
export function formatTimeOfDay(isoDateTime: string, timeZone = "America/Mexico_City"): string {
  return new Intl.DateTimeFormat("es-MX", { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }).format(new Date(isoDateTime));
}

/** What every document repeats about an application, computed once. */
export type ApplicationFacts = {
  name: string;
  /** YYYY-MM-DD of submission where the authority is. */
  submittedOn: string;
  /** "23 de noviembre de 2026, 11:30 h (hora del centro de México)" */
  submittedAtText: string;
  /** Age in whole years on the submission date. */
  age: number;
  /** The facts conditions read (age, nationality, the case answers), from lib/procedures/person-facts.ts. */
  conditions: Facts;
  /** "Cuauhtémoc, Ciudad de México": the place written on letters and signature lines. */
  place: string;
  stateName: string;
};

export function applicationFacts(application: ApplicationView, t: Translate): ApplicationFacts {
  const timeZone = application.institution.timeZone || "America/Mexico_City";
  const submittedOn = localDateOf(application.submittedAt, timeZone);
  const { address, personal } = application.answers;
  return {
    name: fullName(personal),
    submittedOn,
    submittedAtText: t("pdf.common.dateTime", { date: formatDate(submittedOn, "es"), time: formatTimeOfDay(application.submittedAt, timeZone) }),
    age: ageOn(personal.birthDate, submittedOn),
    conditions: personFacts(application.answers as FactAnswers, submittedOn),
    place: `${address.municipality}, ${stateName(address.state)}`,
    stateName: stateName(address.state),
  };
}
