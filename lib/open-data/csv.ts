/**
 * RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote, CR or LF, quotes doubled.
 * Values are written as Table Schema expects to read them back: null as the empty string, booleans as
 * true/false, numbers in plain decimal notation.
 *
 * Formula injection (OWASP "CSV injection", review finding I1): text that starts with = + - @ or a tab/CR
 * gets a leading ' so a spreadsheet shows it instead of running it. Numbers are never touched (a negative
 * number stays a number); the data dictionary (datapackage.json) does not need to say more, because no
 * published text field is meant to start with those characters.
 */
import type { CellValue } from "./types";

const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One field. A leading space or an empty string is kept as is; only RFC 4180's special characters quote. */
export function csvField(value: CellValue): string {
  if (value === null) return "";
  const raw = typeof value === "number" ? numberText(value) : String(value);
  const text = typeof value === "string" && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function numberText(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`Cannot write ${value} to CSV`);
  // Avoid exponent notation (1e21) that Table Schema's number type does not promise to read.
  return Number.isInteger(value) ? BigInt(value).toString() : String(value);
}

/** One record, with its CRLF terminator. */
export function csvRow(values: readonly CellValue[]): string {
  return `${values.map(csvField).join(",")}\r\n`;
}
