/**
 * The national ID the request form asks (the `curp` answer): its format and check come from the
 * country's data (country.json nationalId); the check algorithms are code, registered here
 * by id, and the data chooses one. Another country's ID adds an algorithm here and names it in its data.
 *
 * No server-only imports: the browser runs these checks before a step is sent.
 */
import { COUNTRY, type NationalIdRule } from "@/lib/country";
import { curpBirthDate, curpCheckDigit, curpSex } from "./curp";

type NationalIdCheck = {
  /** True when the check digit agrees with the rest (the value already matches the rule's pattern). */
  hasValidCheckDigit: (value: string) => boolean;
  /** The birth date (YYYY-MM-DD) the ID encodes, to compare with the answer; absent when it encodes none. */
  birthDate?: (value: string) => string;
  /** The sex answer (F, M, X) the ID encodes; absent when it encodes none. */
  sex?: (value: string) => string;
};

/** Check algorithms by id; `check` in the institution's rule picks one. */
export const NATIONAL_ID_CHECKS = {
  curp: {
    hasValidCheckDigit: (value) => curpCheckDigit(value.slice(0, 17)) === Number(value[17]),
    birthDate: curpBirthDate,
    sex: curpSex,
  },
} satisfies Record<string, NationalIdCheck>;

export type NationalIdCheckId = keyof typeof NATIONAL_ID_CHECKS;
export const NATIONAL_ID_CHECK_IDS = Object.keys(NATIONAL_ID_CHECKS) as [NationalIdCheckId, ...NationalIdCheckId[]];

function checkOf(rule: NationalIdRule | null): NationalIdCheck | null {
  if (!rule?.check) return null;
  return (NATIONAL_ID_CHECKS as Record<string, NationalIdCheck>)[rule.check] ?? null;
}

/** Whether a value (upper-cased, no spaces or dashes) has the national ID's format. */
export function isNationalIdFormat(value: string, rule: NationalIdRule | null = COUNTRY.nationalId): boolean {
  return rule !== null && value.length <= rule.maxLength && new RegExp(rule.pattern).test(value);
}

/** Whether the value has the ID's format and, when the rule names an algorithm, a correct check digit. */
export function hasValidNationalIdCheck(value: string, rule: NationalIdRule | null = COUNTRY.nationalId): boolean {
  if (!isNationalIdFormat(value, rule)) return false;
  return checkOf(rule)?.hasValidCheckDigit(value) ?? true;
}

/**
 * Which answers a well-formed ID contradicts: the birth date or the sex it encodes (message keys of the
 * request form's errors, by field). Empty when it agrees or encodes neither.
 */
export function nationalIdMismatches(
  value: string,
  answers: { birthDate?: string; sex?: string },
  rule: NationalIdRule | null = COUNTRY.nationalId,
): ("errors.nationalIdBirthDate" | "errors.nationalIdSex")[] {
  const check = checkOf(rule);
  if (!check || !isNationalIdFormat(value, rule)) return [];
  const out: ("errors.nationalIdBirthDate" | "errors.nationalIdSex")[] = [];
  if (check.birthDate && answers.birthDate && check.birthDate(value) !== answers.birthDate)
    out.push("errors.nationalIdBirthDate");
  if (check.sex && answers.sex && check.sex(value) !== answers.sex) out.push("errors.nationalIdSex");
  return out;
}
