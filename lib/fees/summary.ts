/** What a procedure costs in total, across its payments, as the page summarises it. */
export type CostSummary =
  | { kind: "free" }
  | { kind: "unknown" }
  | {
      kind: "amount";
      minCentavos: number;
      maxCentavos: number;
      hasUnknown: boolean;
      /** Currency of min/max (absent = the institution's own). */
      currency?: string;
      /** Totals in other currencies (a consular fee in USD), never added to the first. */
      others?: { currency: string; minCentavos: number; maxCentavos: number }[];
    };

type FeeLike = { payment: number; amountCentavos: number | null; currency?: string };

/**
 * Adds the payments of a procedure. Fees that share a payment number are alternatives (e.g. 1–4
 * years of residence), so each payment contributes its cheapest and dearest option to the range.
 * Payments whose amount no source gives (or that depend on an index such as the UMA) are reported,
 * never counted as zero. Each currency is added on its own.
 */
export function summarizeCost(fees: FeeLike[]): CostSummary {
  if (fees.length === 0) return { kind: "unknown" };
  if (fees.every((f) => f.amountCentavos === 0)) return { kind: "free" };
  const byPayment = new Map<string, FeeLike[]>();
  for (const fee of fees) {
    const key = `${fee.currency ?? ""}\u0000${fee.payment}`;
    byPayment.set(key, [...(byPayment.get(key) ?? []), fee]);
  }
  const totals = new Map<string, { min: number; max: number }>();
  let hasUnknown = false;
  for (const options of byPayment.values()) {
    const currency = options[0]!.currency ?? "";
    const known = options.map((f) => f.amountCentavos).filter((a): a is number => a !== null);
    if (known.length < options.length) hasUnknown = true;
    if (known.length === 0) continue;
    const total = totals.get(currency) ?? { min: 0, max: 0 };
    total.min += Math.min(...known);
    total.max += Math.max(...known);
    totals.set(currency, total);
  }
  // Known amounts that add up to nothing while others are missing say nothing about the cost.
  const paid = [...totals.entries()].filter(([, t]) => t.max > 0);
  if (paid.length === 0) return { kind: "unknown" };
  const [[currency, first], ...rest] = paid as [
    [string, { min: number; max: number }],
    ...[string, { min: number; max: number }][],
  ];
  return {
    kind: "amount",
    minCentavos: first.min,
    maxCentavos: first.max,
    hasUnknown,
    ...(currency ? { currency } : {}),
    ...(rest.length ? { others: rest.map(([c, t]) => ({ currency: c, minCentavos: t.min, maxCentavos: t.max })) } : {}),
  };
}

/** Fees grouped by payment number (1, 2, 3…), in order: regularisation is paid in several steps. */
export function groupFeesByPayment<T extends { payment: number }>(fees: T[]): { payment: number; fees: T[] }[] {
  const groups = new Map<number, T[]>();
  for (const fee of fees) groups.set(fee.payment, [...(groups.get(fee.payment) ?? []), fee]);
  return [...groups.entries()].sort(([a], [b]) => a - b).map(([payment, grouped]) => ({ payment, fees: grouped }));
}

export type PaymentGroup<T extends FeeLike = FeeLike> = { payment: number; fees: T[]; cost: CostSummary };

/** Fees grouped by payment number in order ("Pago 1", "Pago 2"…), each with its own cost summary. */
export function paymentGroups<T extends FeeLike>(fees: T[]): PaymentGroup<T>[] {
  return groupFeesByPayment(fees).map(({ payment, fees: grouped }) => ({
    payment,
    fees: grouped,
    cost: summarizeCost(grouped),
  }));
}

/**
 * True when every fee is zero (a procedure, or the fees a person will pay): the page then says "free"
 * instead of a table, and the payment sheet says there is nothing to pay. No fees at all is not free.
 */
export function isFree(fees: FeeLike[]): boolean {
  return summarizeCost(fees).kind === "free";
}
