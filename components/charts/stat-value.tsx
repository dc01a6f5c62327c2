import type { DataCell } from "@/components/data-table";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format-number";

/**
 * A published figure as a data-table cell: the number, the suppression mark in its place (never a 0),
 * or a dash when there is nothing to measure. `percent` prints a 0–100 value as a percentage.
 */
export function statValue(
  value: number | string | null,
  locale: Locale,
  suppressedText: string,
  options: { digits?: number; percent?: boolean } = {},
): DataCell {
  if (value === null) return <span className="text-muted">—</span>;
  if (typeof value === "string") return { content: suppressedText, suppressed: true };
  return options.percent
    ? formatPercent(value, locale, options.digits ?? 1)
    : formatNumber(value, locale, options.digits ?? 0);
}
