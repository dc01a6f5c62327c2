/**
 * Application numbers and passwords people copy by hand and read over the phone.
 * Alphabet: Crockford base 32 (no I, L, O, U), so 0/O and 1/I/L typed either way mean the same.
 * Number: `YY-XXXX-XXXX-C`, 40 random bits after the year, and a Luhn mod 32 check character that
 * catches every single-character typo and every swap of two neighbours.
 */
import { randomBytes, randomInt } from "node:crypto";

const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
const N = ALPHABET.length;

function randomChars(count: number): string {
  let out = "";
  for (let i = 0; i < count; i += 1) out += ALPHABET[randomInt(N)];
  return out;
}

/** Luhn mod N check character over a string of alphabet characters. */
export function checkCharacter(payload: string): string {
  let factor = 2;
  let sum = 0;
  for (let i = payload.length - 1; i >= 0; i -= 1) {
    let addend = factor * ALPHABET.indexOf(payload[i]!);
    factor = factor === 2 ? 1 : 2;
    addend = Math.floor(addend / N) + (addend % N);
    sum += addend;
  }
  return ALPHABET[(N - (sum % N)) % N]!;
}

/** Reads what a person typed: any case, spaces or dashes, O for 0 and I/L for 1. */
export function normalizeApplicationNumber(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1");
  if (!/^\d{2}[0-9A-HJKMNP-TV-Z]{9}$/.test(compact)) return null;
  const payload = compact.slice(0, 10);
  if (checkCharacter(payload) !== compact[10]) return null;
  return `${payload.slice(0, 2)}-${payload.slice(2, 6)}-${payload.slice(6, 10)}-${compact[10]}`;
}

/** A new random application number for the given year, e.g. 26-7KQ4-M9PX-3. */
export function generateApplicationNumber(year: number): string {
  const payload = `${String(year % 100).padStart(2, "0")}${randomChars(8)}`;
  return `${payload.slice(0, 2)}-${payload.slice(2, 6)}-${payload.slice(6, 10)}-${checkCharacter(payload)}`;
}

/** A new password: 12 characters (60 random bits) in groups of four, e.g. 7KQ4-M9PX-3HRT. */
export function generatePassword(): string {
  const raw = randomChars(12);
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8, 12)}`;
}

/** Passwords compare after the same normalisation as numbers (case, dashes, O/0, I/L/1). */
export function normalizePassword(input: string): string {
  return input.toUpperCase().replace(/[\s-]/g, "").replace(/O/g, "0").replace(/[IL]/g, "1").slice(0, 64);
}

/**
 * ISO 11649 creditor reference ("RF" + 2 check digits + reference) for an application number,
 * so a payment can be matched to the application. Not a key of the official payment form (rules.paymentForm).
 */
export function paymentReference(applicationNumber: string): string {
  const reference = `VT${applicationNumber.replace(/-/g, "")}`;
  const numeric = `${reference}RF00`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of numeric) remainder = (remainder * 10 + Number(digit)) % 97;
  return `RF${String(98 - remainder).padStart(2, "0")}${reference}`;
}

/** True when an ISO 11649 reference's check digits are right. */
export function isValidPaymentReference(value: string): boolean {
  const rearranged = `${value.slice(4)}${value.slice(0, 4)}`.replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  let remainder = 0;
  for (const digit of rearranged) remainder = (remainder * 10 + Number(digit)) % 97;
  return /^RF\d{2}[A-Z0-9]{1,21}$/.test(value) && remainder === 1;
}

/** 256-bit random token for cookies (drafts, applicant sessions). */
export function randomToken(): string {
  return randomBytes(32).toString("base64url");
}
