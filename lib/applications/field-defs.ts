import { COUNTRY } from "@/lib/country";
import type { FieldDef } from "@/lib/forms/types";
import { countryOptions } from "@/lib/geo/countries";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import { getMessages, getTranslator, type MessageKey } from "@/lib/i18n/messages";
import { formatFeeAmount } from "@/lib/fees/format";
import type { ProcedureDTO } from "@/lib/procedures/types";
import { answerText, fieldLabelKey } from "./answer-text";
import { procedureForm, stepFieldUses, type FieldUse, type FormStep, type ProcedureForm } from "./fields";
import { feeOptionsOf } from "./steps";

/** Label of a fee alternative: concept, case and amount, e.g. "Expedición… — Residente temporal, 2 años: $16,693.00". */
export function feeOptionLabel(procedure: ProcedureDTO, position: number, locale: Locale): string {
  const t = getTranslator(locale);
  const fee = procedure.fees.find((f) => f.position === position);
  if (!fee) return String(position);
  const amount = formatFeeAmount(fee, t, locale);
  return `${localize(fee.variant ?? fee.concept, locale)}: ${amount}`;
}

function textOf(locale: Locale, path: string): string | undefined {
  const found = path
    .split(".")
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], getMessages(locale));
  return typeof found === "string" ? found : undefined;
}

function optionsOf(
  { name, spec }: FieldUse,
  procedure: ProcedureDTO,
  form: ProcedureForm,
  feeOptions: number[] | null,
  locale: Locale,
): FieldDef["options"] {
  const source = spec.options;
  if (source === undefined) return undefined;
  if (source === "countries") return countryOptions(locale).map((c) => ({ value: c.code, label: c.name }));
  if (source === "states") return COUNTRY.divisions.items.map((s) => ({ value: s.code, label: s.name }));
  if (source === "fees")
    return (feeOptions ?? []).map((p) => ({ value: String(p), label: feeOptionLabel(procedure, p, locale) }));
  if (source === "routes") return (form.routes ?? []).map((r) => ({ value: r.id, label: localize(r.name, locale) }));
  return source.map((v) => ({ value: v, label: textOf(locale, `form.fields.${name}.options.${v}`) ?? v }));
}

/** Fields of one step, ready to render, for one procedure and language (from the registry, lib/applications/fields.ts). */
export function buildFieldDefs(step: FormStep, procedure: ProcedureDTO, locale: Locale): FieldDef[] {
  const feeOptions = feeOptionsOf(procedure);
  const form = procedureForm(procedure);
  return stepFieldUses(step, form, feeOptions !== null).map((field) => {
    const { name, spec, optional } = field;
    return {
      name,
      label: textOf(locale, fieldLabelKey(name, form, "web")) ?? name,
      hint: textOf(locale, `form.fields.${name}.hint`),
      optional,
      type: spec.input,
      options: optionsOf(field, procedure, form, feeOptions, locale),
      autoComplete: spec.autoComplete,
      inputMode: spec.inputMode,
      uppercase: spec.uppercase,
      maxLength: spec.maxLength,
    };
  });
}

/** An answer as a person reads it on the web (lib/applications/answer-text.ts; fee choices show their amount, routes their name). */
export function displayValue(def: FieldDef, value: string | undefined, locale: Locale): string {
  return answerText(def.name, value, locale, (choice) => def.options?.find((o) => o.value === choice)?.label ?? null);
}

/** Every message key a schema can report, translated: the browser needs them to show client-side errors. */
export function errorMessages(locale: Locale): Record<string, string> {
  const t = getTranslator(locale);
  return Object.fromEntries(
    Object.keys(getMessages(locale).errors).map((k) => [`errors.${k}`, t(`errors.${k}` as MessageKey)]),
  );
}
