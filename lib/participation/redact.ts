/**
 * Removes what looks like personal data from free-text feedback before it is stored: e-mail addresses,
 * phone numbers (national and international forms), CURP, RFC, application numbers and passport-like or
 * document numbers. Feedback asks for none of these, so a false positive costs little and a miss leaks
 * someone's identity: the rules lean towards redacting, while keeping ordinary words, years, dates,
 * postal codes and amounts intact.
 */

export type RedactionKind = "email" | "phone" | "curp" | "rfc" | "id";

/** What replaces each kind; language-neutral so staff in any language read it the same way. */
export const REDACTION_MARK: Record<RedactionKind, string> = {
  email: "[EMAIL]",
  phone: "[PHONE]",
  curp: "[CURP]",
  rfc: "[RFC]",
  id: "[ID]",
};

// Letters as people type them, accents and ñ included, so a word boundary is not found inside "Peña".
const L = "A-Za-zÀ-ÖØ-öø-ÿÑñ";
const notAfter = `(?<![${L}\\d])`;
const notBefore = `(?![${L}\\d])`;

const EMAIL = /[\p{L}\p{N}._%+-]+\s?(?:@|\(at\)|\[at\])\s?[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;
// 4 letters, birth date, sex, state, 3 consonants, homonym character, check digit (RENAPO). The date and
// sex positions are what keep ordinary words out; case-insensitive because people type in lower case.
const CURP = new RegExp(`${notAfter}[A-Z][A-Z]{3}\\d{6}[HMX][A-Z]{5}[A-Z\\d]\\d${notBefore}`, "gi");
// Persona física (4 letters) or moral (3), date, 3-character homoclave.
const RFC = new RegExp(`${notAfter}[A-ZÑ&]{3,4}\\d{6}[A-Z\\d]{3}${notBefore}`, "gi");
const APPLICATION_NUMBER = new RegExp(`${notAfter}\\d{2}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]${notBefore}`, "gi");
// Letters and at least 5 digits in one token of 6–20 characters (passport G12345678, card TR0012345678,
// INE keys); "COVID19", "H1N1", "4x4" and "mp3" have fewer digits.
const DOCUMENT_NUMBER = new RegExp(`${notAfter}(?=(?:[A-Z]*\\d){5})(?=\\d*[A-Z])[A-Z\\d]{6,20}${notBefore}`, "gi");
// A run of digits with spaces, dashes, dots or brackets between them, optionally after "+": a phone when it
// holds 8 or more digits. Commas and slashes are not separators, so amounts and dates are left alone.
const DIGIT_RUN = /\+?\(?\d[\d \-.()]*\d\)?/g;

const YEAR = /^(?:19|20)\d{2}$/;
const ISO_DATE = /^\d{4}[-.]\d{2}[-.]\d{2}$/;
const DOTTED_DATE = /^\d{1,2}[-.]\d{1,2}[-.]\d{2,4}$/;

function looksLikePhone(run: string): boolean {
  if (run.replace(/\D/g, "").length < 8) return false;
  if (ISO_DATE.test(run) || DOTTED_DATE.test(run)) return false;
  // "2024-2025", "2019 2020 2021": years side by side.
  const groups = run.split(/[\s\-.()]+/).filter(Boolean);
  return !(groups.length > 1 && groups.every((g) => YEAR.test(g)));
}

export type Redaction = { text: string; kinds: RedactionKind[] };

/** The text with personal data replaced by REDACTION_MARK, and which kinds were found. */
export function redactPersonalData(input: string): Redaction {
  const kinds = new Set<RedactionKind>();
  const mark = (kind: RedactionKind) => () => {
    kinds.add(kind);
    return REDACTION_MARK[kind];
  };
  let text = input.replace(EMAIL, mark("email"));
  text = text.replace(APPLICATION_NUMBER, mark("id"));
  text = text.replace(CURP, mark("curp"));
  text = text.replace(RFC, mark("rfc"));
  text = text.replace(DOCUMENT_NUMBER, mark("id"));
  text = text.replace(DIGIT_RUN, (run) => {
    if (!looksLikePhone(run)) return run;
    kinds.add("phone");
    return REDACTION_MARK.phone;
  });
  return { text, kinds: [...kinds] };
}
