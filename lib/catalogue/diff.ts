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
import type { LocalizedText } from "@/lib/i18n/localize";
import { conditionWords, type DescribeContext } from "@/lib/procedures/describe-condition";
import type { ProcedureDocument } from "./document";
import { isSameData, isSimilarText, matchItems } from "./diff-match";
import type { CatalogueChange, Edit, FeeAmount, FeeDiscount, FeeName, Term, TextField } from "./diff-types";

export type { CatalogueChange, CatalogueChangeKind } from "./diff-types";
export { describeChange, describeChanges, type DescribeChangeOptions } from "./diff-describe";

type Requirement = ProcedureDocument["requirements"][number];
type Fee = ProcedureDocument["fees"][number];
type Deadline = ProcedureDocument["deadline"];
type OtherTerm = NonNullable<Deadline["more"]>[number];
type Step = ProcedureDocument["steps"][number];
type Route = NonNullable<ProcedureDocument["routes"]>[number];

export type DiffOptions = {
  /** The institution's nationality groups, to say conditions on them by name (else by their id). */
  nationalityGroups?: DescribeContext["nationalityGroups"];
};

/** A LocalizedText as plain data: the document's texts may carry more languages, all are kept. */
function text(t: LocalizedText): LocalizedText {
  return { ...t };
}

function edit(before: unknown, after: unknown): Edit | null {
  if (isSameData(before, after)) return null;
  if (before === undefined || before === null) return "added";
  if (after === undefined || after === null) return "removed";
  return "changed";
}

function words(
  appliesWhen: Requirement["appliesWhen"],
  condition: LocalizedText | undefined,
  doc: ProcedureDocument,
  options: DiffOptions,
): LocalizedText | null {
  const said = conditionWords(appliesWhen, condition, {
    routes: doc.routes,
    nationalityGroups: options.nationalityGroups,
  });
  return said ? text(said) : null;
}

function diffRequirements(before: ProcedureDocument, after: ProcedureDocument, options: DiffOptions) {
  const [old, now] = [before.requirements, after.requirements];
  const match = matchItems<Requirement>(
    old,
    now,
    (r) => r.name.es,
    (a, b) => isSimilarText(a.name.es, b.name.es) || (a.detail !== undefined && a.detail.es === b.detail?.es),
  );
  const changes: CatalogueChange[] = [
    ...match.added.map((i): CatalogueChange => ({ kind: "requirementAdded", name: text(now[i]!.name) })),
    ...match.removed.map((i): CatalogueChange => ({ kind: "requirementRemoved", name: text(old[i]!.name) })),
  ];
  for (const [b, a] of match.pairs) {
    const [x, y] = [old[b]!, now[a]!];
    const name = text(y.name);
    if (x.name.es !== y.name.es || x.name.en !== y.name.en)
      changes.push({ kind: "requirementRenamed", before: text(x.name), after: name });
    if (x.presentation !== y.presentation)
      changes.push({ kind: "requirementPresentationChanged", name, before: x.presentation, after: y.presentation });
    if (!isSameData([x.appliesWhen, x.condition], [y.appliesWhen, y.condition]))
      changes.push({
        kind: "requirementConditionChanged",
        name,
        before: words(x.appliesWhen, x.condition, before, options),
        after: words(y.appliesWhen, y.condition, after, options),
      });
    const detail = edit(x.detail, y.detail);
    if (detail) changes.push({ kind: "requirementDetailChanged", name, edit: detail });
    if (x.verify !== y.verify) changes.push({ kind: "requirementVerifyChanged", name, verify: y.verify });
    if (!isSameData(x.sources, y.sources)) changes.push({ kind: "requirementSourcesChanged", name });
  }
  if (match.moved.length > 0)
    changes.push({ kind: "reordered", list: "requirements", moved: match.moved.map((a) => text(now[a]!.name)) });
  return changes;
}

function feeName(fee: Fee): FeeName {
  return { concept: text(fee.concept), variant: fee.variant ? text(fee.variant) : null };
}

function feeAmount(fee: Fee): FeeAmount {
  return { currency: fee.currency, amount: fee.amount, indexRange: fee.indexRange ? { ...fee.indexRange } : null };
}

function discount(d: NonNullable<Fee["discounts"]>[number], doc: ProcedureDocument, options: DiffOptions) {
  return { percent: d.percent, when: words(d.appliesWhen, undefined, doc, options) } satisfies FeeDiscount;
}

