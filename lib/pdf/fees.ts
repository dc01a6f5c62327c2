import { formatMxn } from "@/lib/fees/format";
import { summarizeCost, type CostSummary } from "@/lib/fees/summary";
import type { Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import type { Translate } from "@/lib/i18n/messages";
import type { FeeDTO } from "@/lib/procedures/types";
import { groupFeesByPayment } from "@/lib/procedures/sources";

/** One amount as the documents print it: "$11,141.00", "Sin costo" (0) or "Monto por confirmar" (null). */
export function formatFeeAmount(amountCentavos: number | null, t: Translate, locale: Locale): string {
  if (amountCentavos === null) return t("procedure.amountToConfirm");
  if (amountCentavos === 0) return t("procedure.free");
  return formatMxn(amountCentavos, locale);
}

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
  const amount =
    summary.minCentavos === summary.maxCentavos
      ? formatMxn(summary.minCentavos, locale)
      : t("procedure.costRange", { min: formatMxn(summary.minCentavos, locale), max: formatMxn(summary.maxCentavos, locale) });
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
