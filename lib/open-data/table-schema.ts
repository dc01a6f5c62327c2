/**
 * Frictionless Table Schema: the dictionary published with every file, and a reader that checks a CSV
 * cell against it. The reader is what the tests (and any consumer) use to prove each file matches its
 * own schema; it follows Table Schema v1 for the types the portal publishes.
 */
import type { CellValue, DatasetDef, FieldDef } from "./types";

/** A Table Schema field descriptor. `description` is Spanish (the language of record), `description_en` English. */
export function fieldDescriptor(field: FieldDef) {
  return {
    name: field.name,
    type: field.type,
    title: field.title.es,
    title_en: field.title.en,
    description: field.description.es,
    description_en: field.description.en,
    ...(field.unit ? { unit: field.unit.es, unit_en: field.unit.en } : {}),
    ...(field.type === "date" ? { format: "default" } : {}),
    ...(field.constraints ? { constraints: field.constraints } : {}),
  };
}

export function tableSchemaDescriptor(dataset: DatasetDef) {
  return {
    fields: dataset.fields.map(fieldDescriptor),
    missingValues: dataset.missingValues,
    ...(dataset.primaryKey ? { primaryKey: dataset.primaryKey } : {}),
    ...(dataset.foreignKeys ? { foreignKeys: dataset.foreignKeys } : {}),
  };
}

export type TableSchemaDescriptor = ReturnType<typeof tableSchemaDescriptor>;
type FieldDescriptor = TableSchemaDescriptor["fields"][number];

const PATTERNS: Record<string, RegExp> = {
  integer: /^-?\d+$/,
  number: /^-?\d+(\.\d+)?$/,
  boolean: /^(true|false)$/,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  yearmonth: /^\d{4}-(0[1-9]|1[0-2])$/,
};

/**
 * Reads one CSV cell as its field's type. Returns the typed value (null for a missing value) or an
 * error message; `missing` tells which missing-value marker was found (e.g. "suppressed").
 */
export function castCell(
  field: FieldDescriptor,
  text: string,
  missingValues: readonly string[],
): { ok: true; value: CellValue; missing?: string } | { ok: false; error: string } {
  if (missingValues.includes(text)) {
    if (field.constraints?.required)
      return { ok: false, error: `${field.name}: required, got missing value "${text}"` };
    return { ok: true, value: null, missing: text };
  }
  const pattern = PATTERNS[field.type];
  if (pattern && !pattern.test(text)) return { ok: false, error: `${field.name}: "${text}" is not a ${field.type}` };
  let value: CellValue = text;
  if (field.type === "integer" || field.type === "number") value = Number(text);
  if (field.type === "boolean") value = text === "true";
  if (field.type === "date" && !isRealDate(text))
    return { ok: false, error: `${field.name}: "${text}" is not a real date` };
  const c = field.constraints;
  if (c?.enum && !c.enum.includes(text))
    return { ok: false, error: `${field.name}: "${text}" not in ${c.enum.join("|")}` };
  if (typeof value === "number" && c?.minimum !== undefined && value < c.minimum)
    return { ok: false, error: `${field.name}: ${value} < ${c.minimum}` };
  if (typeof value === "number" && c?.maximum !== undefined && value > c.maximum)
    return { ok: false, error: `${field.name}: ${value} > ${c.maximum}` };
  return { ok: true, value };
}

/**
 * Checks parsed CSV records (header first) against a Table Schema: header equals the field names in
 * order, every cell casts, primary keys are unique. Returns the typed rows and every error found.
 */
export function validateTable(
  records: string[][],
  schema: TableSchemaDescriptor,
): { rows: Record<string, CellValue>[]; errors: string[] } {
  const errors: string[] = [];
  const [header, ...body] = records;
  const names = schema.fields.map((f) => f.name);
  if (!header || header.join(",") !== names.join(","))
    errors.push(`header ${JSON.stringify(header)} ≠ ${JSON.stringify(names)}`);
  const rows: Record<string, CellValue>[] = [];
  const keys = new Set<string>();
  body.forEach((record, index) => {
    if (record.length !== names.length) {
      errors.push(`row ${index + 2}: ${record.length} cells, expected ${names.length}`);
      return;
    }
    const row: Record<string, CellValue> = {};
    schema.fields.forEach((field, i) => {
      const cast = castCell(field, record[i] ?? "", schema.missingValues);
      if (cast.ok) row[field.name] = cast.missing && cast.missing !== "" ? (cast.missing as CellValue) : cast.value;
      else errors.push(`row ${index + 2}: ${cast.error}`);
    });
    if ("primaryKey" in schema && schema.primaryKey) {
      const key = JSON.stringify(schema.primaryKey.map((k) => row[k]));
      if (keys.has(key)) errors.push(`row ${index + 2}: duplicate primary key ${key}`);
      keys.add(key);
    }
    rows.push(row);
  });
  return { rows, errors };
}

function isRealDate(text: string): boolean {
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}
