/**
 * What a person pays: the catalogue's fee rules (conditions, discounts and exemptions, index-unit ranges)
 * applied to their facts. The checklist page, the confirmation page, the payment sheet and the PDFs all
 * call `computeFees`; conditions are evaluated by the one evaluator in lib/procedures/conditions.ts.
 */
import {
  evaluateCondition,
  type Condition,
  type Facts,
  type NationalityGroups,
  type Truth,
} from "@/lib/procedures/conditions";
import type { CostSummary } from "./summary";

export type IndexUnitValue = { code: string; value: number; effectiveFrom: string; verify: boolean; currency?: string };

export type FeeRule = {
  position: number;
  payment: number;
  currency: string;
  /** Fixed amount in the currency's minor unit (centavos, cents); null = none. */
  amountCentavos: number | null;
  indexRange: { unit: string; min: number; max: number } | null;
  appliesWhen: Condition | null;
  discounts: { percent: number; appliesWhen: Condition | null; verify: boolean }[];
  verify: boolean;
};

export type ComputedFee<T extends FeeRule = FeeRule> = {
  fee: T;
  /** Whether the fee applies to the person (null = a fact is missing: shown with its condition). */
  applies: Truth;
  /** Discount that applies for sure (0 = none; 100 = exempt). */
  discountPercent: number;
  /** A larger discount that depends on a fact not given. */
  possibleDiscountPercent: number | null;
  /** Whether the discount applied rests on a rule still to be confirmed. */
  discountVerify: boolean;
  /** What the person pays, in minor units: a range for index-unit fees or an uncertain discount; null when unknown. */
  minCentavos: number | null;
  maxCentavos: number | null;
  /** The index value used for a range, to print "20–40 UMA at $117.31". */
  indexValue: IndexUnitValue | null;
};

export type FeeTotal = {
  currency: string;
  minCentavos: number;
  maxCentavos: number;
  hasUnknown: boolean;
  hasConditional: boolean;
};

/** The index unit value in force on a date (the latest that took effect on or before it). */
export function indexValueOn(units: IndexUnitValue[], code: string, onDate: string): IndexUnitValue | null {
  const candidates = units
    .filter((u) => u.code === code && u.effectiveFrom <= onDate)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom));
  return (
    candidates[0] ??
    units.filter((u) => u.code === code).sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom))[0] ??
    null
  );
}

/** Applies a percentage discount to an amount in minor units, rounding to the nearest minor unit. */
export function discounted(amountCentavos: number, percent: number): number {
  return Math.round((amountCentavos * (100 - percent)) / 100);
}

export type FeeContext = { groups?: NationalityGroups; indexUnits?: IndexUnitValue[]; onDate: string };

/** Evaluates one fee for a person. */
export function computeFee<T extends FeeRule>(fee: T, facts: Facts, ctx: FeeContext): ComputedFee<T> {
  const applies = evaluateCondition(fee.appliesWhen, facts, ctx.groups);
  let discountPercent = 0;
  let discountVerify = false;
  let possible: number | null = null;
  for (const d of fee.discounts) {
    const holds = evaluateCondition(d.appliesWhen, facts, ctx.groups);
    // A discount whose rule is still to be confirmed (verify) is never taken off what the person is told to
    // pay: it is reported as possible, like one that depends on a fact not given.
    if (holds === true && !d.verify && d.percent > discountPercent) {
      discountPercent = d.percent;
      discountVerify = d.verify;
    } else if ((holds === null || (holds === true && d.verify)) && d.percent > (possible ?? 0)) possible = d.percent;
  }
  const possibleDiscountPercent = possible !== null && possible > discountPercent ? possible : null;
  // The minimum counts a confirmed discount that may apply (a fact is missing); the maximum only the certain
  // one. A discount still to be verified never lowers an amount the person is told.
  const confirmedPossible = Math.max(
    0,
    ...fee.discounts
      .filter((d) => !d.verify && evaluateCondition(d.appliesWhen, facts, ctx.groups) === null)
      .map((d) => d.percent),
  );
  const lowPercent = Math.max(discountPercent, confirmedPossible);
  let min: number | null = null;
  let max: number | null = null;
  let indexValue: IndexUnitValue | null = null;
  if (fee.amountCentavos !== null) {
    min = discounted(fee.amountCentavos, lowPercent);
    max = discounted(fee.amountCentavos, discountPercent);
  } else if (fee.indexRange) {
    indexValue = indexValueOn(ctx.indexUnits ?? [], fee.indexRange.unit, ctx.onDate);
    if (indexValue) {
      min = discounted(Math.round(fee.indexRange.min * indexValue.value * 100), lowPercent);
      max = discounted(Math.round(fee.indexRange.max * indexValue.value * 100), discountPercent);
    }
  }
  return {
    fee,
    applies,
    discountPercent,
    possibleDiscountPercent,
    discountVerify,
    minCentavos: min,
    maxCentavos: max,
    indexValue,
  };
}

