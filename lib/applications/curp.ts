/** CURP (Clave Única de Registro de Población): format and check digit, as RENAPO defines them. */

const CURP_PATTERN =
  /^[A-Z][AEIOUX][A-Z]{2}\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])[HMX](AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d$/;

const ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

/** The 18th character computed from the first 17 (weights 18…2, modulo 10). */
export function curpCheckDigit(first17: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17[i] ?? "") * (18 - i);
  return (10 - (sum % 10)) % 10;
}

export function isCurpFormat(value: string): boolean {
  return CURP_PATTERN.test(value);
}

export function hasValidCurpCheckDigit(value: string): boolean {
  return isCurpFormat(value) && curpCheckDigit(value.slice(0, 17)) === Number(value[17]);
}

/** Birth date (YYYY-MM-DD) encoded in a CURP; the 17th character tells the century (digit = 1900s, letter = 2000s). */
export function curpBirthDate(value: string): string {
  const yy = value.slice(4, 6);
  const century = /\d/.test(value[16] ?? "") ? "19" : "20";
  return `${century}${yy}-${value.slice(6, 8)}-${value.slice(8, 10)}`;
}

/** H (hombre), M (mujer) or X (no binaria), as encoded in the CURP. */
export function curpSex(value: string): string {
  return value[10] ?? "";
}
