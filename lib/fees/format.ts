import type { Locale } from "@/lib/i18n/config";

/** Formats an amount in centavos as Mexican pesos for the person's language, e.g. "$11,141.00". */
export function formatMxn(amountCentavos: number, locale: Locale): string {
  return new Intl.NumberFormat(`${locale}-MX`, { style: "currency", currency: "MXN", currencyDisplay: "narrowSymbol" }).format(
    amountCentavos / 100,
  );
}

/** Converts an amount in pesos (as written in the data files) to exact integer centavos. */
export function pesosToCentavos(amount: number): number {
  return Math.round(amount * 100);
}

/** Centavos back to pesos with two decimals, as the open-data API publishes amounts. */
export function centavosToPesos(amountCentavos: number): number {
  return amountCentavos / 100;
}
