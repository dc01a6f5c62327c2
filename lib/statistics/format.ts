import type { Locale } from "@/lib/i18n/config";

/** "mar 2026" / "Mar 2026": a YYYY-MM month, short, in the person's language. */
export function formatMonth(month: string, locale: Locale, style: "short" | "long" = "short"): string {
  const [y, m] = month.split("-").map(Number) as [number, number];
  return new Intl.DateTimeFormat(`${locale}-MX`, { month: style, year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, 1)));
}

export function formatNumber(value: number, locale: Locale, digits = 0): string {
  return new Intl.NumberFormat(`${locale}-MX`, { maximumFractionDigits: digits, minimumFractionDigits: 0 }).format(value);
}
