import { randomInt } from "node:crypto";

/**
 * Letters and digits that cannot be mistaken for one another when typed from a printed poster
 * (no 0/o, 1/l/i). Lower case, so the short URL reads and types easily on a phone keyboard.
 */
export const CODE_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz";
export const CODE_LENGTH = 7;

const CODE_PATTERN = new RegExp(`^[${CODE_ALPHABET}]{${CODE_LENGTH}}$`);

/** A new random short code: 31^7 ≈ 2.7 × 10^10 values, so collisions are rare (and retried). */
export function generateShortCode(): string {
  let code = "";
  for (let i = 0; i < CODE_LENGTH; i += 1) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)];
  return code;
}

/**
 * A code as typed or scanned, cleaned (case, spaces, dashes) and checked. Returns null for anything that
 * is not a well-formed code, so nothing else ever reaches the database or a redirect.
 */
export function normalizeShortCode(raw: unknown): string | null {
  if (typeof raw !== "string" || raw.length > 40) return null;
  const code = raw.toLowerCase().replace(/[\s.-]/g, "");
  return CODE_PATTERN.test(code) ? code : null;
}
