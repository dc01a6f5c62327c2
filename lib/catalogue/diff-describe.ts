/**
 * A change between two versions of a procedure in one plain sentence, in the reader's language: the history
 * of a procedure page. Every template lives in the message files (catalogueChanges); this file only picks the
 * template and fills it. A sentence always names the item it is about (the requirement, the fee, the office),
 * so a long list of changes still reads as a list of facts.
 */
import { formatMoney, pesosToCentavos } from "@/lib/fees/format";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize, type LocalizedText } from "@/lib/i18n/localize";
import { getTranslator, type MessageKey, type Translate } from "@/lib/i18n/messages";
import { DEADLINE_ANCHOR_LABELS, FEE_DUE_LABELS, type DeadlineAnchor } from "@/lib/procedures/rules";
import type { CatalogueChange, DayUnit, FeeAmount, FeeDiscount, FeeName, Term } from "./diff-types";

type NameKind = "offices" | "procedures" | "categories" | "forms" | "authorities" | "sources";

export type DescribeChangeOptions = {
  /**
   * Names of the records a change refers to by slug or id (offices, procedures replacing a retired one,
   * categories, official forms, authorities, sources). One missing is printed as its slug.
   */
  names?: Partial<Record<NameKind, Record<string, LocalizedText | string>>>;
};

type Context = { t: Translate; locale: Locale; options: DescribeChangeOptions };

function quoted(ctx: Context, value: string): string {
  return ctx.t("catalogueChanges.quoted", { text: value });
}

function nameOf(ctx: Context, kind: NameKind, slug: string): string {
  const name = ctx.options.names?.[kind]?.[slug];
  if (name === undefined) return slug;
  return typeof name === "string" ? name : localize(name, ctx.locale);
}

/**
 * Words written as a sentence ("Solo si tiene menos de 18 años.") turned into a clause that follows "antes,":
 * no final period, first letter in lower case unless the word is an acronym or a name ("INM", "FMM").
 */
function clause(sentence: string): string {
  const s = sentence.trim().replace(/\.$/, "");
  const [first = "", second = ""] = s;
  return second && second === second.toLowerCase() ? first.toLowerCase() + s.slice(1) : s;
}

function feeName(ctx: Context, name: FeeName): string {
  const concept = localize(name.concept, ctx.locale);
  return name.variant ? `${concept} — ${localize(name.variant, ctx.locale)}` : concept;
}

type AmountKind = "free" | "unknown" | "known";

function amountKind(a: FeeAmount): AmountKind {
  if (a.amount === 0) return "free";
  return a.amount === null && !a.indexRange ? "unknown" : "known";
}

/** "$1,620.00", "USD 56.00", "entre 20 y 40 UMA", "sin costo", "monto por confirmar". */
function amount(ctx: Context, a: FeeAmount): string {
  if (a.amount !== null && a.amount > 0) return formatMoney(pesosToCentavos(a.amount), a.currency, ctx.locale);
  if (a.amount === null && a.indexRange)
    return ctx.t("catalogueChanges.amount.range", {
      min: a.indexRange.min,
      max: a.indexRange.max,
      unit: a.indexRange.unit,
    });
  return ctx.t(a.amount === 0 ? "catalogueChanges.amount.free" : "catalogueChanges.amount.unknown");
}

function amountSentence(ctx: Context, name: string, before: FeeAmount, after: FeeAmount): string {
  const values = { name, before: amount(ctx, before), after: amount(ctx, after) };
  const [from, to] = [amountKind(before), amountKind(after)];
  if (to === "free") return ctx.t("catalogueChanges.fee.amountToFree", values);
  if (to === "unknown") return ctx.t("catalogueChanges.fee.amountToUnknown", values);
  if (from === "free") return ctx.t("catalogueChanges.fee.amountFromFree", values);
  if (from === "unknown") return ctx.t("catalogueChanges.fee.amountFromUnknown", values);
  return ctx.t("catalogueChanges.fee.amountChanged", values);
}

function unit(ctx: Context, u: DayUnit): string {
  return ctx.t(u === "business" ? "procedure.unitBusiness" : "procedure.unitCalendar");
}

function period(ctx: Context, days: number, u: DayUnit): string {
  return ctx.t("catalogueChanges.period", { days, unit: unit(ctx, u) });
}

function anchor(ctx: Context, a: DeadlineAnchor): string {
  const label = DEADLINE_ANCHOR_LABELS[a];
  return label ? localize(label, ctx.locale) : a;
}

