/**
 * How the catalogue's JSON data files are written, shared by `npm run catalogue:export` and its tests: 2-space
 * JSON plus a newline, every object's keys in the order its zod schema declares them. PostgreSQL's jsonb keeps
 * no key order, so a version read back from the database is re-ordered here; without that every export would
 * rewrite every line and the files would stop being a readable record of what changed.
 */
import type { z } from "zod";
import type { ProcedureData, OfficeData } from "@/prisma/catalogue/schema";
import { officeProcedureSlugs, type Catalogue } from "@/prisma/catalogue/validate";
import type { ProcedureDocument } from "./document";

type Def = {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  options?: z.ZodType[];
  valueType?: z.ZodType;
  in?: z.ZodType;
  getter?: () => z.ZodType;
};

const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

/** The schemas a value may match once wrappers (optional, nullable, default, lazy, pipe) are looked through. */
function candidates(schema: z.ZodType | undefined, into: Def[] = []): Def[] {
  if (!schema) return into;
  const def = defOf(schema);
  if (def.innerType) return candidates(def.innerType, into);
  if (def.type === "lazy" && def.getter) return candidates(def.getter(), into);
  if (def.type === "pipe") return candidates(def.in, into);
  if (def.type === "union") {
    for (const option of def.options ?? []) candidates(option, into);
    return into;
  }
  into.push(def);
  return into;
}

/** `value` with every object's keys in schema order (keys the schema does not know keep their place, after). */
export function orderKeysLike(value: unknown, schema: z.ZodType | undefined): unknown {
  const defs = candidates(schema);
  if (Array.isArray(value)) {
    const element = defs.find((d) => d.type === "array")?.element;
    return value.map((item) => orderKeysLike(item, element));
  }
  if (value === null || typeof value !== "object") return value;
  const record = value as Record<string, unknown>;
  const fields = new Map<string, z.ZodType | undefined>();
  for (const def of defs) {
    if (def.type === "object" && def.shape)
      for (const [key, child] of Object.entries(def.shape)) if (!fields.has(key)) fields.set(key, child);
  }
  const recordValue = defs.find((d) => d.type === "record")?.valueType;
  const keys = [...[...fields.keys()].filter((k) => k in record), ...Object.keys(record).filter((k) => !fields.has(k))];
  return Object.fromEntries(keys.map((k) => [k, orderKeysLike(record[k], fields.get(k) ?? recordValue)]));
}

/** A data file's text: 2-space JSON and a final newline, keys in schema order. */
export function catalogueFileText(value: unknown, schema: z.ZodType): string {
  return `${JSON.stringify(orderKeysLike(value, schema), null, 2)}\n`;
}

/**
 * A data file as a version document: the file plus the offices that list it in offices.json (the seed's first
 * versions and `npm run catalogue:import` both build documents this way).
 */
export function documentOfFile(catalogue: Catalogue, slug: string): ProcedureDocument {
  const p = catalogue.procedures.find((candidate) => candidate.slug === slug)!;
  const slugs = catalogue.procedures.map((candidate) => candidate.slug);
  return {
    ...p,
    offices: catalogue.offices.filter((o) => officeProcedureSlugs(o, slugs).includes(slug)).map((o) => o.slug),
  };
}

/** A version document as its data file holds it (the receiving offices live in offices.json instead). */
export function fileOfDocument(document: ProcedureDocument): ProcedureData {
  const { offices: _offices, ...file } = document;
  return file;
}

/**
 * An office's `procedures` rule in offices.json for exactly `received` out of `all` slugs: "all", an
 * `except` list or the list itself, whichever is shortest written out ("all" first on a tie). Slugs keep the
 * order of `previous` (the rule the file had), new ones follow in catalogue order.
 */
export function officeRuleFor(
  received: string[],
  all: string[],
  previous: OfficeData["procedures"],
): OfficeData["procedures"] {
  const before = previous === "all" ? [] : Array.isArray(previous) ? previous : previous.except;
  const ordered = (slugs: string[]) => [
    ...before.filter((s) => slugs.includes(s)),
    ...slugs.filter((s) => !before.includes(s)),
  ];
  const receivedSet = new Set(received);
  const missing = all.filter((s) => !receivedSet.has(s));
  const options: OfficeData["procedures"][] = [];
  if (missing.length === 0) options.push("all");
  else options.push({ except: ordered(missing) });
  if (received.length > 0) options.push(ordered(all.filter((s) => receivedSet.has(s))));
  return options.reduce((best, o) => (JSON.stringify(o).length < JSON.stringify(best).length ? o : best));
}
