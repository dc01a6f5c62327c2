import { answerText, fieldLabelKey, printsWide } from "@/lib/applications/answer-text";
import {
  FORM_STEPS,
  stepFieldUses,
  type ApplicationAnswers,
  type FormStep,
  type ProcedureForm,
} from "@/lib/applications/fields";
import type { ApplicationView } from "@/lib/applications/types";
import { feeAlternatives } from "@/lib/fees/select";
import { divisionName } from "@/lib/country";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import type { MessageKey, Translate } from "@/lib/i18n/messages";
import type { FeeDTO } from "@/lib/procedures/types";
import type { Facts } from "@/lib/procedures/conditions";
import { personFacts, type FactAnswers } from "@/lib/procedures/person-facts";
import { AUTHORITY_TIME_ZONE, ageOn, localDateOf } from "@/lib/dates";
import { describeFee } from "@/lib/fees/format";

export { EMPTY, optionLabel } from "@/lib/applications/answer-text";

/**
 * One answer as the documents print it (lib/applications/answer-text.ts, the same text as on the web),
 * with the chosen fee as "concept — variant": the amount is in the document's fee table. `fees` are the
 * procedure's fees; `form` names the routes of a route answer.
 */
export function formatAnswer(
  field: string,
  value: string | null | undefined,
  locale: Locale,
  fees: FeeDTO[],
  form?: ProcedureForm,
): string {
  return answerText(field, value, locale, (choice) => {
    if (field === "route") {
      const route = form?.routes?.find((r) => r.id === choice);
      return route ? (route.name[locale] ?? route.name.es) : null;
    }
    const fee = fees.find((f) => String(f.position) === choice);
    return fee ? describeFee(fee, locale) : null;
  });
}

/** The message key of a field's label on printed documents. */
export function answerLabelKey(field: string, form: ProcedureForm): MessageKey {
  return fieldLabelKey(field, form, "print");
}

/** One printed answer; `wide` takes the whole width of the page. */
export type AnswerRow = { field: string; labelKey: MessageKey; value: string; wide: boolean };
export type AnswerSection = { step: FormStep; rows: AnswerRow[] };

/** The four sections of the request form with every field in form order, formatted for print. */
export function answerSections(
  answers: ApplicationAnswers,
  form: ProcedureForm,
  fees: FeeDTO[],
  locale: Locale,
): AnswerSection[] {
  const hasFeeChoice = answers.details.feeChoice !== undefined || feeAlternatives(fees) !== null;
  return FORM_STEPS.map((step) => {
    const values = answers[step] as Record<string, string | undefined>;
    return {
      step,
      rows: stepFieldUses(step, form, hasFeeChoice).map(({ name }) => ({
        field: name,
        labelKey: answerLabelKey(name, form),
        value: formatAnswer(name, values[name], locale, fees, form),
        wide: printsWide(name),
      })),
    };
  });
}

/** Given names and surnames in the order the authority's documents write them (given names first). */
export function fullName(
  personal: Pick<ApplicationAnswers["personal"], "givenNames" | "firstSurname" | "secondSurname">,
): string {
  return [personal.givenNames, personal.firstSurname, personal.secondSurname]
    .filter((part) => part && part.trim())
    .join(" ");
}

/** The address on one line: "Calle Córdoba 45, Col. Roma Norte, C.P. 06700, Cuauhtémoc, Ciudad de México". */
export function addressLine(address: ApplicationAnswers["address"]): string {
  return [
    address.street,
    address.neighborhood ? `Col. ${address.neighborhood}` : null,
    `C.P. ${address.postalCode}`,
    address.municipality,
    divisionName(address.state),
  ]
    .filter(Boolean)
    .join(", ");
}

/** The time of day (24 h, "11:30") of an instant in the authority's time zone. */
export function formatTimeOfDay(isoDateTime: string, timeZone = AUTHORITY_TIME_ZONE): string {
  return new Intl.DateTimeFormat(intlLocale("es"), {
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
  }).format(new Date(isoDateTime));
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
  const timeZone = application.institution.timeZone || AUTHORITY_TIME_ZONE;
  const submittedOn = localDateOf(application.submittedAt, timeZone);
  const { address, personal } = application.answers;
  return {
    name: fullName(personal),
    submittedOn,
    submittedAtText: t("pdf.common.dateTime", {
      date: formatDate(submittedOn, "es"),
      time: formatTimeOfDay(application.submittedAt, timeZone),
    }),
    age: ageOn(personal.birthDate, submittedOn),
    conditions: personFacts(application.answers as FactAnswers, submittedOn),
    place: `${address.municipality}, ${divisionName(address.state)}`,
    stateName: divisionName(address.state),
  };
}
