/**
 * A procedure as the catalogue records it: the very shape of a `prisma/catalogue/procedures/*.json` file
 * (one schema for files, the editor and the database) plus the offices that receive it. Every published
 * version stores one of these, whole and immutable (procedure_version.document); drafts hold one being edited.
 */
import { z } from "zod";
import { procedureSchema } from "@/prisma/catalogue/schema";

const officeSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, "expected a lowercase-kebab slug");

export const procedureDocumentSchema = procedureSchema.extend({
  /** Slugs of the offices that receive the procedure (offices.json says it per office in the files). */
  offices: z.array(officeSlug).min(1),
});

export type ProcedureDocument = z.infer<typeof procedureDocumentSchema>;

/** Every source id a document cites, anywhere in it, in first-seen order. */
export function citedSourceIds(document: unknown): string[] {
  const ids = new Set<string>();
  const walk = (value: unknown, key?: string) => {
    if (Array.isArray(value)) {
      if (key === "sources") value.forEach((v) => typeof v === "string" && ids.add(v));
      else value.forEach((v) => walk(v));
    } else if (value && typeof value === "object")
      Object.entries(value as Record<string, unknown>).forEach(([k, v]) => walk(v, k));
  };
  walk(document);
  return [...ids];
}
