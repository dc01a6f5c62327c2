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
