/** What a procedure costs in total, across its payments, as the page summarises it. */
export type CostSummary =
  | { kind: "free" }
  | { kind: "unknown" }
  | { kind: "amount"; minCentavos: number; maxCentavos: number; hasUnknown: boolean };

type FeeLike = { payment: number; amountCentavos: number | null };

/**
 * Adds the payments of a procedure. Fees that share a payment number are alternatives (e.g. 1–4
 * years of residence), so each payment contributes its cheapest and dearest option to the range.
 * Payments whose amount no source gives are reported, never counted as zero.
 */
export function summarizeCost(fees: FeeLike[]): CostSummary {
  if (fees.length === 0) return { kind: "unknown" };
  if (fees.every((f) => f.amountCentavos === 0)) return { kind: "free" };
  const byPayment = new Map<number, FeeLike[]>();
  for (const fee of fees) byPayment.set(fee.payment, [...(byPayment.get(fee.payment) ?? []), fee]);
  let min = 0;
  let max = 0;
  let hasUnknown = false;
  let hasKnown = false;
  for (const options of byPayment.values()) {
    const known = options.map((f) => f.amountCentavos).filter((a): a is number => a !== null);
    if (known.length < options.length) hasUnknown = true;
    if (known.length === 0) continue;
    hasKnown = true;
    min += Math.min(...known);
    max += Math.max(...known);
  }
  // Known amounts that add up to nothing while others are missing say nothing about the cost.
  if (!hasKnown || max === 0) return { kind: "unknown" };
  return { kind: "amount", minCentavos: min, maxCentavos: max, hasUnknown };
}
