import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/statistics/format";

/** A published figure in a data table: the number, or the suppression mark (never a 0 in its place). */
export function StatCell({ value, locale, suppressedText, digits = 0, suffix = "" }: { value: number | string | null; locale: Locale; suppressedText: string; digits?: number; suffix?: string }) {
  if (value === null) return <td className="py-1 pr-3 text-right text-muted">—</td>;
  if (typeof value === "string") return <td className="py-1 pr-3 text-right italic text-muted">{suppressedText}</td>;
  return <td className="py-1 pr-3 text-right tabular-nums">{formatNumber(value, locale, digits)}{suffix}</td>;
}
