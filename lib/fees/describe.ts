import type { Locale } from "@/lib/i18n/config";
import { formatDate } from "@/lib/i18n/format-date";
import { localize } from "@/lib/i18n/localize";
import type { Translate } from "@/lib/i18n/messages";
import { describeCondition, type DescribeContext } from "@/lib/procedures/describe-condition";
import { FEE_DUE_LABELS } from "@/lib/procedures/rules";
import type { FeeDTO, InstitutionRulesDTO } from "@/lib/procedures/types";
import { indexValueOn } from "./compute";
import { DEFAULT_HOME_CURRENCY, formatMoney } from "./format";

/** The rule of one fee in words: who pays it, when, which discounts, and a UMA range in pesos. */
export type FeeRuleWords = { appliesTo: string | null; due: string; discounts: string[]; indexNote: string | null };

/**
 * Says a fee's rule in the person's language, for the procedure page, the blank checklist and the payment
 * sheet. `onDate` picks the index value (UMA) in force; the pesos of a range are the portal's arithmetic and
 * say so.
 */
export function describeFeeRule(
  fee: Pick<FeeDTO, "appliesWhen" | "due" | "discounts" | "indexRange">,
  ctx: DescribeContext & { rules?: Pick<InstitutionRulesDTO, "indexUnits">; onDate: string },
  t: Translate,
  locale: Locale,
): FeeRuleWords {
  const discounts = fee.discounts.map((d) => {
    const what = d.percent === 100 ? t("procedure.feeExempt") : t("procedure.feeDiscountText", { percent: d.percent });
    if (!d.appliesWhen) return d.percent === 100 ? what : t("procedure.feeDiscountEveryone", { percent: d.percent });
    return `${what}: ${describeCondition(d.appliesWhen, locale, ctx)}`;
  });
  let indexNote: string | null = null;
  if (fee.indexRange && ctx.rules) {
    const unit = indexValueOn(ctx.rules.indexUnits, fee.indexRange.unit, ctx.onDate);
    if (unit) {
      const minor = (n: number) =>
        formatMoney(
          Math.round(n * unit.value * 100),
          unit.currency ?? DEFAULT_HOME_CURRENCY,
          locale,
          unit.currency ?? DEFAULT_HOME_CURRENCY,
        );
      indexNote = t("procedure.indexRangeValue", {
        unit: fee.indexRange.unit,
        date: formatDate(unit.effectiveFrom, locale),
        value: formatMoney(
          Math.round(unit.value * 100),
          unit.currency ?? DEFAULT_HOME_CURRENCY,
          locale,
          unit.currency ?? DEFAULT_HOME_CURRENCY,
        ),
        min: minor(fee.indexRange.min),
        max: minor(fee.indexRange.max),
      });
    }
  }
  return {
    appliesTo: fee.appliesWhen ? describeCondition(fee.appliesWhen, locale, ctx) : null,
    due: localize(FEE_DUE_LABELS[fee.due], locale),
    discounts,
    indexNote,
  };
}
