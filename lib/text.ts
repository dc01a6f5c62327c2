/**
 * What characters free text may hold (review finding L9), for every schema that takes text from a person:
 * applicant answers, feedback and survey comments, and staff notes, messages and names.
 *
 * - Single-line fields (names, streets, numbers) refuse every control character (\p{Cc}: NUL, tab,
 *   newline…), every format character (\p{Cf}: bidi overrides such as U+202E, zero-width U+200B/U+200D,
 *   BOM) and the line and paragraph separators U+2028/U+2029. Those break lines in the PDFs' letters or
 *   reverse and hide text in the staff lists, and a NUL makes PostgreSQL fail.
 * - Multi-line fields (descriptions, comments, notes) allow a line break (`\n`; a browser's `\r\n` is
 *   turned into `\n` first) and nothing else of the above.
 *
 * The error is always the message key "errors.invalidCharacters".
 */
import { z } from "zod";

const SINGLE_LINE_FORBIDDEN = /[\p{Cc}\p{Cf}\u2028\u2029]/u;
// `regex` keeps the ZodString type (so .trim(), .max() still chain): strings with none of the forbidden characters.
const SINGLE_LINE_FORBIDDEN_NEGATED = /^[^\p{Cc}\p{Cf}\u2028\u2029]*$/u;
const MULTI_LINE_FORBIDDEN = /[^\P{Cc}\n]|[\p{Cf}\u2028\u2029]/u;

export const INVALID_CHARACTERS = "errors.invalidCharacters";

/** True when `value` has no control, format or separator character. */
export function isSingleLineText(value: string): boolean {
  return !SINGLE_LINE_FORBIDDEN.test(value);
}

/** True when `value`'s only control character is `\n` (after `normalizeLineBreaks`). */
export function isMultiLineText(value: string): boolean {
  return !MULTI_LINE_FORBIDDEN.test(value);
}

/** `\r\n` and lone `\r` (what browsers send from a textarea) become `\n`; other values pass unchanged. */
export function normalizeLineBreaks(value: unknown): unknown {
  return typeof value === "string" ? value.replace(/\r\n?/g, "\n") : value;
}

/** A string schema for one line of text: `z.string()` plus the character rule. */
export function singleLineString(): z.ZodString {
  return z.string({ error: "errors.required" }).regex(SINGLE_LINE_FORBIDDEN_NEGATED, { error: INVALID_CHARACTERS });
}

/**
 * A string schema for multi-line text: line breaks normalised to `\n`, then the character rule.
 * Compose length and emptiness checks with `.pipe()` or on the result.
 */
export function multiLineString() {
  return z.preprocess(normalizeLineBreaks, z.string().refine(isMultiLineText, { error: INVALID_CHARACTERS }));
}

/**
 * Letters the request form's PDFs can print: Latin script with its accents (Spanish, Portuguese,
 * French, Vietnamese "ễ", Turkish…), digits, spaces and common punctuation. The PDFs embed Noto Sans,
 * which has no CJK or Arabic glyphs, and the form is filed with an authority that writes names
 * as the passport's Latin transliteration; `pdf` tests check the font covers every character allowed here.
 */
const LATIN_SCRIPT_TEXT =
  /^[\n\u0020-\u007E\u00A0-\u024F\u0300-\u036F\u1E00-\u1EFF\u2010-\u2027\u2030-\u205E\u20AC]*$/u;

export const LATIN_SCRIPT_ONLY = "errors.latinScript";

/** True when every character of `value` is one the request form's documents can print (LATIN_SCRIPT_TEXT). */
export function isLatinScriptText(value: string): boolean {
  return LATIN_SCRIPT_TEXT.test(value);
}
