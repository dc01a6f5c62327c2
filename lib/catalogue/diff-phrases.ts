/**
 * The parts the catalogue's change sentences are built from (names in quotes, amounts, terms, conditions as
 * clauses), in the reader's language; diff-describe.ts picks a template per change and fills it with these.
 */
import { formatMoney, pesosToCentavos } from "@/lib/fees/format";
import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize, type LocalizedText } from "@/lib/i18n/localize";
import type { MessageKey, Translate } from "@/lib/i18n/messages";
import { DEADLINE_ANCHOR_LABELS, type DeadlineAnchor } from "@/lib/procedures/rules";
import type { DayUnit, FeeAmount, FeeDiscount, FeeName, Term } from "./diff-types";

type NameKind = "offices" | "procedures" | "categories" | "forms" | "authorities" | "sources";

export type DescribeChangeOptions = {
  /**
   * Names of the records a change refers to by slug or id (offices, procedures replacing a retired one,
   * categories, official forms, authorities, sources). One missing is printed as its slug.
   */
  names?: Partial<Record<NameKind, Record<string, LocalizedText | string>>>;
};

export type Context = { t: Translate; locale: Locale; options: DescribeChangeOptions };

/** A name between the language's quotation marks: «…» or “…”. */
export function quoted(ctx: Context, value: string): string {
  return ctx.t("catalogueChanges.quoted", { text: value });
}

/** The name of a record the change refers to by slug (options.names), or the slug itself. */
export function nameOf(ctx: Context, kind: NameKind, slug: string): string {
  const name = ctx.options.names?.[kind]?.[slug];
  if (name === undefined) return slug;
  return typeof name === "string" ? name : localize(name, ctx.locale);
}

/**
 * Words written as a sentence ("Solo si tiene menos de 18 años.") turned into a clause that follows "antes,":
 * no final period, first letter in lower case unless the word is an acronym or a name (an authority's initials, "FMM").
 */
export function clause(sentence: string): string {
  const s = sentence.trim().replace(/\.$/, "");
  const [first = "", second = ""] = s;
  return second && second === second.toLowerCase() ? first.toLowerCase() + s.slice(1) : s;
}

/** "Concept — variant", as the fee is named on the payment sheet. */
export function feeName(ctx: Context, name: FeeName): string {
  const concept = localize(name.concept, ctx.locale);
  return name.variant ? `${concept} — ${localize(name.variant, ctx.locale)}` : concept;
}

type AmountKind = "free" | "unknown" | "known";

function amountKind(a: FeeAmount): AmountKind {
  if (a.amount === 0) return "free";
  return a.amount === null && !a.indexRange ? "unknown" : "known";
}

/** "$1,620.00", "USD 56.00", "entre 20 y 40 UMA", "sin costo", "monto por confirmar". */
export function amount(ctx: Context, a: FeeAmount): string {
  if (a.amount !== null && a.amount > 0) return formatMoney(pesosToCentavos(a.amount), a.currency, ctx.locale);
  if (a.amount === null && a.indexRange)
    return ctx.t("catalogueChanges.amount.range", {
      min: a.indexRange.min,
      max: a.indexRange.max,
      unit: a.indexRange.unit,
    });
  return ctx.t(a.amount === 0 ? "catalogueChanges.amount.free" : "catalogueChanges.amount.unknown");
}

/** "pasó de $1,620.00 a $1,710.00", or what a fee becoming free, unknown or known again means in words. */
export function amountSentence(ctx: Context, name: string, before: FeeAmount, after: FeeAmount): string {
  const values = { name, before: amount(ctx, before), after: amount(ctx, after) };
  const [from, to] = [amountKind(before), amountKind(after)];
  if (to === "free") return ctx.t("catalogueChanges.fee.amountToFree", values);
  if (to === "unknown") return ctx.t("catalogueChanges.fee.amountToUnknown", values);
  if (from === "free") return ctx.t("catalogueChanges.fee.amountFromFree", values);
  if (from === "unknown") return ctx.t("catalogueChanges.fee.amountFromUnknown", values);
  return ctx.t("catalogueChanges.fee.amountChanged", values);
}

/** "hábiles" / "business". */
export function unit(ctx: Context, u: DayUnit): string {
  return ctx.t(u === "business" ? "procedure.unitBusiness" : "procedure.unitCalendar");
}

/** "20 días hábiles" / "20 business days". */
export function period(ctx: Context, days: number, u: DayUnit): string {
  return ctx.t("catalogueChanges.period", { days, unit: unit(ctx, u) });
}

/** The event a term counts from, in words: "la notificación". */
export function anchor(ctx: Context, a: DeadlineAnchor): string {
  const label = DEADLINE_ANCHOR_LABELS[a];
  return label ? localize(label, ctx.locale) : a;
}

/** "30 días naturales después de la notificación" / "a partir de 30 días naturales antes del vencimiento de su documento". */
export function term(ctx: Context, x: Term): string {
  const text = ctx.t(x.direction === "after" ? "catalogueChanges.term.after" : "catalogueChanges.term.before", {
    period: period(ctx, x.days, x.unit),
    anchor: anchor(ctx, x.anchor),
  });
  // Spanish contracts "de el" and "a el" (the anchors' labels start with their article).
  return ctx.locale === "es" ? text.replace(/\bde el\b/g, "del").replace(/\ba el\b/g, "al") : text;
}

/** Condition words as a clause, or `always` ("siempre", "a todas las personas") when there is none. */
export function condition(ctx: Context, words: LocalizedText | null, always: string): string {
  return words ? clause(localize(words, ctx.locale)) : always;
}

/** "50 %, solo si tiene menos de 18 años". */
export function discount(ctx: Context, d: FeeDiscount): string {
  const when = d.when ? clause(localize(d.when, ctx.locale)) : ctx.t("catalogueChanges.fee.discountEveryone");
  return ctx.t("catalogueChanges.fee.discount", { percent: d.percent, when });
}

/** "«A», «B» y «C»" / "“A”, “B”, and “C”". */
export function list(ctx: Context, items: string[]): string {
  return new Intl.ListFormat(ctx.locale, { type: "conjunction" }).format(items);
}

/** The date a procedure stopped being offered and what to see instead. */
export function retirement(
  ctx: Context,
  c: { on: string; replacedBy: string[] },
  prefix: "retired" | "retirementChanged",
) {
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
export function fromTo(
  ctx: Context,
  key: MessageKey,
  item: string,
  values: Record<string, string> & { before: string; after: string },
) {
  if (values.before === values.after) return ctx.t("catalogueChanges.translationFixed", { name: item });
  return ctx.t(key, values);
}
