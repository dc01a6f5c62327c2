/**
 * Reads a monthly statistics file of migration documents issued by type and state, the layout the
 * authority's statistics bulletins use since 2010 (one line per month × state × document type), and
 * sorts its lines into accepted rows and rejected ones with the reason. Pure: no database.
 *
 * Columns are found by name, case and accents ignored, in Spanish or English:
 *   año|anio|year + mes|month (1–12 or the month's name), or periodo|period (YYYY-MM);
 *   entidad|entidad_federativa|estado|state (name, alias or code of a division in country.json divisions);
 *   tipo_documento|tipo|documento|document_type; documentos|documentos_emitidos|emitidos|total|count.
 * UTF-8 (with or without BOM) or, when the bytes are not valid UTF-8, Windows-1252 / Latin-1.
 */
import { parse } from "csv-parse/sync";
import { COUNTRY } from "@/lib/country";

export type HistoricalRow = { line: number; month: string; stateCode: string; documentType: string; count: number };
export type RejectedLine = { line: number; reason: string; text: string };
export type ParsedFile = { encoding: "utf-8" | "windows-1252"; accepted: HistoricalRow[]; rejected: RejectedLine[] };

/** Thrown for a file that cannot be read at all (no header, missing columns): nothing is imported. */
export class UnreadableFileError extends Error {}

export const FIRST_YEAR = 2010;

const fold = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

const COLUMNS = {
  year: ["ano", "anio", "year"],
  month: ["mes", "month"],
  period: ["periodo", "period"],
  state: ["entidad", "entidad federativa", "estado", "state"],
  type: ["tipo documento", "tipo de documento", "tipo", "documento", "document type"],
  count: ["documentos", "documentos emitidos", "emitidos", "total", "count", "cantidad"],
} as const;

const MONTHS = [
  ["enero", "january", "jan", "ene"],
  ["febrero", "february", "feb"],
  ["marzo", "march", "mar"],
  ["abril", "april", "apr", "abr"],
  ["mayo", "may"],
  ["junio", "june", "jun"],
  ["julio", "july", "jul"],
  ["agosto", "august", "aug", "ago"],
  ["septiembre", "setiembre", "september", "sep", "sept"],
  ["octubre", "october", "oct"],
  ["noviembre", "november", "nov"],
  ["diciembre", "december", "dec", "dic"],
];

/** A division by its name, its code or one of its other names (the data's `aliases`, e.g. "cdmx"). */
const STATE_BY_NAME = new Map<string, string>(
  COUNTRY.divisions.items.flatMap((s) =>
    [s.name, s.code, ...(s.aliases ?? [])].map((name) => [fold(name), s.code] as [string, string]),
  ),
);

const NOT_A_DIVISION = `${COUNTRY.divisions.name.en.toLowerCase()} of ${COUNTRY.name.en}`;

export function stateCodeOf(text: string): string | null {
  return STATE_BY_NAME.get(fold(text)) ?? null;
}

function monthOf(text: string): number | null {
  const folded = fold(text);
  if (/^\d{1,2}$/.test(folded)) {
    const n = Number(folded);
    return n >= 1 && n <= 12 ? n : null;
  }
  const index = MONTHS.findIndex((names) => names.includes(folded));
  return index === -1 ? null : index + 1;
}

/** "1234", "1,234" or "1 234" (thousands grouped as published); never decimals or negatives. */
function countOf(text: string): number | null {
  const trimmed = text.trim();
  if (!/^(\d+|\d{1,3}([, ]\d{3})+)$/.test(trimmed)) return null;
  const n = Number(trimmed.replace(/[, ]/g, ""));
  return Number.isSafeInteger(n) && n <= 2_147_483_647 ? n : null;
}

export function decodeFile(bytes: Uint8Array): { text: string; encoding: ParsedFile["encoding"] } {
  try {
    return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes), encoding: "utf-8" };
  } catch {
    return { text: new TextDecoder("windows-1252").decode(bytes), encoding: "windows-1252" };
  }
}

function findColumn(header: string[], names: readonly string[]): number {
  return header.findIndex((h) => names.includes(fold(h)));
}

/**
 * Parses the file and validates every line. `currentMonth` (YYYY-MM, where the authority is) bounds the dates:
 * no month before 2010 or after the current one.
 */
