/**
 * A change between two versions of a procedure in one plain sentence, in the reader's language: the history
 * of a procedure page. Every template lives in the message files (catalogueChanges); this file only picks the
 * template and fills it. A sentence always names the item it is about (the requirement, the fee, the office),
 * so a long list of changes still reads as a list of facts.
 */
import type { Locale } from "@/lib/i18n/config";
import { localize, type LocalizedText } from "@/lib/i18n/localize";
import { getTranslator } from "@/lib/i18n/messages";
import { FEE_DUE_LABELS } from "@/lib/procedures/rules";
import {
  amount,
  amountSentence,
  anchor,
  clause,
  condition,
  discount,
  feeName,
  fromTo,
  list,
  nameOf,
  period,
  quoted,
  retirement,
  term,
  unit,
  type Context,
  type DescribeChangeOptions,
} from "./diff-phrases";
import type { CatalogueChange } from "./diff-types";

export type { DescribeChangeOptions } from "./diff-phrases";

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
