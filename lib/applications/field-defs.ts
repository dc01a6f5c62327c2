import type { FieldDef } from "@/lib/forms/types";
import { countryOptions, countryName } from "@/lib/geo/countries";
import { MEXICAN_STATES, stateName } from "@/lib/geo/mexican-states";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import { getMessages, getTranslator, type MessageKey } from "@/lib/i18n/messages";
import { formatFeeAmount } from "@/lib/fees/format-fee";
import type { ProcedureDTO } from "@/lib/procedures/types";
import { procedureForm } from "./procedure-forms";
import type { FormStep } from "./schemas";
import { feeOptionsOf, stepFields } from "./steps";

type Shape = Omit<FieldDef, "name" | "label" | "hint" | "options"> & { options?: "countries" | "states" | "fees" | readonly string[] };

/** How each schema key is asked. Labels, hints and option labels come from the message catalogue. */
const SHAPES: Record<string, Shape> = {
  givenNames: { type: "text", optional: false, autoComplete: "given-name", maxLength: 80 },
  firstSurname: { type: "text", optional: false, autoComplete: "family-name", maxLength: 80 },
  secondSurname: { type: "text", optional: true, autoComplete: "off", maxLength: 80 },
  sex: { type: "radios", optional: false, options: ["F", "M", "X"] },
  birthDate: { type: "date", optional: false, autoComplete: "bday" },
  birthCountry: { type: "select", optional: false, options: "countries" },
  nationality: { type: "select", optional: false, options: "countries" },
  curp: { type: "text", optional: true, uppercase: true, autoComplete: "off", maxLength: 18 },
  passportNumber: { type: "text", optional: false, uppercase: true, autoComplete: "off", maxLength: 24 },
  passportCountry: { type: "select", optional: false, options: "countries" },
  passportExpiry: { type: "date", optional: false },
  migrationDocument: { type: "radios", optional: false, options: ["none", "temporary-resident", "permanent-resident", "visitor", "fmm", "other"] },
  migrationDocumentNumber: { type: "text", optional: true, uppercase: true, autoComplete: "off", maxLength: 30 },
  state: { type: "select", optional: false, options: "states" },
  municipality: { type: "text", optional: false, autoComplete: "address-level2", maxLength: 80 },
  postalCode: { type: "text", optional: false, autoComplete: "postal-code", inputMode: "numeric", maxLength: 5 },
  neighborhood: { type: "text", optional: true, autoComplete: "address-level3", maxLength: 80 },
  street: { type: "text", optional: false, autoComplete: "address-line1", maxLength: 120 },
  email: { type: "email", optional: false, autoComplete: "email", inputMode: "email", maxLength: 254 },
  phone: { type: "tel", optional: false, autoComplete: "tel", inputMode: "tel", maxLength: 25 },
  employerName: { type: "text", optional: false, autoComplete: "organization", maxLength: 200 },
  employerRegistration: { type: "text", optional: false, uppercase: true, maxLength: 40 },
  jobTitle: { type: "text", optional: false, autoComplete: "organization-title", maxLength: 120 },
  consulate: { type: "text", optional: false, maxLength: 120 },
  workState: { type: "select", optional: false, options: "states" },
  relativeName: { type: "text", optional: false, maxLength: 200 },
  relationship: { type: "radios", optional: false, options: ["spouse", "partner", "child", "parent", "sibling"] },
  relativeStatus: { type: "radios", optional: false, options: ["mexican", "temporary-resident", "permanent-resident"] },
  relativeDocument: { type: "text", optional: true, uppercase: true, maxLength: 40 },
  humanitarianReason: { type: "radios", optional: false, options: ["crime-victim", "asylum", "health", "family-emergency", "other"] },
  reasonDescription: { type: "textarea", optional: false, maxLength: 2000 },
  pendingApplication: { type: "text", optional: false, uppercase: true, maxLength: 40 },
  travelReason: { type: "textarea", optional: false, maxLength: 500 },
  departureDate: { type: "date", optional: false },
  returnDate: { type: "date", optional: false },
  previousValue: { type: "textarea", optional: false, maxLength: 500 },
  newValue: { type: "textarea", optional: false, maxLength: 500 },
  changeDate: { type: "date", optional: false },
  currentCardExpiry: { type: "date", optional: false },
  replacementReason: { type: "radios", optional: false, options: ["lost", "stolen", "damaged"] },
  incidentDate: { type: "date", optional: false },
  residenceCountry: { type: "radios", optional: false, options: ["GT", "BZ", "SV", "HN"] },
  companyName: { type: "text", optional: false, autoComplete: "organization", maxLength: 200 },
  rfc: { type: "text", optional: false, uppercase: true, maxLength: 13 },
  activity: { type: "text", optional: false, maxLength: 200 },
  statusChangeBasis: { type: "radios", optional: false, options: ["four-years", "pensioner", "points", "other"] },
  basisDescription: { type: "textarea", optional: true, maxLength: 1000 },
  expiredDocumentNumber: { type: "text", optional: false, uppercase: true, maxLength: 30 },
  expiredOn: { type: "date", optional: false },
  feeChoice: { type: "radios", optional: false, options: "fees" },
};

