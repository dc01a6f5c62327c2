/**
 * Moved to lib/i18n/format-number.ts, the neutral home for number formatting. This re-export keeps the pages
 * that still import from here compiling until they switch; delete it once nothing imports it.
 */
export { formatMonth, formatNumber } from "@/lib/i18n/format-number";
