import "server-only";
import { AUTHORITY_TIME_ZONE, todayIn } from "@/lib/dates";
import { addMonths, monthRange } from "./months";
import { suppressSmallCounts, type PublicStatisticsRow } from "./public";
import { getApplicationStatistics, getHistoricalSeries } from "./queries";
import type { HistoricalSeriesRow, StatisticsRow } from "./types";

export type StatisticsOverview = {
  /** The last 24 months, current one included, one row each (months without activity included). */
  monthly: PublicStatisticsRow[];
  /** The last 12 months, by procedure and by office. */
  period: { from: string; to: string };
  byProcedure: PublicStatisticsRow[];
  byOffice: PublicStatisticsRow[];
  history: HistoricalSeriesRow[];
};

const empty = (month: string): StatisticsRow => ({
  month,
  procedureSlug: null,
  officeSlug: null,
  stateCode: null,
  submitted: 0,
  received: 0,
  resolved: 0,
  approved: 0,
  denied: 0,
  withdrawn: 0,
  resolvedInTime: 0,
  medianDays: null,
  medianBusinessDays: null,
});

/** Everything the public statistics page shows, already suppressed. */
export async function getStatisticsOverview(now = new Date()): Promise<StatisticsOverview> {
  const current = todayIn(AUTHORITY_TIME_ZONE, now).slice(0, 7);
  const period = { from: addMonths(current, -11), to: current };
  const [monthly, byProcedure, byOffice, history] = await Promise.all([
    getApplicationStatistics({ from: addMonths(current, -23), to: current }, ["month"]),
    getApplicationStatistics(period, ["procedure"]),
    getApplicationStatistics(period, ["office"]),
    getHistoricalSeries(),
  ]);
  const byMonth = new Map(monthly.map((r) => [r.month, r]));
  return {
    monthly: monthRange(addMonths(current, -23), current).map((m) => suppressSmallCounts(byMonth.get(m) ?? empty(m))),
    period,
    byProcedure: byProcedure.map(suppressSmallCounts),
    byOffice: byOffice.map(suppressSmallCounts),
    history,
  };
}
