/**
 * The CURP check algorithm (Clave Única de Registro de Población, as RENAPO defines it): its check digit
 * and the birth date and sex it encodes. The format itself is data (country.json nationalId);
 * lib/applications/national-id.ts applies this algorithm when the institution's rule names "curp".
 */

const ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ";

/** The 18th character computed from the first 17 (weights 18…2, modulo 10). */
export function curpCheckDigit(first17: string): number {
  let sum = 0;
  for (let i = 0; i < 17; i += 1) sum += ALPHABET.indexOf(first17[i] ?? "") * (18 - i);
  return (10 - (sum % 10)) % 10;
}

/** Birth date (YYYY-MM-DD) encoded in a CURP; the 17th character tells the century (digit = 1900s, letter = 2000s). */
export function curpBirthDate(value: string): string {
  const yy = value.slice(4, 6);
  const century = /\d/.test(value[16] ?? "") ? "19" : "20";
  return `${century}${yy}-${value.slice(6, 8)}-${value.slice(8, 10)}`;
}

/** The form's sex answer (F, M, X) encoded in the CURP as H (hombre), M (mujer) or X (no binaria). */
export function curpSex(value: string): string {
  return ({ H: "M", M: "F", X: "X" } as Record<string, string>)[value[10] ?? ""] ?? "";
}