/** Label of a fee alternative: concept, case and amount, e.g. "Expedición… — Residente temporal, 2 años: $16,693.00". */
export function feeOptionLabel(procedure: ProcedureDTO, position: number, locale: Locale): string {
  const t = getTranslator(locale);
  const fee = procedure.fees.find((f) => f.position === position);
  if (!fee) return String(position);
  const amount = formatFeeAmount(fee, t, locale);
  return `${localize(fee.variant ?? fee.concept, locale)}: ${amount}`;
}

function textOf(locale: Locale, path: string): string | undefined {
  const found = path.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], getMessages(locale));
  return typeof found === "string" ? found : undefined;
}

/** Fields of one step, ready to render, for one procedure and language. */
export function buildFieldDefs(step: FormStep, procedure: ProcedureDTO, locale: Locale): FieldDef[] {
  const feeOptions = feeOptionsOf(procedure);
  const form = procedureForm(procedure.slug);
  return stepFields(step, procedure.slug, feeOptions).map((name) => {
    const shape = SHAPES[name];
    if (!shape) throw new Error(`No field shape for "${name}"`);
    let label = textOf(locale, `form.fields.${name}.label`) ?? name;
    if (form.kind === "notification" && form.notification && (name === "previousValue" || name === "newValue")) {
      label = textOf(locale, `form.notification.${form.notification}.${name === "previousValue" ? "previous" : "new"}`) ?? label;
    }
    const { options: optionSource, ...rest } = shape;
    let options: FieldDef["options"];
    if (optionSource === "countries") options = countryOptions(locale).map((c) => ({ value: c.code, label: c.name }));
    else if (optionSource === "states") options = MEXICAN_STATES.map((s) => ({ value: s.code, label: s.name }));
    else if (optionSource === "fees") options = (feeOptions ?? []).map((p) => ({ value: String(p), label: feeOptionLabel(procedure, p, locale) }));
    else if (optionSource) options = optionSource.map((v) => ({ value: v, label: textOf(locale, `form.fields.${name}.options.${v}`) ?? v }));
    return { name, label, hint: textOf(locale, `form.fields.${name}.hint`), options, ...rest };
  });
}

/** An answer as a person reads it: option labels, country and state names, written-out dates, "—" when empty. */
export function displayValue(def: FieldDef, value: string | undefined, locale: Locale): string {
  if (value === undefined || value === "") return "—";
  if (def.type === "date") return formatDate(value, locale);
  if (SHAPES[def.name]?.options === "countries") return countryName(value, locale);
  if (SHAPES[def.name]?.options === "states") return stateName(value);
  return def.options?.find((o) => o.value === value)?.label ?? value;
}

/** Every message key a schema can report, translated: the browser needs them to show client-side errors. */
export function errorMessages(locale: Locale): Record<string, string> {
  const t = getTranslator(locale);
  return Object.fromEntries(Object.keys(getMessages(locale).errors).map((k) => [`errors.${k}`, t(`errors.${k}` as MessageKey)]));
}
