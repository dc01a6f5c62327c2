/**
 * The catalogue editor's form: which posted names it reads and how (one table for the page, the autosave
 * and the server action), and the lists an editor can add to, remove from and reorder.
 */
import { procedureDocumentSchema } from "./document";
import { readForm, type FormSpec } from "./form-data";

/** The lists with add / remove / move buttons (path of the list in the document, or `newSources`). */
export const EDITOR_LISTS = ["requirements", "fees", "steps", "newSources"] as const;

export const EDITOR_FORM: FormSpec = {
  roots: [...Object.keys(procedureDocumentSchema.shape), "note", "newSources"],
  keepEmpty: ["codes"],
  kinds: {
    position: "number",
    featuredRank: "number?",
    "requirements.*.verify": "boolean",
    "requirements.*.sources": "list",
    "requirements.*.appliesWhen": "json",
    "fees.*.payment": "number",
    "fees.*.amount": "number?",
    "fees.*.year": "number",
    "fees.*.indexRange": "json",
    "fees.*.appliesWhen": "json",
    "fees.*.discounts": "json",
    "fees.*.legalBasis": "json",
    "fees.*.sources": "list",
    "fees.*.verify": "boolean",
    "deadline.resolution": "object?",
    "deadline.resolution.days": "number",
    "deadline.applicantDeadline": "json",
    "deadline.more": "json",
    "deadline.sources": "list",
    "deadline.verify": "boolean",
    routes: "json",
    forms: "json",
    requestForm: "json",
    legalBasis: "lines",
    sources: "list",
    offices: "multi",
    "retired.replacedBy": "list",
  },
};

/** The JSON fields, each with its example (shown as the field's hint). */
export const JSON_EXAMPLES: Record<string, string> = {
  appliesWhen: '{ "field": "age", "op": "lt", "value": 18 }',
  indexRange: '{ "unit": "UMA", "min": 20, "max": 40 }',
  discounts:
    '[{ "percent": 50, "legalBasis": [{ "instrument": "lfd", "article": "16" }], "sources": ["…"], "verify": true }]',
  legalBasis: '[{ "instrument": "lfd", "article": "8", "fraction": "I" }]',
  applicantDeadline:
    '{ "days": 90, "unit": "calendar", "anchor": "event", "direction": "after", "text": { "es": "…", "en": "…" } }',
  more: '[{ "days": 10, "unit": "business", "anchor": "…", "party": "applicant", "direction": "after", "text": { "es": "…", "en": "…" }, "legalBasis": [{ "instrument": "…" }], "verify": true }]',
  routes: '[{ "id": "cuatro-anos", "name": { "es": "…", "en": "…" } }]',
  forms: '[{ "form": "formato-basico" }]',
  requestForm: '{ "kind": "renewal" }',
};

export type EditorPost = {
  document: Record<string, unknown>;
  note: string;
  newSources: Record<string, unknown>[];
  /** Fields whose JSON does not parse (kept as typed in the document until fixed). */
  errors: Record<string, string>;
};

/** A post of the editor form → the draft's parts. */
export function readEditorPost(formData: Iterable<[string, FormDataEntryValue]>): EditorPost {
  const { value, errors } = readForm(formData, EDITOR_FORM);
  const { note, newSources, ...document } = value;
  return {
    document,
    note: typeof note === "string" ? note : "",
    newSources: Array.isArray(newSources) ? (newSources as Record<string, unknown>[]) : [],
    errors,
  };
}
