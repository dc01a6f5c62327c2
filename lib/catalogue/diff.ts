/**
 * The structured difference between two versions of a procedure: what the history of a procedure page says
 * changed, computed from the documents, never typed by hand. describeChange (diff-describe.ts) turns each
 * change into a sentence.
 *
 * Order is the one a reader wants: publication and retirement first, then requirements, fees and deadlines
 * (what a person must bring, pay and expect), then the texts, steps, forms, routes, offices and the record's
 * references. Within a list: additions, removals, then changes item by item, then a new order.
 * Not reported: position, featuredRank, stable and lastReviewed (how the catalogue is arranged and reviewed,
 * not what the procedure asks; lastReviewed changes in every version).
 */
import type { ProcedureDocument } from "./document";
import { diffDeadline } from "./diff-deadline";
import { diffFees, diffRequirements, diffSteps } from "./diff-lists";
import { copyText, editOf, isSameData } from "./diff-match";
import type { CatalogueChange, DiffOptions, TextField } from "./diff-types";

export type { CatalogueChange, CatalogueChangeKind, DiffOptions } from "./diff-types";
export { describeChange, describeChanges, type DescribeChangeOptions } from "./diff-describe";

type Route = NonNullable<ProcedureDocument["routes"]>[number];

const TEXT_FIELDS: readonly TextField[] = ["summary", "audience", "description", "keywords", "feeNotes"];

function diffTexts(old: ProcedureDocument, now: ProcedureDocument) {
  const changes: CatalogueChange[] = [];
  if (!isSameData(old.title, now.title))
    changes.push({ kind: "titleChanged", before: copyText(old.title), after: copyText(now.title) });
  for (const field of TEXT_FIELDS) {
    const e = editOf(old[field], now[field]);
    if (e) changes.push({ kind: "textChanged", field, edit: e });
  }
  return changes;
}

/** Items of a list identified by a key (form id, route id, slug): added, removed and the pairs present in both. */
function byKey<T>(old: readonly T[], now: readonly T[], key: (item: T) => string) {
  const before = new Map(old.map((item) => [key(item), item]));
  const after = new Map(now.map((item) => [key(item), item]));
  return {
    added: now.filter((item) => !before.has(key(item))),
    removed: old.filter((item) => !after.has(key(item))),
    both: now.flatMap((item) => {
      const x = before.get(key(item));
      return x === undefined ? [] : [[x, item] as const];
    }),
  };
}

/**
 * Official forms, form by form: a procedure may list one form twice (one selection per route), so the entries
 * of a form are compared together and each form is named once.
 */
function diffForms(old: ProcedureDocument["forms"], now: ProcedureDocument["forms"]) {
  const ids = (forms: ProcedureDocument["forms"]) => [...new Set(forms.map((f) => f.form))];
  const entries = (forms: ProcedureDocument["forms"], id: string) => forms.filter((f) => f.form === id);
  const { added, removed, both } = byKey(ids(old), ids(now), (id) => id);
  return [
    ...added.map((form): CatalogueChange => ({ kind: "formAdded", form })),
    ...removed.map((form): CatalogueChange => ({ kind: "formRemoved", form })),
    ...both
      .filter(([form]) => !isSameData(entries(old, form), entries(now, form)))
      .map(([form]): CatalogueChange => ({ kind: "formChanged", form })),
  ];
}

function diffRoutes(old: Route[], now: Route[]) {
  const { added, removed, both } = byKey(old, now, (r) => r.id);
  const changes: CatalogueChange[] = [
    ...added.map((r): CatalogueChange => ({ kind: "routeAdded", name: copyText(r.name) })),
    ...removed.map((r): CatalogueChange => ({ kind: "routeRemoved", name: copyText(r.name) })),
  ];
  for (const [x, y] of both) {
    if (!isSameData(x.name, y.name))
      changes.push({ kind: "routeRenamed", before: copyText(x.name), after: copyText(y.name) });
    if (x.available !== y.available)
      changes.push({ kind: "routeAvailabilityChanged", name: copyText(y.name), available: y.available });
    if (!isSameData(x.note, y.note)) changes.push({ kind: "routeNoteChanged", name: copyText(y.name) });
  }
  return changes;
}

function diffStrings(old: readonly string[], now: readonly string[]) {
  const { added, removed } = byKey(old, now, (s) => s);
  return { added, removed };
}

function diffRecord(old: ProcedureDocument, now: ProcedureDocument) {
  const changes: CatalogueChange[] = [];
  const offices = diffStrings([...old.offices].sort(), [...now.offices].sort());
  for (const office of offices.added) changes.push({ kind: "officeAdded", office });
  for (const office of offices.removed) changes.push({ kind: "officeRemoved", office });
  if (old.category !== now.category)
    changes.push({ kind: "categoryChanged", before: old.category, after: now.category });
  for (const code of ["conamer", "gobMx"] as const)
    if ((old.codes[code] ?? null) !== (now.codes[code] ?? null))
      changes.push({ kind: "codeChanged", code, before: old.codes[code] ?? null, after: now.codes[code] ?? null });
  const legal = diffStrings(old.legalBasis, now.legalBasis);
  for (const t of legal.added) changes.push({ kind: "legalBasisAdded", text: t });
  for (const t of legal.removed) changes.push({ kind: "legalBasisRemoved", text: t });
  if (!isSameData(old.requestForm, now.requestForm)) changes.push({ kind: "requestFormChanged" });
  const sources = diffStrings(old.sources, now.sources);
  for (const source of sources.added) changes.push({ kind: "sourceAdded", source });
  for (const source of sources.removed) changes.push({ kind: "sourceRemoved", source });
  return changes;
}

function diffRetirement(old: ProcedureDocument["retired"], now: ProcedureDocument["retired"]): CatalogueChange[] {
  if (isSameData(old, now)) return [];
  if (!now) return [{ kind: "procedureUnretired" }];
  const data = { on: now.on, replacedBy: [...now.replacedBy], note: copyText(now.note) };
  return [{ kind: old ? "retirementChanged" : "procedureRetired", ...data }];
}

/**
 * Every change from `before` to `after`, in reading order; `before` null = the procedure is new (one
 * "published" change, plus its retirement if it is born retired). Identical documents give [].
 */
export function diffProcedures(
  before: ProcedureDocument | null,
  after: ProcedureDocument,
  options: DiffOptions = {},
): CatalogueChange[] {
  if (!before)
    return [{ kind: "procedureAdded", title: copyText(after.title) }, ...diffRetirement(undefined, after.retired)];
  return [
    ...diffRetirement(before.retired, after.retired),
    ...diffRequirements(before, after, options),
    ...diffFees(before, after, options),
    ...diffDeadline(before.deadline, after.deadline),
    ...diffTexts(before, after),
    ...diffSteps(before.steps, after.steps),
    ...diffForms(before.forms, after.forms),
    ...diffRoutes(before.routes ?? [], after.routes ?? []),
    ...diffRecord(before, after),
  ];
}