function diffFees(before: ProcedureDocument, after: ProcedureDocument, options: DiffOptions) {
  const [old, now] = [before.fees, after.fees];
  // A fee's identity is its concept and variant: several alternatives of one payment share the concept.
  const match = matchItems<Fee>(
    old,
    now,
    (f) => `${f.concept.es}\u0000${f.variant?.es ?? ""}`,
    (a, b) =>
      (a.concept.es === b.concept.es && isSimilarText(a.variant?.es ?? "", b.variant?.es ?? "")) ||
      (a.variant?.es === b.variant?.es && isSimilarText(a.concept.es, b.concept.es)),
  );
  const changes: CatalogueChange[] = [
    ...match.added.map((i): CatalogueChange => ({
      kind: "feeAdded",
      name: feeName(now[i]!),
      amount: feeAmount(now[i]!),
    })),
    ...match.removed.map((i): CatalogueChange => ({
      kind: "feeRemoved",
      name: feeName(old[i]!),
      amount: feeAmount(old[i]!),
    })),
  ];
  for (const [b, a] of match.pairs) {
    const [x, y] = [old[b]!, now[a]!];
    const name = feeName(y);
    if (!isSameData(feeName(x), name)) changes.push({ kind: "feeRenamed", before: feeName(x), after: name });
    if (!isSameData(feeAmount(x), feeAmount(y)))
      changes.push({ kind: "feeAmountChanged", name, before: feeAmount(x), after: feeAmount(y) });
    if (x.year !== y.year) changes.push({ kind: "feeYearChanged", name, before: x.year, after: y.year });
    if (x.payment !== y.payment) changes.push({ kind: "feePaymentChanged", name, before: x.payment, after: y.payment });
    if (x.due !== y.due) changes.push({ kind: "feeDueChanged", name, before: x.due, after: y.due });
    if (!isSameData(x.appliesWhen, y.appliesWhen))
      changes.push({
        kind: "feeConditionChanged",
        name,
        before: words(x.appliesWhen, undefined, before, options),
        after: words(y.appliesWhen, undefined, after, options),
      });
    // A fee has one or two discounts at most, written in a fixed order: compared by position.
    const [dx, dy] = [x.discounts ?? [], y.discounts ?? []];
    for (let i = 0; i < Math.max(dx.length, dy.length); i++) {
      const [p, q] = [dx[i], dy[i]];
      if (!p) changes.push({ kind: "feeDiscountAdded", name, discount: discount(q!, after, options) });
      else if (!q) changes.push({ kind: "feeDiscountRemoved", name, discount: discount(p, before, options) });
      else if (p.percent !== q.percent || !isSameData(p.appliesWhen, q.appliesWhen))
        changes.push({
          kind: "feeDiscountChanged",
          name,
          before: discount(p, before, options),
          after: discount(q, after, options),
        });
    }
    const discountRefs = (f: Fee) => (f.discounts ?? []).map((d) => [d.legalBasis, d.sources, d.verify]);
    if (!isSameData(x.legalBasis, y.legalBasis) || !isSameData(discountRefs(x), discountRefs(y)))
      changes.push({ kind: "feeDetailChanged", name, field: "legalBasis" });
    if (!isSameData(x.exemptions, y.exemptions)) changes.push({ kind: "feeDetailChanged", name, field: "exemptions" });
    if (!isSameData(x.sources, y.sources)) changes.push({ kind: "feeDetailChanged", name, field: "sources" });
    if (x.verify !== y.verify) changes.push({ kind: "feeVerifyChanged", name, verify: y.verify });
  }
  if (match.moved.length > 0)
    changes.push({
      kind: "reordered",
      list: "fees",
      moved: match.moved.map((a) => {
        const { concept, variant } = now[a]!;
        return variant ? { es: `${concept.es} — ${variant.es}`, en: `${concept.en} — ${variant.en}` } : text(concept);
      }),
    });
  return changes;
}

function term(period: { days: number; unit: Term["unit"]; anchor: Term["anchor"] }, direction: Term["direction"]) {
  return { days: period.days, unit: period.unit, anchor: period.anchor, direction } satisfies Term;
}