/** "30 días naturales después de la notificación" / "a partir de 30 días naturales antes del vencimiento de su documento". */
function term(ctx: Context, x: Term): string {
  const text = ctx.t(x.direction === "after" ? "catalogueChanges.term.after" : "catalogueChanges.term.before", {
    period: period(ctx, x.days, x.unit),
    anchor: anchor(ctx, x.anchor),
  });
  // Spanish contracts "de el" and "a el" (the anchors' labels start with their article).
  return ctx.locale === "es" ? text.replace(/\bde el\b/g, "del").replace(/\ba el\b/g, "al") : text;
}

function condition(ctx: Context, words: LocalizedText | null, always: string): string {
  return words ? clause(localize(words, ctx.locale)) : always;
}

function discount(ctx: Context, d: FeeDiscount): string {
  const when = d.when ? clause(localize(d.when, ctx.locale)) : ctx.t("catalogueChanges.fee.discountEveryone");
  return ctx.t("catalogueChanges.fee.discount", { percent: d.percent, when });
}

function list(ctx: Context, items: string[]): string {
  return new Intl.ListFormat(ctx.locale, { type: "conjunction" }).format(items);
}

function retirement(ctx: Context, c: { on: string; replacedBy: string[] }, prefix: "retired" | "retirementChanged") {
  const date = formatDate(c.on, ctx.locale);
  if (c.replacedBy.length === 0) return ctx.t(`catalogueChanges.${prefix}.plain`, { date });
  const replacements = list(
    ctx,
    c.replacedBy.map((slug) => quoted(ctx, nameOf(ctx, "procedures", slug))),
  );
  return ctx.t(`catalogueChanges.${prefix}.replaced`, { date, replacements });
}

/**
 * A before/after sentence whose two sides read the same in this language (only another language's text was
 * corrected) would say "changed from X to X": it says that a translation of the item was corrected instead.
 */
function fromTo(
  ctx: Context,
  key: MessageKey,
  item: string,
  values: Record<string, string> & { before: string; after: string },
) {
  if (values.before === values.after) return ctx.t("catalogueChanges.translationFixed", { name: item });
  return ctx.t(key, values);
}

