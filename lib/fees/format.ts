import type { Locale } from "@/lib/i18n/config";

/**
 * The institution's own currency, written with its bare symbol ("$11,141.00"); other currencies carry their
 * code ("USD 56.00") so a consular fee is never mistaken for pesos. The value comes from institution data
 * (institution.json `currency`); this default only serves callers that have no institution at hand.
 */
export const DEFAULT_HOME_CURRENCY = "MXN";

/** Formats an amount in minor units (centavos, cents) for the person's language. */
export function formatMoney(amountMinor: number, currency: string, locale: Locale, homeCurrency = DEFAULT_HOME_CURRENCY): string {
  return new Intl.NumberFormat(`${locale}-MX`, {
    style: "currency",
    currency,
    currencyDisplay: currency === homeCurrency ? "narrowSymbol" : "code",
  }).format(amountMinor / 100);
}

/** Formats an amount in centavos as Mexican pesos for the person's language, e.g. "$11,141.00". */
export function formatMxn(amountCentavos: number, locale: Locale): string {
  return formatMoney(amountCentavos, "MXN", locale);
}

/** Converts an amount in pesos (as written in the data files) to exact integer centavos. */
export function pesosToCentavos(amount: number): number {
  return Math.round(amount * 100);
}

/** Centavos back to pesos with two decimals, as the open-data API publishes amounts. */
export function centavosToPesos(amountCentavos: number): number {
  return amountCentavos / 100;
}
