import type { PublicStatisticsRow } from "@/lib/statistics/public";
import type { DataRow } from "./types";

/**
 * A published statistics row in the column names of estadisticas-mensuales.csv. The shaping of the
 * file lives with the open data: the statistics domain knows nothing of its files.
 */
export function toMonthlyDataRow(row: PublicStatisticsRow): DataRow {
  return {
    month: row.month,
    procedure_slug: row.procedureSlug,
    office_slug: row.officeSlug,
    state_code: row.stateCode,
    submitted: row.submitted,
    received: row.received,
    resolved: row.resolved,
    approved: row.approved,
    denied: row.denied,
    withdrawn: row.withdrawn,
    resolved_in_time: row.resolvedInTime,
    resolved_in_time_pct: row.resolvedInTimePct,
    median_days: row.medianDays,
    median_business_days: row.medianBusinessDays,
  };
}
