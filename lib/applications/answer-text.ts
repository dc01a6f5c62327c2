/**
 * How an answer of the request form reads, on the web ("check your answers", the staff view) and in
 * the PDFs alike: one function per fact, derived from the field registry (fields.ts) — a date field is
 * written out, a country or state field shows the name, a choice shows its option label.
 */
import { isRealDate } from "@/lib/dates";
import { countryName } from "@/lib/geo/countries";
import { divisionName } from "@/lib/country";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { getMessages, type MessageKey } from "@/lib/i18n/messages";
import { currentOption, fieldSpec, type FieldSpec, type ProcedureForm } from "./fields";

/** What an optional field that was left empty shows and prints as. */
export const EMPTY = "—";

/** How a field's answer is written, from its declaration. */
export type DisplayKind = "text" | "date" | "country" | "state" | "option" | "fee" | "route";

/** The display kind of a field, derived from its input and options. */
export function displayKind(spec: FieldSpec): DisplayKind {
  if (spec.options === "countries") return "country";
  if (spec.options === "states") return "state";
  if (spec.options === "fees") return "fee";
  if (spec.options === "routes") return "route";
  if (spec.options) return "option";
  return spec.input === "date" ? "date" : "text";
}

/** Whether a printed form gives the answer the whole width of the page: long texts and the fee case chosen. */
export function printsWide(field: string): boolean {
  const spec = fieldSpec(field);
  if (!spec) return false;
  return spec.input === "textarea" || spec.options === "fees" || (spec.maxLength ?? 0) >= 120;
}

/** The option label of a choice ("M" → "Hombre"), or null when the field has no such option. */
export function optionLabel(field: string, value: string, locale: Locale): string | null {
  const fields = getMessages(locale).form.fields as Record<string, { options?: Record<string, string> }>;
  return fields[field]?.options?.[currentOption(field, value)] ?? null;
}

/**
 * One answer as a person reads it: option labels instead of codes, country and state names, dates
 * written out, "—" for a field left empty. The options of the fee and route questions are the
 * procedure's own (a fee's position, a route's id); `choiceText` says how the page or document names them
 * (the form shows a fee's amount, the PDF its fee table). A value the field cannot hold (an old code) is
 * shown as typed, never dropped.
 */
export function answerText(
  field: string,
  value: string | null | undefined,
  locale: Locale,
  choiceText: (value: string) => string | null = () => null,
): string {
  if (value === undefined || value === null || value.trim() === "") return EMPTY;
  const spec = fieldSpec(field);
  switch (spec ? displayKind(spec) : "text") {
    case "fee":
    case "route":
      return choiceText(value) ?? value;
    case "country":
      return countryName(value, locale);
    case "state":
      return divisionName(value);
    case "date":
      return isRealDate(value) ? formatDate(value, locale) : value;
    case "option":
      return optionLabel(field, value, locale) ?? value;
    case "text":
      return value;
  }
}

/**
 * The message key of a field's label. Notices name the datum that changed ("Domicilio anterior / nuevo"
 * instead of "Dato anterior / nuevo"); printed documents may use a shorter label (`printLabelKey`).
 */
export function fieldLabelKey(field: string, form: ProcedureForm, medium: "web" | "print"): MessageKey {
  const spec = fieldSpec(field);
  if (spec?.subjectLabel && form.kind === "notification")
    return `form.notification.${form.subject}.${spec.subjectLabel}` as MessageKey;
  if (medium === "print" && spec?.printLabelKey) return spec.printLabelKey as MessageKey;
  return `form.fields.${field}.label` as MessageKey;
}
