import { groupFeesByPayment } from "./summary";

type FeeLike = { position: number; payment: number };

/**
 * The payment of a procedure that offers alternatives (1–4 years of residence, visitor or resident
 * card…), whose choice the applicant makes in the form; null when every payment has one fee.
 */
export function feeAlternatives<T extends FeeLike>(fees: T[]): { payment: number; options: T[] } | null {
  const group = groupFeesByPayment(fees).find((g) => g.fees.length > 1);
  return group ? { payment: group.payment, options: group.fees } : null;
}

/** The fees the applicant will pay: every single-fee payment plus the alternative they chose. */
export function selectFees<T extends FeeLike>(fees: T[], chosenPosition: number | null): T[] {
  const alternatives = feeAlternatives(fees);
  if (!alternatives) return fees;
  return fees.filter((f) => f.payment !== alternatives.payment || f.position === chosenPosition);
}
