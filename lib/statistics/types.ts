/** Filters every statistics query accepts (the public page and the staff dashboard pass the same shape). */
export type StatisticsFilters = {
  /** First month counted, YYYY-MM (the authority's time zone). */
  from?: string;
  /** Last month counted, YYYY-MM, inclusive. */
  to?: string;
  procedureSlug?: string;
  officeSlug?: string;
  /** The office's state (a code of country.json divisions). */
  stateCode?: string;
  /** Generated demonstration applications (`is_sample`) are left out unless asked for. */
  includeSample?: boolean;
};

/** What a row is broken down by. "office" also fills the office's state. */
export type StatisticsDimension = "month" | "procedure" | "office" | "state";

/**
 * One group's figures, exact (no suppression: the public outputs apply it, the staff dashboard does not).
 * Each count is a flow in its month: submitted by date sent, received by the date the office received
 * the complete filing, resolved / approved / denied / withdrawn / in time by the date of resolution.
 */
export type StatisticsRow = {
  month: string | null;
  procedureSlug: string | null;
  officeSlug: string | null;
  stateCode: string | null;
  submitted: number;
  received: number;
  /** approved + denied (issued counts as approved). Withdrawn is not a resolution. */
  resolved: number;
  approved: number;
  denied: number;
  withdrawn: number;
  /** Resolved on or before the legal due date (pauses for requested documents extend it). */
  resolvedInTime: number;
  /** Median calendar days from receipt to resolution of the group's resolutions; null when none. */
  medianDays: number | null;
  /** The same in business days (weekends and official holidays left out). */
  medianBusinessDays: number | null;
};

/** Documents issued per year and type from the imported official series, with their source. */
export type HistoricalSeriesRow = {
  year: number;
  documentType: string;
  count: number;
  months: number;
  source: string;
  isSample: boolean;
  importId: number;
};