function describeWith(ctx: Context, c: CatalogueChange): string {
  const { t, locale } = ctx;
  const l = (text: LocalizedText) => localize(text, locale);
  switch (c.kind) {
    case "procedureAdded":
      return t("catalogueChanges.procedureAdded", { title: l(c.title) });
    case "procedureRetired":
      return retirement(ctx, c, "retired");
    case "retirementChanged":
      return retirement(ctx, c, "retirementChanged");
    case "procedureUnretired":
      return t("catalogueChanges.unretired");
    case "titleChanged":
      return fromTo(ctx, "catalogueChanges.title", l(c.after), { before: l(c.before), after: l(c.after) });
    case "textChanged":
      return c.field === "keywords" || c.field === "feeNotes"
        ? t(`catalogueChanges.text.${c.field}.${c.edit}`)
        : t(`catalogueChanges.text.${c.field}`);
    case "requirementAdded":
      return t("catalogueChanges.requirement.added", { name: l(c.name) });
    case "requirementRemoved":
      return t("catalogueChanges.requirement.removed", { name: l(c.name) });
    case "requirementRenamed":
      return fromTo(ctx, "catalogueChanges.requirement.renamed", l(c.after), {
        before: l(c.before),
        after: l(c.after),
      });
    case "requirementDetailChanged":
      return t(`catalogueChanges.requirement.detail.${c.edit}`, { name: l(c.name) });
    case "requirementPresentationChanged":
      return t("catalogueChanges.requirement.presentation", {
        name: l(c.name),
        before: t(`catalogueChanges.presentation.${c.before}`),
        after: t(`catalogueChanges.presentation.${c.after}`),
      });
    case "requirementConditionChanged": {
      const always = t("catalogueChanges.requirement.always");
      return fromTo(ctx, "catalogueChanges.requirement.condition", l(c.name), {
        name: l(c.name),
        before: condition(ctx, c.before, always),
        after: condition(ctx, c.after, always),
      });
    }
    case "requirementSourcesChanged":
      return t("catalogueChanges.requirement.sources", { name: l(c.name) });
    case "requirementVerifyChanged":
      return t(c.verify ? "catalogueChanges.requirement.verifyOn" : "catalogueChanges.requirement.verifyOff", {
        name: l(c.name),
      });
    case "reordered":
      return t(`catalogueChanges.reordered.${c.list}.${c.moved.length === 1 ? "one" : "many"}`, {
        names: list(
          ctx,
          c.moved.map((name) => quoted(ctx, l(name))),
        ),
      });
    case "feeAdded":
      return t("catalogueChanges.fee.added", { name: feeName(ctx, c.name), amount: amount(ctx, c.amount) });
    case "feeRemoved":
      return t("catalogueChanges.fee.removed", { name: feeName(ctx, c.name), amount: amount(ctx, c.amount) });
    case "feeRenamed":
      return fromTo(ctx, "catalogueChanges.fee.renamed", feeName(ctx, c.after), {
        before: feeName(ctx, c.before),
        after: feeName(ctx, c.after),
      });
    case "feeAmountChanged":
      return amountSentence(ctx, feeName(ctx, c.name), c.before, c.after);
    case "feeYearChanged":
      return t("catalogueChanges.fee.year", { name: feeName(ctx, c.name), before: c.before, after: c.after });
    case "feePaymentChanged":
      return t("catalogueChanges.fee.payment", { name: feeName(ctx, c.name), before: c.before, after: c.after });
    case "feeDueChanged":
      return t("catalogueChanges.fee.due", {
        name: feeName(ctx, c.name),
        before: clause(l(FEE_DUE_LABELS[c.before])),
        after: clause(l(FEE_DUE_LABELS[c.after])),
      });
    case "feeConditionChanged": {
      const everyone = t("catalogueChanges.fee.everyone");
      return fromTo(ctx, "catalogueChanges.fee.condition", feeName(ctx, c.name), {
        name: feeName(ctx, c.name),
        before: condition(ctx, c.before, everyone),
        after: condition(ctx, c.after, everyone),
      });
    }
    case "feeDiscountAdded":
      return t("catalogueChanges.fee.discountAdded", {
        name: feeName(ctx, c.name),
        discount: discount(ctx, c.discount),
      });
    case "feeDiscountRemoved":
      return t("catalogueChanges.fee.discountRemoved", {
        name: feeName(ctx, c.name),
        discount: discount(ctx, c.discount),
      });
    case "feeDiscountChanged":
      return fromTo(ctx, "catalogueChanges.fee.discountChanged", feeName(ctx, c.name), {
        name: feeName(ctx, c.name),
        before: discount(ctx, c.before),
        after: discount(ctx, c.after),
      });
    case "feeDetailChanged":
      return t(`catalogueChanges.fee.${c.field}`, { name: feeName(ctx, c.name) });
    case "feeVerifyChanged":
      return t(c.verify ? "catalogueChanges.fee.verifyOn" : "catalogueChanges.fee.verifyOff", {
        name: feeName(ctx, c.name),
      });
    case "resolutionAdded":
      return t("catalogueChanges.resolution.added", {
        period: period(ctx, c.days, c.unit),
        anchor: anchor(ctx, c.anchor),
      });
    case "resolutionRemoved":
      return t("catalogueChanges.resolution.removed", { period: period(ctx, c.days, c.unit) });
    case "resolutionTermChanged":
      return c.before.unit === c.after.unit
        ? t("catalogueChanges.resolution.days", {
            before: c.before.days,
            after: c.after.days,
            unit: unit(ctx, c.after.unit),
          })
        : t("catalogueChanges.resolution.term", {
            before: period(ctx, c.before.days, c.before.unit),
            after: period(ctx, c.after.days, c.after.unit),
          });
    case "resolutionAnchorChanged":
      return t("catalogueChanges.resolution.anchor", { before: anchor(ctx, c.before), after: anchor(ctx, c.after) });
    case "resolutionAuthorityChanged":
      return t("catalogueChanges.resolution.authority", {
        before: nameOf(ctx, "authorities", c.before),
        after: nameOf(ctx, "authorities", c.after),
      });
    case "silenceChanged":
      return t("catalogueChanges.silence.changed", {
        before: t(`catalogueChanges.silence.${c.before}`),
        after: t(`catalogueChanges.silence.${c.after}`),
      });
    case "applicantDeadlineAdded":
      return t("catalogueChanges.applicantDeadline.added", { term: term(ctx, c.term) });
    case "applicantDeadlineRemoved":
      return t("catalogueChanges.applicantDeadline.removed", { term: term(ctx, c.term) });
    case "applicantDeadlineChanged":
      return t("catalogueChanges.applicantDeadline.changed", {
        before: term(ctx, c.before),
        after: term(ctx, c.after),
      });
    case "otherTermAdded":
    case "otherTermRemoved": {
      const who = t(`catalogueChanges.otherTerm.${c.party}`);
      const key = c.kind === "otherTermAdded" ? "added" : "removed";
      return t(`catalogueChanges.otherTerm.${key}`, { who, term: term(ctx, c.term) });
    }
    case "otherTermChanged": {
      const who = t(`catalogueChanges.otherTerm.${c.party}`);
      const [before, after] = [term(ctx, c.before), term(ctx, c.after)];
      return before === after
        ? t("catalogueChanges.otherTerm.updated", { who, term: after })
        : t("catalogueChanges.otherTerm.changed", { who, before, after });
    }
    case "deadlineDetailChanged":
      return t(`catalogueChanges.deadline.${c.field}`);
    case "deadlineVerifyChanged":
      return t(c.verify ? "catalogueChanges.deadline.verifyOn" : "catalogueChanges.deadline.verifyOff");
    case "stepAdded":
      return t("catalogueChanges.step.added", { title: l(c.title) });
    case "stepRemoved":
      return t("catalogueChanges.step.removed", { title: l(c.title) });
    case "stepRenamed":
      return fromTo(ctx, "catalogueChanges.step.renamed", l(c.after), { before: l(c.before), after: l(c.after) });
    case "stepDetailChanged":
      return t("catalogueChanges.step.detail", { title: l(c.title) });
    case "formAdded":
      return t("catalogueChanges.form.added", { form: nameOf(ctx, "forms", c.form) });
    case "formRemoved":
      return t("catalogueChanges.form.removed", { form: nameOf(ctx, "forms", c.form) });
    case "formChanged":
      return t("catalogueChanges.form.changed", { form: nameOf(ctx, "forms", c.form) });
    case "routeAdded":
      return t("catalogueChanges.route.added", { name: l(c.name) });
    case "routeRemoved":
      return t("catalogueChanges.route.removed", { name: l(c.name) });
    case "routeRenamed":
      return fromTo(ctx, "catalogueChanges.route.renamed", l(c.after), { before: l(c.before), after: l(c.after) });
    case "routeAvailabilityChanged":
      return t(c.available ? "catalogueChanges.route.available" : "catalogueChanges.route.unavailable", {
        name: l(c.name),
      });
    case "routeNoteChanged":
      return t("catalogueChanges.route.note", { name: l(c.name) });
    case "officeAdded":
      return t("catalogueChanges.office.added", { office: nameOf(ctx, "offices", c.office) });
    case "officeRemoved":
      return t("catalogueChanges.office.removed", { office: nameOf(ctx, "offices", c.office) });
    case "categoryChanged":
      return t("catalogueChanges.category", {
        before: nameOf(ctx, "categories", c.before),
        after: nameOf(ctx, "categories", c.after),
      });
    case "codeChanged": {
      const none = t("catalogueChanges.codeNone");
      return t("catalogueChanges.code", {
        code: t(c.code === "conamer" ? "procedure.conamer" : "procedure.gobMx"),
        before: c.before ?? none,
        after: c.after ?? none,
      });
    }
    case "legalBasisAdded":
      return t("catalogueChanges.legalBasis.added", { text: c.text });
    case "legalBasisRemoved":
      return t("catalogueChanges.legalBasis.removed", { text: c.text });
    case "requestFormChanged":
      return t("catalogueChanges.requestForm");
    case "sourceAdded":
      return t("catalogueChanges.source.added", { source: nameOf(ctx, "sources", c.source) });
    case "sourceRemoved":
      return t("catalogueChanges.source.removed", { source: nameOf(ctx, "sources", c.source) });
  }
}

/** One change as one sentence in the reader's language (the history of a procedure page). */
export function describeChange(change: CatalogueChange, locale: Locale, options: DescribeChangeOptions = {}): string {
  return describeWith({ t: getTranslator(locale), locale, options }, change);
}

/** Every change of a version as sentences, in the order diffProcedures gave them. */
export function describeChanges(
  changes: readonly CatalogueChange[],
  locale: Locale,
  options: DescribeChangeOptions = {},
): string[] {
  const ctx = { t: getTranslator(locale), locale, options };
  return changes.map((change) => describeWith(ctx, change));
}
