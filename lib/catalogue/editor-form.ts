/**
 * The catalogue editor's form: which posted names it reads and how (one table for the page, the autosave
 * and the server action), and the lists an editor can add to, remove from and reorder.
 */
import { procedureDocumentSchema } from "./document";
import { kindOf, readForm, type FormSpec } from "./form-data";

/** Quiet time after the last change before the editor's draft saves itself (README: "Editing the catalogue"). */
export const AUTOSAVE_DELAY_MS = 3000;

/** The lists with add / remove / move buttons (path of the list in the document, or `newSources`). */
export const EDITOR_LISTS = ["requirements", "fees", "steps", "newSources"] as const;

export const EDITOR_FORM: FormSpec = {
  roots: [...Object.keys(procedureDocumentSchema.shape), "note", "newSources"],
  keepEmpty: ["codes"],
  kinds: {
    stable: "boolean",
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

/** The field a new or moved row's focus lands on (path inside the row). */
export const FIRST_FIELD: Record<(typeof EDITOR_LISTS)[number], string> = {
  requirements: "name.es",
  fees: "concept.es",
  steps: "title.es",
  newSources: "id",
};

/** Lists of the document that are present even when empty. */
const EMPTY_LISTS = ["requirements", "fees", "steps", "offices"] as const;

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
  // A list with every row removed (or every box unticked) posts nothing: it is an empty list, not a missing one.
  for (const list of EMPTY_LISTS) document[list] ??= [];
  const retired = document.retired as Record<string, unknown> | undefined;
  if (retired) retired.replacedBy ??= [];
  return {
    document,
    note: typeof note === "string" ? note : "",
    newSources: Array.isArray(newSources) ? (newSources as Record<string, unknown>[]) : [],
    errors,
  };
}

/** The editor page of a procedure's draft. */
export function editorPagePath(locale: string, slug: string): string {
  return `/${locale}/personal/catalogo/${slug}/editar`;
}

/** Texts given per language: the form has an es and an en field for each. */
const LOCALIZED_KEYS = new Set([
  "title",
  "summary",
  "audience",
  "description",
  "keywords",
  "feeNotes",
  "name",
  "detail",
  "condition",
  "concept",
  "variant",
  "exemptions",
  "silenceText",
  "notes",
  "note",
]);

/**
 * The field an error at `path` is shown on: the JSON field or id list that holds it, the Spanish field of a
 * text given per language, or the field itself. The error summary links to it; the field shows the message.
 */
export function errorTarget(path: string): string {
  const parts = path.split(".");
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join(".");
    const kind = kindOf(EDITOR_FORM, prefix);
    if (kind === "json" || kind === "list" || kind === "lines" || kind === "multi") return prefix;
  }
  const last = parts[parts.length - 1]!;
  if (LOCALIZED_KEYS.has(last) && !(parts.length === 1 && last === "note")) return `${path}.es`;
  return path;
}
