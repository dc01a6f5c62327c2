import { intlLocale, type Locale } from "./config";

/**
 * Numbers, percentages and months as every page, chart and document prints them. One home for all domains
 * (statistics, participation, the dashboard), so a figure reads the same wherever it appears. Amounts of
 * money are fees' business: see lib/fees/format.ts.
 */

/** A count or measure with at most `digits` decimals, grouped for the person's language: "12,345.7". */
export function formatNumber(value: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(
    value,
  );
}

/**
 * A percentage given on the 0–100 scale, one decimal at most, with a space before the sign as the
 * portal has always written it in both languages: "87.5 %". A 0–1 share is multiplied by 100 first
 * (`formatPercent(share * 100, locale)`), so there is one scale in the page code.
 */
export function formatPercent(percent: number, locale: Locale, digits = 1): string {
  return `${formatNumber(percent, locale, digits)} %`;
}

/** A calendar month (YYYY-MM) in the person's language: "mar 2026" (short) or "marzo de 2026" (long). */
export function formatMonth(month: string, locale: Locale, style: "short" | "long" = "short"): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(intlLocale(locale), { month: style, year: "numeric", timeZone: "UTC" }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}
