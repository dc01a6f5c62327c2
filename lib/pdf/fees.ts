import { DEFAULT_HOME_CURRENCY, formatMoney } from "@/lib/fees/format";
import { formatFeeAmount } from "@/lib/fees/format-fee";
import { summarizeCost, type CostSummary } from "@/lib/fees/summary";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import type { Translate } from "@/lib/i18n/messages";
import type { FeeDTO } from "@/lib/procedures/types";
import { groupFeesByPayment } from "@/lib/procedures/sources";

export { formatFeeAmount };

/** "Concept — variant", the way a fee is named on the payment sheet and the form. */
export function describeFee(fee: Pick<FeeDTO, "concept" | "variant">, locale: Locale): string {
  const variant = localize(fee.variant, locale);
  return variant ? `${localize(fee.concept, locale)} — ${variant}` : localize(fee.concept, locale);
}

/**
 * A cost summary (lib/fees/summary.ts) as one line: a single total, a range when alternatives remain,
 * "más montos por confirmar" when some payment has no known amount. Never prints an unknown as $0.
 */
export function formatCost(summary: CostSummary, t: Translate, locale: Locale): string {
  if (summary.kind === "free") return t("procedure.free");
  if (summary.kind === "unknown") return t("procedure.amountToConfirm");
  const one = (min: number, max: number, currency: string) =>
    min === max ? formatMoney(min, currency, locale) : t("procedure.costRange", { min: formatMoney(min, currency, locale), max: formatMoney(max, currency, locale) });
  const amount = [
    one(summary.minCentavos, summary.maxCentavos, summary.currency ?? DEFAULT_HOME_CURRENCY),
    ...(summary.others ?? []).map((o) => one(o.minCentavos, o.maxCentavos, o.currency)),
  ].join(" + ");
  return summary.hasUnknown ? `${amount} ${t("procedure.costPartlyUnknown")}` : amount;
}

export type PaymentGroup = { payment: number; fees: FeeDTO[]; cost: CostSummary };

/** Fees grouped by payment number in order ("Pago 1", "Pago 2"…), each with its own cost summary. */
export function paymentGroups(fees: FeeDTO[]): PaymentGroup[] {
  return groupFeesByPayment(fees).map(({ payment, fees: grouped }) => ({ payment, fees: grouped, cost: summarizeCost(grouped) }));
}

/** True when every fee of the selection is zero: the payment sheet then says the procedure is free. */
export function isFreeSelection(fees: FeeDTO[]): boolean {
  return summarizeCost(fees).kind === "free";
}
