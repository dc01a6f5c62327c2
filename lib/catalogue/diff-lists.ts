/**
 * Changes in the item lists of a procedure: requirements, fees and steps. Items are paired with diff-match.ts
 * (same name, else same place and alike), then compared field by field in a fixed order.
 */
import type { LocalizedText } from "@/lib/i18n/localize";
import { conditionWords } from "@/lib/procedures/describe-condition";
import type { ProcedureDocument } from "./document";
import { copyText, editOf, isSameData, isSimilarText, matchItems } from "./diff-match";
import type { CatalogueChange, DiffOptions, FeeAmount, FeeDiscount, FeeName } from "./diff-types";

type Requirement = ProcedureDocument["requirements"][number];
type Fee = ProcedureDocument["fees"][number];
type Step = ProcedureDocument["steps"][number];

/** A condition said in words when the diff is made (routes named from that version), or the editor's words; null = always. */
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
  return said ? copyText(said) : null;
}

/** Requirements added, removed, reworded, handed in differently, asked in other cases, explained, verified, moved. */
export function diffRequirements(before: ProcedureDocument, after: ProcedureDocument, options: DiffOptions) {
  const [old, now] = [before.requirements, after.requirements];
  const match = matchItems<Requirement>(
    old,
    now,
    (r) => r.name.es,
    (a, b) => isSimilarText(a.name.es, b.name.es) || (a.detail !== undefined && a.detail.es === b.detail?.es),
  );
  const changes: CatalogueChange[] = [
    ...match.added.map((i): CatalogueChange => ({ kind: "requirementAdded", name: copyText(now[i]!.name) })),
    ...match.removed.map((i): CatalogueChange => ({ kind: "requirementRemoved", name: copyText(old[i]!.name) })),
  ];
  for (const [b, a] of match.pairs) {
    const [x, y] = [old[b]!, now[a]!];
    const name = copyText(y.name);
    if (x.name.es !== y.name.es || x.name.en !== y.name.en)
      changes.push({ kind: "requirementRenamed", before: copyText(x.name), after: name });
    if (x.presentation !== y.presentation)
      changes.push({ kind: "requirementPresentationChanged", name, before: x.presentation, after: y.presentation });
    if (!isSameData([x.appliesWhen, x.condition], [y.appliesWhen, y.condition]))
      changes.push({
        kind: "requirementConditionChanged",
        name,
        before: words(x.appliesWhen, x.condition, before, options),
        after: words(y.appliesWhen, y.condition, after, options),
      });
    const detail = editOf(x.detail, y.detail);
    if (detail) changes.push({ kind: "requirementDetailChanged", name, edit: detail });
    if (x.verify !== y.verify) changes.push({ kind: "requirementVerifyChanged", name, verify: y.verify });
    if (!isSameData(x.sources, y.sources)) changes.push({ kind: "requirementSourcesChanged", name });
  }
  if (match.moved.length > 0)
    changes.push({ kind: "reordered", list: "requirements", moved: match.moved.map((a) => copyText(now[a]!.name)) });
  return changes;
}

function feeName(fee: Fee): FeeName {
  return { concept: copyText(fee.concept), variant: fee.variant ? copyText(fee.variant) : null };
}

function feeAmount(fee: Fee): FeeAmount {
  return { currency: fee.currency, amount: fee.amount, indexRange: fee.indexRange ? { ...fee.indexRange } : null };
}

function discount(d: NonNullable<Fee["discounts"]>[number], doc: ProcedureDocument, options: DiffOptions) {
  return { percent: d.percent, when: words(d.appliesWhen, undefined, doc, options) } satisfies FeeDiscount;
}

/** Fees added, removed, renamed, repriced, moved to another year, payment or moment, charged to others, discounted. */
export function diffFees(before: ProcedureDocument, after: ProcedureDocument, options: DiffOptions) {
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
        return variant
          ? { es: `${concept.es} — ${variant.es}`, en: `${concept.en} — ${variant.en}` }
          : copyText(concept);
      }),
    });
  return changes;
}

/** Steps added, removed, renamed, re-explained, moved. */
export function diffSteps(old: Step[], now: Step[]) {
  const match = matchItems<Step>(
    old,
    now,
    (s) => s.title.es,
    (a, b) => isSimilarText(a.title.es, b.title.es) || a.detail.es === b.detail.es,
  );
  const changes: CatalogueChange[] = [
    ...match.added.map((i): CatalogueChange => ({ kind: "stepAdded", title: copyText(now[i]!.title) })),
    ...match.removed.map((i): CatalogueChange => ({ kind: "stepRemoved", title: copyText(old[i]!.title) })),
  ];
  for (const [b, a] of match.pairs) {
    const [x, y] = [old[b]!, now[a]!];
    if (!isSameData(x.title, y.title))
      changes.push({ kind: "stepRenamed", before: copyText(x.title), after: copyText(y.title) });
    if (!isSameData(x.detail, y.detail)) changes.push({ kind: "stepDetailChanged", title: copyText(y.title) });
  }
  if (match.moved.length > 0)
    changes.push({ kind: "reordered", list: "steps", moved: match.moved.map((a) => copyText(now[a]!.title)) });
  return changes;
}
