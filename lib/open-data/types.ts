import type { LocalizedText } from "@/lib/i18n/localize";
import type { SUPPRESSED } from "@/lib/statistics/policy";

/** Table Schema field types the portal publishes (a subset of Frictionless Table Schema v1). */
export type FieldType = "string" | "integer" | "number" | "boolean" | "date" | "yearmonth";

export type CellValue = string | number | boolean | null | typeof SUPPRESSED;
export type DataRow = Record<string, CellValue>;

export type FieldDef = {
  name: string;
  type: FieldType;
  title: LocalizedText;
  description: LocalizedText;
  /** Unit of a measure, e.g. applications, days, MXN. */
  unit?: LocalizedText;
  constraints?: { required?: boolean; unique?: boolean; enum?: string[]; minimum?: number; maximum?: number };
};

export type DatasetGroup = "catalogue" | "statistics" | "history";

/** One downloadable table: its public file name (without extension), dictionary and rows. */
export type DatasetDef = {
  name: string;
  group: DatasetGroup;
  title: LocalizedText;
  description: LocalizedText;
  fields: FieldDef[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  /** Cell texts that mean "no value" (Table Schema `missingValues`). */
  missingValues: string[];
};

/** What a conditional GET compares: a validator that changes whenever the rows may have changed. */
export type DatasetVersion = { etag: string; lastModified: Date };