export function parseHistoricalFile(bytes: Uint8Array, currentMonth: string): ParsedFile {
  const { text, encoding } = decodeFile(bytes);
  const delimiter =
    (text.split(/\r?\n/, 1)[0] ?? "").split(";").length > (text.split(/\r?\n/, 1)[0] ?? "").split(",").length
      ? ";"
      : ",";
  let records: { record: string[]; raw: string; info: { lines: number } }[];
  try {
    records = parse(text, {
      delimiter,
      bom: true,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
      raw: true,
      comment: "#",
      comment_no_infix: true,
    }) as unknown as typeof records;
  } catch (error) {
    throw new UnreadableFileError(`Not a readable CSV file: ${(error as Error).message}`);
  }
  const [head, ...body] = records;
  if (!head) throw new UnreadableFileError("The file is empty.");
  const header = head.record;
  const col = {
    year: findColumn(header, COLUMNS.year),
    month: findColumn(header, COLUMNS.month),
    period: findColumn(header, COLUMNS.period),
    state: findColumn(header, COLUMNS.state),
    type: findColumn(header, COLUMNS.type),
    count: findColumn(header, COLUMNS.count),
  };
  const missing = [
    col.period === -1 && (col.year === -1 || col.month === -1) ? "año + mes (or periodo)" : null,
    col.state === -1 ? "entidad" : null,
    col.type === -1 ? "tipo_documento" : null,
    col.count === -1 ? "documentos" : null,
  ].filter(Boolean);
  if (missing.length)
    throw new UnreadableFileError(`Missing column(s): ${missing.join(", ")}. Header read: ${header.join(" | ")}`);

  const accepted: HistoricalRow[] = [];
  const rejected: RejectedLine[] = [];
  const seen = new Map<string, number>();
  for (const { record, raw, info } of body) {
    const line = info.lines;
    const rawText = raw.replace(/\r?\n$/, "");
    const reject = (reason: string) => rejected.push({ line, reason, text: rawText.slice(0, 200) });
    const cell = (index: number) => (index === -1 ? "" : (record[index] ?? "").trim());
    if (record.length !== header.length) {
      reject(`${record.length} columns, the header has ${header.length}`);
      continue;
    }
    let month: string | null = null;
    if (col.period !== -1 && cell(col.period)) {
      const period = /^(\d{4})-(\d{1,2})$/.exec(cell(col.period));
      const m = period ? Number(period[2]) : 0;
      month = period && m >= 1 && m <= 12 ? `${period[1]}-${String(m).padStart(2, "0")}` : null;
      if (!month) {
        reject(`periodo "${cell(col.period)}" is not YYYY-MM`);
        continue;
      }
    } else {
      const year = /^\d{4}$/.test(cell(col.year)) ? Number(cell(col.year)) : null;
      const m = monthOf(cell(col.month));
      if (year === null) {
        reject(`año "${cell(col.year)}" is not a year`);
        continue;
      }
      if (m === null) {
        reject(`mes "${cell(col.month)}" is not a month (1–12 or its name)`);
        continue;
      }
      month = `${year}-${String(m).padStart(2, "0")}`;
    }
    if (month < `${FIRST_YEAR}-01` || month > currentMonth) {
      reject(`month ${month} is outside ${FIRST_YEAR}-01…${currentMonth}`);
      continue;
    }
    const stateCode = stateCodeOf(cell(col.state));
    if (!stateCode) {
      reject(`entidad "${cell(col.state)}" is not a ${NOT_A_DIVISION}`);
      continue;
    }
    const documentType = cell(col.type).replace(/\s+/g, " ");
    if (!documentType || documentType.length > 200) {
      reject(documentType ? "tipo_documento is longer than 200 characters" : "tipo_documento is empty");
      continue;
    }
    const count = countOf(cell(col.count));
    if (count === null) {
      reject(`documentos "${cell(col.count)}" is not a whole number ≥ 0`);
      continue;
    }
    const key = `${month}|${stateCode}|${documentType.toLowerCase()}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      reject(`repeats line ${earlier} (same month, state and document type)`);
      continue;
    }
    seen.set(key, line);
    accepted.push({ line, month, stateCode, documentType, count });
  }
  return { encoding, accepted, rejected };
}