type Alternatives = { payment: number; chosenPosition: number | null } | null;

/**
 * The fees of a procedure for a person: fees whose condition is false are left out; of a payment with
 * alternatives (1–4 years), only the chosen one is kept when a choice was made. Totals are per currency
 * (a consular fee in USD is never added to pesos); a fee whose condition is unknown is counted in the
 * maximum only.
 */
export function computeFees<T extends FeeRule>(
  fees: T[],
  facts: Facts,
  ctx: FeeContext & { choice?: Alternatives },
): { items: ComputedFee<T>[]; omitted: number; totals: FeeTotal[] } {
  const items: ComputedFee<T>[] = [];
  let omitted = 0;
  for (const fee of [...fees].sort((a, b) => a.position - b.position)) {
    const c = computeFee(fee, facts, ctx);
    const choice = ctx.choice;
    const notChosen =
      choice &&
      choice.chosenPosition !== null &&
      fee.payment === choice.payment &&
      fee.position !== choice.chosenPosition;
    const isChosen = choice && choice.chosenPosition === fee.position;
    // The alternative the person chose is theirs even if a fact seems to exclude it; staff check it at the counter.
    if ((c.applies === false && !isChosen) || notChosen) omitted += 1;
    else items.push(c);
  }
  const totals = new Map<string, FeeTotal>();
  const byPayment = new Map<string, ComputedFee<T>[]>();
  for (const item of items) {
    const key = `${item.fee.currency}:${item.fee.payment}`;
    byPayment.set(key, [...(byPayment.get(key) ?? []), item]);
  }
  for (const options of byPayment.values()) {
    const currency = options[0]!.fee.currency;
    const total = totals.get(currency) ?? {
      currency,
      minCentavos: 0,
      maxCentavos: 0,
      hasUnknown: false,
      hasConditional: false,
    };
    // Pesos of an index range (UMA) are the portal's arithmetic: shown beside the fee, never added to a total.
    const known = options.filter((o) => o.minCentavos !== null && o.maxCentavos !== null && !o.fee.indexRange);
    if (known.length < options.length) total.hasUnknown = true;
    // Options of one payment are alternatives: the person pays exactly one, so the cheapest counts even when
    // its condition is unknown. A lone fee whose condition is unknown may not be due at all.
    const pool = options.length > 1 ? known : known.filter((o) => o.applies === true);
    if (known.some((o) => o.applies === null)) total.hasConditional = true;
    if (pool.length) total.minCentavos += Math.min(...pool.map((o) => o.minCentavos!));
    if (known.length) total.maxCentavos += Math.max(...known.map((o) => o.maxCentavos!));
    totals.set(currency, total);
  }
  return { items, omitted, totals: [...totals.values()] };
}

/** Per-currency totals as one cost summary (lib/fees/summary.ts shape) for formatCost. */
export function costOfTotals(totals: FeeTotal[]): CostSummary {
  const paid = totals.filter((x) => x.maxCentavos > 0);
  const hasUnknown = totals.some((x) => x.hasUnknown);
  if (paid.length === 0) return hasUnknown ? { kind: "unknown" } : { kind: "free" };
  const [first, ...rest] = paid as [FeeTotal, ...FeeTotal[]];
  return {
    kind: "amount",
    minCentavos: first.minCentavos,
    maxCentavos: first.maxCentavos,
    currency: first.currency,
    hasUnknown,
    ...(rest.length
      ? { others: rest.map((o) => ({ currency: o.currency, minCentavos: o.minCentavos, maxCentavos: o.maxCentavos })) }
      : {}),
  };
}
