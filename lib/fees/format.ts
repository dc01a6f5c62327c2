import { AUTHORITY } from "@/lib/authority";
import { intlLocale, type Locale } from "@/lib/i18n/config";
import { localize } from "@/lib/i18n/localize";
import type { Translate } from "@/lib/i18n/messages";
import type { FeeDTO } from "@/lib/procedures/types";
import type { CostSummary } from "./summary";

/**
 * Fees in words and figures: the one set of formatters the procedure page, the person's checklist, the
 * request form and the PDFs share, so a fee or a total reads the same on screen and on paper.
 */

/**
 * The institution's own currency, written with its bare symbol ("$11,141.00"); other currencies carry their
 * code ("USD 56.00") so a consular fee is never mistaken for pesos: the institution's (institution.json
 * `currency`, read by lib/authority.ts).
 */
export const DEFAULT_HOME_CURRENCY = AUTHORITY.currency;

/** Formats an amount in minor units (centavos, cents) for the person's language. */
export function formatMoney(
  amountMinor: number,
  currency: string,
  locale: Locale,
  homeCurrency = DEFAULT_HOME_CURRENCY,
): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency,
    currencyDisplay: currency === homeCurrency ? "narrowSymbol" : "code",
  }).format(amountMinor / 100);
}

/** Formats an amount in the minor unit of the institution's currency for the person's language, e.g. "$11,141.00". */
export function formatHomeMoney(amountMinor: number, locale: Locale): string {
  return formatMoney(amountMinor, DEFAULT_HOME_CURRENCY, locale);
}

/** Converts an amount in pesos (as written in the data files) to exact integer centavos. */
export function pesosToCentavos(amount: number): number {
  return Math.round(amount * 100);
}

/** Centavos back to pesos with two decimals, as the open-data API publishes amounts. */
export function centavosToPesos(amountCentavos: number): number {
  return amountCentavos / 100;
}

type AmountLike = Pick<FeeDTO, "amountCentavos"> & Partial<Pick<FeeDTO, "currency" | "indexRange">>;

/**
 * One amount as the pages and documents print it: "$11,141.00", "USD 56.00", "20–40 UMA", "Sin costo" (0)
 * or "Monto por confirmar" (null). A bare number is read as centavos of the institution's currency.
 */
export function formatFeeAmount(fee: AmountLike | number | null, t: Translate, locale: Locale): string {
  const f: AmountLike = typeof fee === "number" || fee === null ? { amountCentavos: fee } : fee;
  if (f.amountCentavos === null) {
    if (f.indexRange)
      return t("procedure.indexRange", { min: f.indexRange.min, max: f.indexRange.max, unit: f.indexRange.unit });
    return t("procedure.amountToConfirm");
  }
  if (f.amountCentavos === 0) return t("procedure.free");
  return formatMoney(f.amountCentavos, f.currency ?? DEFAULT_HOME_CURRENCY, locale);
}

/** "Concept — variant", the way a fee is named on the payment sheet and the form. */
export function describeFee(fee: Pick<FeeDTO, "concept" | "variant">, locale: Locale): string {
  const variant = localize(fee.variant, locale);
  return variant ? `${localize(fee.concept, locale)} — ${variant}` : localize(fee.concept, locale);
}

/**
 * A cost summary (lib/fees/summary.ts) as one line: a single total; a range when alternatives remain,
 * read "free or up to …" when the cheapest alternative costs nothing (never "from $0.00"); "más montos
 * por confirmar" when some payment has no known amount. Never prints an unknown as $0.
 */
export function formatCost(summary: CostSummary, t: Translate, locale: Locale): string {
  if (summary.kind === "free") return t("procedure.free");
  if (summary.kind === "unknown") return t("procedure.amountToConfirm");
  const range = (min: number, max: number, currency: string) => {
    const money = (amount: number) => formatMoney(amount, currency, locale);
    if (min === max) return money(max);
    return min === 0
      ? t("procedure.costUpTo", { max: money(max) })
      : t("procedure.costRange", { min: money(min), max: money(max) });
  };
  const amount = [
    range(summary.minCentavos, summary.maxCentavos, summary.currency ?? DEFAULT_HOME_CURRENCY),
    ...(summary.others ?? []).map((o) => range(o.minCentavos, o.maxCentavos, o.currency)),
  ].join(" + ");
  return summary.hasUnknown ? `${amount} ${t("procedure.costPartlyUnknown")}` : amount;
}