function diffDeadline(old: Deadline, now: Deadline) {
  const changes: CatalogueChange[] = [];
  const [r, s] = [old.resolution, now.resolution];
  if (!r && s) changes.push({ kind: "resolutionAdded", days: s.days, unit: s.unit, anchor: s.anchor });
  if (r && !s) changes.push({ kind: "resolutionRemoved", days: r.days, unit: r.unit });
  if (r && s) {
    if (r.days !== s.days || r.unit !== s.unit)
      changes.push({
        kind: "resolutionTermChanged",
        before: { days: r.days, unit: r.unit },
        after: { days: s.days, unit: s.unit },
      });
    if (r.anchor !== s.anchor) changes.push({ kind: "resolutionAnchorChanged", before: r.anchor, after: s.anchor });
    if (r.authority !== s.authority)
      changes.push({ kind: "resolutionAuthorityChanged", before: r.authority, after: s.authority });
  }
  if (old.silence !== now.silence) changes.push({ kind: "silenceChanged", before: old.silence, after: now.silence });
  if (!isSameData(old.silenceText, now.silenceText))
    changes.push({ kind: "deadlineDetailChanged", field: "silenceText" });

  const [p, q] = [old.applicantDeadline, now.applicantDeadline];
  if (!p && q) changes.push({ kind: "applicantDeadlineAdded", term: term(q, q.direction) });
  if (p && !q) changes.push({ kind: "applicantDeadlineRemoved", term: term(p, p.direction) });
  if (p && q) {
    if (!isSameData(term(p, p.direction), term(q, q.direction)))
      changes.push({ kind: "applicantDeadlineChanged", before: term(p, p.direction), after: term(q, q.direction) });
    if (!isSameData(p.text, q.text)) changes.push({ kind: "deadlineDetailChanged", field: "applicantDeadlineText" });
  }

  const [mx, my] = [old.more ?? [], now.more ?? []];
  const sameKind = (a: OtherTerm, b: OtherTerm) =>
    a.party === b.party && a.anchor === b.anchor && a.direction === b.direction;
  const match = matchItems<OtherTerm>(mx, my, (t) => t.text.es, sameKind);
  for (const i of match.added)
    changes.push({ kind: "otherTermAdded", party: my[i]!.party, term: term(my[i]!, my[i]!.direction) });
  for (const i of match.removed)
    changes.push({ kind: "otherTermRemoved", party: mx[i]!.party, term: term(mx[i]!, mx[i]!.direction) });
  for (const [b, a] of match.pairs)
    if (!isSameData(mx[b], my[a]))
      changes.push({
        kind: "otherTermChanged",
        party: my[a]!.party,
        before: term(mx[b]!, mx[b]!.direction),
        after: term(my[a]!, my[a]!.direction),
      });

  if (!isSameData(old.notes, now.notes)) changes.push({ kind: "deadlineDetailChanged", field: "notes" });
  if (old.legalBasis !== now.legalBasis) changes.push({ kind: "deadlineDetailChanged", field: "legalBasis" });
  if (!isSameData(old.sources, now.sources)) changes.push({ kind: "deadlineDetailChanged", field: "sources" });
  if (old.verify !== now.verify) changes.push({ kind: "deadlineVerifyChanged", verify: now.verify });
  return changes;
}

const TEXT_FIELDS: readonly TextField[] = ["summary", "audience", "description", "keywords", "feeNotes"];

function diffTexts(old: ProcedureDocument, now: ProcedureDocument) {
  const changes: CatalogueChange[] = [];
  if (!isSameData(old.title, now.title))
    changes.push({ kind: "titleChanged", before: text(old.title), after: text(now.title) });
  for (const field of TEXT_FIELDS) {
    const e = edit(old[field], now[field]);
    if (e) changes.push({ kind: "textChanged", field, edit: e });
  }
  return changes;
}

function diffSteps(old: Step[], now: Step[]) {
  const match = matchItems<Step>(
    old,
    now,
    (s) => s.title.es,
    (a, b) => isSimilarText(a.title.es, b.title.es) || a.detail.es === b.detail.es,
  );
  const changes: CatalogueChange[] = [
    ...match.added.map((i): CatalogueChange => ({ kind: "stepAdded", title: text(now[i]!.title) })),
    ...match.removed.map((i): CatalogueChange => ({ kind: "stepRemoved", title: text(old[i]!.title) })),
  ];
  for (const [b, a] of match.pairs) {
    const [x, y] = [old[b]!, now[a]!];
    if (!isSameData(x.title, y.title))
      changes.push({ kind: "stepRenamed", before: text(x.title), after: text(y.title) });
    if (!isSameData(x.detail, y.detail)) changes.push({ kind: "stepDetailChanged", title: text(y.title) });
  }
  if (match.moved.length > 0)
    changes.push({ kind: "reordered", list: "steps", moved: match.moved.map((a) => text(now[a]!.title)) });
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

function diffForms(old: ProcedureDocument["forms"], now: ProcedureDocument["forms"]) {
  const { added, removed, both } = byKey(old, now, (f) => f.form);
  return [
    ...added.map((f): CatalogueChange => ({ kind: "formAdded", form: f.form })),
    ...removed.map((f): CatalogueChange => ({ kind: "formRemoved", form: f.form })),
    ...both
      .filter(([x, y]) => !isSameData(x, y))
      .map(([, y]): CatalogueChange => ({ kind: "formChanged", form: y.form })),
  ];
}

function diffRoutes(old: Route[], now: Route[]) {
  const { added, removed, both } = byKey(old, now, (r) => r.id);
  const changes: CatalogueChange[] = [
    ...added.map((r): CatalogueChange => ({ kind: "routeAdded", name: text(r.name) })),
    ...removed.map((r): CatalogueChange => ({ kind: "routeRemoved", name: text(r.name) })),
  ];
  for (const [x, y] of both) {
    if (!isSameData(x.name, y.name)) changes.push({ kind: "routeRenamed", before: text(x.name), after: text(y.name) });
    if (x.available !== y.available)
      changes.push({ kind: "routeAvailabilityChanged", name: text(y.name), available: y.available });
    if (!isSameData(x.note, y.note)) changes.push({ kind: "routeNoteChanged", name: text(y.name) });
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
  const data = { on: now.on, replacedBy: [...now.replacedBy], note: text(now.note) };
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
    return [{ kind: "procedureAdded", title: text(after.title) }, ...diffRetirement(undefined, after.retired)];
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
